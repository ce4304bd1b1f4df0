import RecShieldCore

/// The random attack: fillers rated around the global mean — low knowledge, low cost.
///
/// | Items | Rating |
/// |---|---|
/// | targets | max V (push) / min V (nuke) |
/// | selected | none |
/// | fillers | `N(μ, σ²)` snapped onto V (global mean and standard deviation) |
///
/// References:
/// - Lam & Riedl, "Shilling recommender systems for fun and profit", WWW 2004.
/// - Mobasher et al., ACM TOIT 7(4), 2007, §3.1.
public struct RandomAttack: ShillingAttack {
    /// Creates the attack.
    public init() {}

    public var kind: ShillingAttackKind { .random }

    public func fillerRating(
        of item: Int, goal: AttackGoal, scale: ObservedRatingScale, context: AttackContext,
        using generator: inout Xoshiro256StarStar
    ) -> Float {
        gaussianRating(mean: context.globalMean, deviation: context.globalStandardDeviation, scale: scale, using: &generator)
    }
}
