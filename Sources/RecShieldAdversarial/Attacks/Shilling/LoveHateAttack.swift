import RecShieldCore

/// The love/hate attack: the target gets the lowest rating and every filler the highest — a
/// cheap nuke attack that needs no knowledge of the data.
///
/// | Items | Rating |
/// |---|---|
/// | targets | min V (nuke) / max V (push) |
/// | selected | none |
/// | fillers | max V (nuke) / min V (push) |
///
/// The literature defines love/hate for nuke. The push variant is its mirror image ("hate/love"):
/// the target loved, every filler hated.
///
/// References:
/// - Mobasher et al., ACM TOIT 7(4), 2007, §3.3 (nuke attack models).
public struct LoveHateAttack: ShillingAttack {
    /// Creates the attack.
    public init() {}

    public var kind: ShillingAttackKind { .loveHate }

    public func fillerRating(
        of item: Int, goal: AttackGoal, scale: ObservedRatingScale, context: AttackContext,
        using generator: inout Xoshiro256StarStar
    ) -> Float {
        goal == .nuke ? scale.maximum : scale.minimum
    }
}
