/// How much an attack moved its target items for real users: target hit ratio @K, prediction
/// shift and average target rank, before and after the attack.
///
/// For target item `t`, let `U_t` be the real users with at least one training interaction who
/// had **not** interacted with `t` in the (clean) training data. Each user `u` ranks the items
/// outside its training items by score; `t`'s 1-based rank is
///
/// ```
/// rank(u, t) = 1 + |{ j ∉ train(u), j ≠ t : s_j > s_t  or  (s_j = s_t and j < t) }|
/// ```
///
/// (ties go to the lower item index, as in ``Recommender/recommendations(for:count:excluding:)``;
/// a NaN score of `t` ranks last). Then
///
/// ```
/// HR_t@K      = |{u ∈ U_t : rank(u, t) ≤ K}| / |U_t|            per target
/// HR@K        = mean of HR_t@K over targets with U_t ≠ ∅          (macro average, RecAD)
/// shift       = Σ_t Σ_{u ∈ U_t} (ŝ_after(u, t) − ŝ_before(u, t)) / Σ_t |U_t|      (pooled)
/// mean rank   = Σ_t Σ_{u ∈ U_t} rank(u, t) / Σ_t |U_t|           (pooled; before and after)
/// ```
///
/// Positive shift and a higher hit ratio mean a successful push; a nuke aims at the opposite.
/// For explicit models the shift is in rating units, for implicit ones in score units (only
/// comparable within one model).
///
/// JSON keys: `hit_ratios` (`[{"k", "before", "after"}]`), `prediction_shift`,
/// `mean_rank_before`, `mean_rank_after`, `evaluated_pairs`, `targets` (per target: `item`,
/// `users`, `hit_ratios`, `prediction_shift`, `mean_rank_before`, `mean_rank_after`).
///
/// References:
/// - Wang et al., "RecAD: Towards a unified library for recommender attack and defense",
///   RecSys 2023 (target hit ratio).
/// - Mobasher et al., ACM TOIT 7(4), 2007 (prediction shift).
public struct TargetImpact: Codable, Sendable, Equatable {
    /// The hit ratio at one cut-off, before and after.
    public struct HitRatio: Codable, Sendable, Equatable {
        /// The cut-off `K`.
        public var k: Int
        /// `HR@K` of the model trained on clean data.
        public var before: Double
        /// `HR@K` of the model trained on poisoned data.
        public var after: Double

        /// Creates a hit ratio pair.
        public init(k: Int, before: Double, after: Double) {
            self.k = k
            self.before = before
            self.after = after
        }
    }

    /// The measures of one target item.
    public struct Target: Codable, Sendable, Equatable {
        /// The target's item index.
        public var item: Int
        /// `|U_t|`, the users it was measured over.
        public var users: Int
        /// `HR_t@K` for each cut-off (0 when `users` is 0).
        public var hitRatios: [HitRatio]
        /// The mean score change over `U_t` (0 when `users` is 0).
        public var predictionShift: Double
        /// The mean rank over `U_t` before the attack.
        public var meanRankBefore: Double
        /// The mean rank over `U_t` after the attack.
        public var meanRankAfter: Double

        enum CodingKeys: String, CodingKey {
            case item, users
            case hitRatios = "hit_ratios"
            case predictionShift = "prediction_shift"
            case meanRankBefore = "mean_rank_before"
            case meanRankAfter = "mean_rank_after"
        }
    }

    /// `HR@K` for each cut-off, averaged over targets.
    public var hitRatios: [HitRatio]
    /// The mean score change over all (user, target) pairs.
    public var predictionShift: Double
    /// The mean target rank over all pairs before the attack.
    public var meanRankBefore: Double
    /// The mean target rank over all pairs after the attack.
    public var meanRankAfter: Double
    /// `Σ_t |U_t|`.
    public var evaluatedPairs: Int
    /// Per-target values, in the order the targets were given.
    public var targets: [Target]

    enum CodingKeys: String, CodingKey {
        case hitRatios = "hit_ratios"
        case predictionShift = "prediction_shift"
        case meanRankBefore = "mean_rank_before"
        case meanRankAfter = "mean_rank_after"
        case evaluatedPairs = "evaluated_pairs"
        case targets
    }

    /// The hit ratio pair at cut-off `k`, when it was measured.
    public func hitRatio(at k: Int) -> HitRatio? {
        hitRatios.first { $0.k == k }
    }
}
