import RecShieldCore

/// A heuristic profile-injection ("shilling") attack: the recipe for one fake profile.
///
/// Every profile follows the model of Mobasher et al. (2007): the targets `I_T`, the selected
/// items `I_S` every profile shares, and filler items `I_F` drawn at random per profile:
///
/// ```
/// profile = I_T ∪ I_S ∪ I_F,   disjoint
/// r(I_T)  = max V for push,  min V for nuke         V = observed rating values
/// r(I_S)  = selectedRating(goal)
/// r(I_F)  = fillerRating(item), snapped onto V       (see ObservedRatingScale)
/// ```
///
/// A conforming attack says how it rates fillers; selected items (none by default) and their
/// rating (the goal's extreme by default) come from the extension. ``ProfileInjector`` does the
/// rest: it resolves targets, draws fillers and timestamps and appends the profiles. On implicit
/// (unrated) data the same items are chosen and only the interactions are kept.
///
/// References:
/// - Mobasher, Burke, Bhaumik & Williams, "Toward trustworthy recommender systems: an analysis of
///   attack models and algorithm robustness", ACM TOIT 7(4), 2007.
public protocol ShillingAttack: Sendable {
    /// The attack's name in configurations and provenance records.
    var kind: ShillingAttackKind { get }
    /// Whether the attack's profiles share selected items (a selected count applies).
    var usesSelectedItems: Bool { get }
    /// The selected items `I_S`, best first, at most `count`, never a target.
    /// - Parameters:
    ///   - count: how many to select.
    ///   - targets: the target items, excluded from the selection.
    ///   - context: the attacker's knowledge of the data.
    func selectedItems(count: Int, targets: [Int], in context: AttackContext) -> [Int]
    /// The rating every profile gives the selected items.
    func selectedRating(goal: AttackGoal, scale: ObservedRatingScale) -> Float
    /// The rating one profile gives filler item `item`, on the observed scale.
    func fillerRating(
        of item: Int, goal: AttackGoal, scale: ObservedRatingScale, context: AttackContext,
        using generator: inout Xoshiro256StarStar
    ) -> Float
}

extension ShillingAttack {
    public var usesSelectedItems: Bool { false }

    public func selectedItems(count: Int, targets: [Int], in context: AttackContext) -> [Int] { [] }

    public func selectedRating(goal: AttackGoal, scale: ObservedRatingScale) -> Float {
        targetRating(goal: goal, scale: scale)
    }

    /// The rating every profile gives the targets: the highest observed rating to push, the
    /// lowest to nuke.
    public func targetRating(goal: AttackGoal, scale: ObservedRatingScale) -> Float {
        goal == .push ? scale.maximum : scale.minimum
    }

    /// The first `count` items of `ranking` that are not targets.
    func firstItems(_ ranking: [Int], count: Int, excluding targets: [Int]) -> [Int] {
        let excluded = Set(targets)
        return Array(ranking.lazy.filter { !excluded.contains($0) }.prefix(count))
    }

    /// A draw from `N(mean, deviation²)` snapped onto the observed scale.
    func gaussianRating(
        mean: Double, deviation: Double, scale: ObservedRatingScale, using generator: inout Xoshiro256StarStar
    ) -> Float {
        scale.nearest(to: mean + deviation * generator.nextGaussian())
    }
}
