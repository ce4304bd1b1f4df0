/// How well a detector found the injected fake users.
public struct DetectionRecord: Sendable, Equatable, Codable {
    /// The detector's entry name.
    public var detector: String
    /// Flagged fake users / flagged users.
    public var precision: Double
    /// Flagged fake users / fake users.
    public var recall: Double
    /// The harmonic mean of precision and recall.
    public var f1: Double
    /// The area under the ROC curve of the detector's scores, when it has scores.
    public var auc: Double?

    /// Creates a result.
    public init(detector: String, precision: Double, recall: Double, f1: Double, auc: Double? = nil) {
        self.detector = detector
        self.precision = precision
        self.recall = recall
        self.f1 = f1
        self.auc = auc
    }
}
