import RecShieldCore

/// The reverse bandwagon attack: every profile also gives the least popular items the lowest
/// rating, so it agrees with the many users who dislike obscure items — a nuke attack.
///
/// | Items | Rating |
/// |---|---|
/// | targets | min V (nuke) / max V (push) |
/// | selected | the `selectedCount` items with the fewest interactions (ties: lower index), targets excluded; always min V |
/// | fillers | `N(μ, σ²)` snapped onto V |
///
/// The selected items keep the lowest rating for either goal: that is the attack's definition;
/// only the target's rating follows the goal.
///
/// References:
/// - Mobasher et al., ACM TOIT 7(4), 2007, §3.3 (nuke attack models).
public struct ReverseBandwagonAttack: ShillingAttack {
    /// Creates the attack.
    public init() {}

    public var kind: ShillingAttackKind { .reverseBandwagon }

    public var usesSelectedItems: Bool { true }

    public func selectedItems(count: Int, targets: [Int], in context: AttackContext) -> [Int] {
        firstItems(context.leastPopularFirst, count: count, excluding: targets)
    }

    public func selectedRating(goal: AttackGoal, scale: ObservedRatingScale) -> Float {
        scale.minimum
    }

    public func fillerRating(
        of item: Int, goal: AttackGoal, scale: ObservedRatingScale, context: AttackContext,
        using generator: inout Xoshiro256StarStar
    ) -> Float {
        gaussianRating(mean: context.globalMean, deviation: context.globalStandardDeviation, scale: scale, using: &generator)
    }
}
