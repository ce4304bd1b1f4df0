#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A top-N ranking-quality metric with its identity: name (`"NDCG@10"`), cut-off and direction.
///
/// Every metric is computed per user from a ``HeldOutRanking`` — the 1-based positions
/// `r₁ < r₂ < … < r_m` of the user's `m` held-out (relevant) items in the ranked candidate list —
/// and then averaged over users. Gains are binary (a held-out item is relevant, anything else is
/// not), as fits implicit-feedback test sets. With `hits_K = |{i : rᵢ ≤ K}|`:
///
/// ```
/// HR@K        = 1 if r₁ ≤ K else 0
/// Precision@K = hits_K / K                      (K even when fewer than K candidates exist)
/// Recall@K    = hits_K / m
/// NDCG@K      = Σ_{i: rᵢ≤K} 1/log₂(rᵢ+1)  /  Σ_{k=1}^{min(m,K)} 1/log₂(k+1)
/// MRR         = 1 / r₁                          (no cut-off: the whole ranking)
/// MAP@K       = AP@K = (1/min(m,K)) · Σ_{k=1}^{K} P@k · rel_k = (1/min(m,K)) · Σ_{i: rᵢ≤K} i / rᵢ
/// AUC         = (1/(m·N)) · Σᵢ (|{negatives scored below item i}| + ½ |{negatives tied with it}|)
/// ```
///
/// MAP@K's denominator differs between libraries: RecShield divides by `min(m, K)` (the most
/// relevant items a top-K list can hold — as RecBole does), so a perfect top-K list scores 1;
/// `trec_eval`'s `map` divides by `m` and has no cut-off (see ``TRECEvaluation``); some libraries
/// divide by the number of hits in the top K, which rewards lists with a single early hit.
///
/// AUC is taken per user over all (held-out item, negative) pairs, where the negatives are the
/// `N` candidates that are not held out (full ranking: every item outside the training and test
/// rows; sampled protocol: the sampled items). A user without any negative gets ½ (uninformative).
///
/// Ties: ranks use the pessimistic rule of ``HeldOutRanking`` (a candidate tied with a held-out
/// item ranks above it), so a model that scores every item the same earns no hit; AUC counts a
/// tie as ½.
///
/// References:
/// - Järvelin & Kekäläinen, "Cumulated gain-based evaluation of IR techniques", ACM TOIS 2002 (NDCG).
/// - He et al., "Neural Collaborative Filtering", WWW 2017 (HR and NDCG with sampled negatives).
/// - Rendle et al., "BPR: Bayesian personalized ranking from implicit feedback", UAI 2009 (per-user AUC).
public enum RankingMetric: Hashable, Sendable, CustomStringConvertible {
    /// HR@K: whether any held-out item is in the top K.
    case hitRatio(Int)
    /// Precision@K: the share of the top K that is held out.
    case precision(Int)
    /// Recall@K: the share of the held-out items that is in the top K.
    case recall(Int)
    /// NDCG@K with binary gains.
    case ndcg(Int)
    /// MRR: the reciprocal rank of the best-ranked held-out item, over the whole ranking.
    case meanReciprocalRank
    /// MAP@K: average precision at K divided by `min(m, K)`.
    case meanAveragePrecision(Int)
    /// AUC: the share of (held-out, negative) pairs ordered correctly, ties ½.
    case auc

    /// The display name, e.g. `"NDCG@10"`, `"MRR"`.
    public var name: String {
        switch self {
        case let .hitRatio(k): return "HR@\(k)"
        case let .precision(k): return "Precision@\(k)"
        case let .recall(k): return "Recall@\(k)"
        case let .ndcg(k): return "NDCG@\(k)"
        case .meanReciprocalRank: return "MRR"
        case let .meanAveragePrecision(k): return "MAP@\(k)"
        case .auc: return "AUC"
        }
    }

    /// The stable snake_case key for JSON and CSV output, e.g. `"ndcg_10"`, `"mrr"`.
    public var key: String {
        switch self {
        case let .hitRatio(k): return "hr_\(k)"
        case let .precision(k): return "precision_\(k)"
        case let .recall(k): return "recall_\(k)"
        case let .ndcg(k): return "ndcg_\(k)"
        case .meanReciprocalRank: return "mrr"
        case let .meanAveragePrecision(k): return "map_\(k)"
        case .auc: return "auc"
        }
    }

