import RecShieldCore

/// The average attack: each filler rated around that item's own mean, so profiles resemble real
/// users closely — more knowledge, more effect on user-based neighbourhoods.
///
/// | Items | Rating |
/// |---|---|
/// | targets | max V (push) / min V (nuke) |
/// | selected | none |
/// | fillers | `N(μ_i, σ_i²)` snapped onto V (item mean and standard deviation; `σ_i = 0` for an item with one rating, which then gets that rating) |
///
/// References:
/// - Lam & Riedl, "Shilling recommender systems for fun and profit", WWW 2004.
/// - Mobasher et al., ACM TOIT 7(4), 2007, §3.1.
public struct AverageAttack: ShillingAttack {
    /// Creates the attack.
    public init() {}

    public var kind: ShillingAttackKind { .average }

    public func fillerRating(
        of item: Int, goal: AttackGoal, scale: ObservedRatingScale, context: AttackContext,
        using generator: inout Xoshiro256StarStar
    ) -> Float {
        gaussianRating(
            mean: context.itemMeans[item], deviation: context.itemStandardDeviations[item], scale: scale, using: &generator)
    }
}
