// The clean-utility metrics a study can report; the raw value is the name in `metrics`.
public enum MetricKind: String, Codable, Sendable, CaseIterable {
    /// Hit ratio @K.
    case hr
    /// Normalised discounted cumulative gain @K.
    case ndcg
    /// Precision @K.
    case precision
    /// Recall @K.
    case recall
    /// Mean average precision @K.
    case map
    /// Mean reciprocal rank @K.
    case mrr
    /// Area under the ROC curve (no cut-off).
    case auc
    /// Root mean squared rating error (explicit models; no cut-off).
    case rmse
    /// Mean absolute rating error (explicit models; no cut-off).
    case mae

    /// Whether the metric is computed at each cut-off.
    public var usesCutoff: Bool { ![.auc, .rmse, .mae].contains(self) }
    /// Whether larger values are better.
    public var higherIsBetter: Bool { self != .rmse && self != .mae }
}