    /// The cut-off K, or `nil` for metrics over the whole ranking (MRR, AUC).
    public var cutoff: Int? {
        switch self {
        case let .hitRatio(k), let .precision(k), let .recall(k), let .ndcg(k), let .meanAveragePrecision(k):
            return k
        case .meanReciprocalRank, .auc:
            return nil
        }
    }

    /// Whether a larger value means a better ranking (true for every ranking metric).
    public var higherIsBetter: Bool { true }

    public var description: String { name }

    /// Parses a name or key such as `"NDCG@10"`, `"ndcg_10"`, `"hr@20"`, `"MRR"` (case-insensitive).
    /// Returns `nil` for an unknown metric or a cut-off below 1.
    public init?(_ text: String) {
        let lowered = text.lowercased()
        switch lowered {
        case "mrr": self = .meanReciprocalRank; return
        case "auc": self = .auc; return
        default: break
        }
        guard let separator = lowered.lastIndex(where: { $0 == "@" || $0 == "_" }),
              let k = Int(lowered[lowered.index(after: separator)...]), k >= 1
        else { return nil }
        switch lowered[..<separator] {
        case "hr", "hit", "hitratio": self = .hitRatio(k)
        case "precision", "p": self = .precision(k)
        case "recall": self = .recall(k)
        case "ndcg": self = .ndcg(k)
        case "map": self = .meanAveragePrecision(k)
        default: return nil
        }
    }

    /// HR, Precision, Recall, NDCG and MAP at each cut-off, then MRR and AUC.
    public static func standard(cutoffs: [Int]) -> [RankingMetric] {
        cutoffs.flatMap { k in [.hitRatio(k), .precision(k), .recall(k), .ndcg(k), .meanAveragePrecision(k)] }
            + [.meanReciprocalRank, .auc]
    }

    /// The metric's value for one user's ranking, per the formulas above.
    /// - Precondition: the cut-off is at least 1.
    /// - Complexity: O(m).
    public func value(for ranking: HeldOutRanking) -> Double {
        let ranks = ranking.ranks
        if let depth = ranking.exactDepth {
            precondition(self != .auc && (cutoff ?? 1) <= depth, "\(name) needs ranks beyond the ranking's exact depth")
        }
        switch self {
        case let .hitRatio(k):
            precondition(k >= 1, "cut-off must be at least 1")
            return ranks[0] <= k ? 1 : 0
        case let .precision(k):
            precondition(k >= 1, "cut-off must be at least 1")
            return Double(Self.hits(ranks, within: k)) / Double(k)
        case let .recall(k):
            precondition(k >= 1, "cut-off must be at least 1")
            return Double(Self.hits(ranks, within: k)) / Double(ranks.count)
        case let .ndcg(k):
            precondition(k >= 1, "cut-off must be at least 1")
            var gain = 0.0
            for rank in ranks where rank <= k { gain += 1 / log2(Double(rank + 1)) }
            var ideal = 0.0
            for position in 1...min(ranks.count, k) { ideal += 1 / log2(Double(position + 1)) }
            return gain / ideal
        case .meanReciprocalRank:
            return 1 / Double(ranks[0])
        case let .meanAveragePrecision(k):
            precondition(k >= 1, "cut-off must be at least 1")
            var sum = 0.0
            for (index, rank) in ranks.enumerated() where rank <= k { sum += Double(index + 1) / Double(rank) }
            return sum / Double(min(ranks.count, k))
        case .auc:
            guard ranking.negativeCount > 0 else { return 0.5 }
            var correct = 0.0
            for i in ranks.indices {
                let below = ranking.negativeCount - ranking.negativesAbove[i] - ranking.negativesTied[i]
                correct += Double(below) + 0.5 * Double(ranking.negativesTied[i])
            }
            return correct / (Double(ranks.count) * Double(ranking.negativeCount))
        }
    }

    /// The number of ranks at most `k` in an ascending list.
    private static func hits(_ ranks: [Int], within k: Int) -> Int {
        var count = 0
        for rank in ranks {
            if rank > k { break }
            count += 1
        }
        return count
    }
}
