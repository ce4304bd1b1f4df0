import RecShieldCore

/// The segment attack: profiles love the items of the target's segment and hate everything else,
/// so an item-based recommender finds the target similar to the segment and recommends it to the
/// segment's fans.
///
/// | Items | Rating |
/// |---|---|
/// | targets | max V (push) / min V (nuke) |
/// | selected | the `selectedCount` items most co-rated with the targets (see below); max V (push) / min V (nuke) |
/// | fillers | min V (push) / max V (nuke) |
///
/// The segment is found from the data alone — the items the targets' own users also interacted
/// with, ranked by
///
/// ```
/// co(i) = Σ_{t ∈ targets} |U(i) ∩ U(t)|        U(i) = users who interacted with i
/// ```
///
/// descending, ties by popularity (more interactions first), then by lower item index; targets
/// are excluded. A target without co-rated items (or too few) falls back to popular items through
/// the tie order. The literature defines the segment attack for push; the nuke variant mirrors
/// the deterministic ratings.
///
/// References:
/// - Burke, Mobasher & Bhaumik, "Limited knowledge shilling attacks in collaborative filtering
///   systems", IJCAI Workshop on Intelligent Techniques for Web Personalization, 2005.
/// - Mobasher et al., ACM TOIT 7(4), 2007, §3.2.
public struct SegmentAttack: ShillingAttack {
    /// Creates the attack.
    public init() {}

    public var kind: ShillingAttackKind { .segment }

    public var usesSelectedItems: Bool { true }

    public func selectedItems(count: Int, targets: [Int], in context: AttackContext) -> [Int] {
        let coRatings = Self.coRatings(with: targets, in: context)
        let popularity = context.itemCounts
        let ranking = context.catalogue.sorted { a, b in
            if coRatings[a] != coRatings[b] { return coRatings[a] > coRatings[b] }
            if popularity[a] != popularity[b] { return popularity[a] > popularity[b] }
            return a < b
        }
        return firstItems(ranking, count: count, excluding: targets)
    }

    public func fillerRating(
        of item: Int, goal: AttackGoal, scale: ObservedRatingScale, context: AttackContext,
        using generator: inout Xoshiro256StarStar
    ) -> Float {
        goal == .push ? scale.minimum : scale.maximum
    }

    /// `co(i)` for every item index.
    static func coRatings(with targets: [Int], in context: AttackContext) -> [Int] {
        var counts = [Int](repeating: 0, count: context.data.itemCount)
        for target in targets {
            for user in context.byItem.columns(ofRow: target) {
                for item in context.byUser.columns(ofRow: Int(user)) { counts[Int(item)] += 1 }
            }
        }
        return counts
    }
}
