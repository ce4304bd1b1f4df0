import RecShieldCore

/// The bandwagon (popular) attack: every profile also rates the most popular items, so it is
/// similar to many real users at the cost of a random attack.
///
/// | Items | Rating |
/// |---|---|
/// | targets | max V (push) / min V (nuke) |
/// | selected | the `selectedCount` items with the most interactions (ties: lower index), targets excluded; max V (push) / min V (nuke) |
/// | fillers | `N(μ, σ²)` snapped onto V |
///
/// The literature defines the bandwagon attack for push; RecShield's nuke variant mirrors the
/// deterministic ratings (selected items at min V).
///
/// References:
/// - Burke, Mobasher & Bhaumik, "Limited knowledge shilling attacks in collaborative filtering
///   systems", IJCAI Workshop on Intelligent Techniques for Web Personalization, 2005.
/// - Mobasher et al., ACM TOIT 7(4), 2007, §3.2.
public struct BandwagonAttack: ShillingAttack {
    /// Creates the attack.
    public init() {}

    public var kind: ShillingAttackKind { .bandwagon }

    public var usesSelectedItems: Bool { true }

    public func selectedItems(count: Int, targets: [Int], in context: AttackContext) -> [Int] {
        firstItems(context.mostPopularFirst, count: count, excluding: targets)
    }

    public func fillerRating(
        of item: Int, goal: AttackGoal, scale: ObservedRatingScale, context: AttackContext,
        using generator: inout Xoshiro256StarStar
    ) -> Float {
        gaussianRating(mean: context.globalMean, deviation: context.globalStandardDeviation, scale: scale, using: &generator)
    }
}
