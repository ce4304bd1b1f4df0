/// Which candidates a held-out item competes with when it is ranked.
///
/// References:
/// - He et al., "Neural Collaborative Filtering", WWW 2017 (1 held-out item + 99 sampled negatives).
/// - He et al., "Adversarial Personalized Ranking for Recommendation", SIGIR 2018 (the same protocol).
/// - Krichene & Rendle, "On Sampled Metrics for Item Recommendation", KDD 2020 — why sampled metrics
///   can rank models differently from full ranking; prefer ``fullRanking`` when it is affordable.
public enum RankingProtocol: Hashable, Sendable, CustomStringConvertible {
    /// All of a user's held-out items are ranked together against every item that is neither
    /// held out nor (by default) in the user's training row. One ``HeldOutRanking`` per user.
    case fullRanking
    /// Each held-out item is ranked alone against `negatives` items drawn uniformly without
    /// replacement from the items the user never interacted with (neither training nor test row).
    /// When fewer such items exist, all of them are used. A user's value is the mean over their
    /// held-out items. Draws for user `u` come from `Xoshiro256StarStar(seed: seed, stream: u)`,
    /// so they do not depend on the thread count.
    case sampled(negatives: Int, seed: UInt64)

    public var description: String {
        switch self {
        case .fullRanking: return "full ranking"
        case let .sampled(negatives, seed): return "\(negatives) sampled negatives (seed \(seed))"
        }
    }
}
