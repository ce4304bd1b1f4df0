/// The `trec_eval` measures RecShield reproduces, with `trec_eval`'s names and RecShield's JSON keys.
///
/// For one query, with the run's documents ranked as ``TRECEvaluation`` describes, `R` the number
/// of documents judged relevant (relevance ≥ 1) in the qrels, `relᵢ` the relevance of the document
/// at rank `i` (unjudged or negative → 0) and `hits_k` the relevant documents in the top `k`:
///
/// ```
/// P_k          = hits_k / k                     (k even when fewer documents were retrieved)
/// recall_k     = hits_k / R                     (0 when R = 0)
/// ndcg_cut_k   = Σ_{i=1}^{k} relᵢ / log₂(i+1)  /  Σ_{i=1}^{k} gᵢ / log₂(i+1)
///                with g the qrels' positive relevances sorted descending (0 when that sum is 0)
/// map          = (1/R) Σ_{relevant retrieved at rank i} hits_i / i   (0 when R = 0; no cut-off)
/// recip_rank   = 1 / (rank of the first relevant document), 0 when none is retrieved
/// ```
///
/// References:
/// - Voorhees & Harman (eds.), "TREC: Experiment and Evaluation in Information Retrieval", MIT
///   Press 2005, ch. 3 (Buckley & Voorhees, "Retrieval System Evaluation").
/// - Järvelin & Kekäläinen, "Cumulated gain-based evaluation of IR techniques", ACM TOIS 2002.
public enum TRECMeasure: String, CaseIterable, Hashable, Sendable, CustomStringConvertible {
    /// Precision at 5.
    case precisionAt5 = "P_5"
    /// Precision at 10.
    case precisionAt10 = "P_10"
    /// Recall at 10.
    case recallAt10 = "recall_10"
    /// NDCG at cut-off 10 with graded gains.
    case ndcgCut10 = "ndcg_cut_10"
    /// Mean average precision (no cut-off).
    case meanAveragePrecision = "map"
    /// Reciprocal rank of the first relevant document.
    case reciprocalRank = "recip_rank"

    /// The name `trec_eval` prints, e.g. `"P_5"`, `"ndcg_cut_10"`.
    public var trecName: String { rawValue }

    /// The stable snake_case key for JSON output, e.g. `"p_5"`, `"ndcg_cut_10"`.
    public var key: String { rawValue.lowercased() }

    /// Whether a larger value is better (true for all of them).
    public var higherIsBetter: Bool { true }

    public var description: String { trecName }
}
