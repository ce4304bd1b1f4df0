/// Everything one cell measured, stored in one transaction when the cell finishes.
///
/// JSON keys: `metrics`, `epochs`, `detections`, `artefacts`, `statistics`.
public struct CellResult: Sendable, Equatable, Codable {
    /// Metric values, in the order the executor produced them.
    public var metrics: [MetricValue]
    /// Training losses per epoch of every model the cell trained.
    public var epochs: [EpochLog]
    /// Detection quality of each detector.
    public var detections: [DetectionRecord]
    /// Files the cell wrote (poisoned data, labels, provenance), relative to the run directory.
    public var artefacts: [ArtefactRecord]
    /// Data-set statistics (users, items, interactions, density, fake users, …).
    public var statistics: [DatasetStatistic]

    /// Creates a result; every list defaults to empty.
    public init(
        metrics: [MetricValue] = [], epochs: [EpochLog] = [], detections: [DetectionRecord] = [],
        artefacts: [ArtefactRecord] = [], statistics: [DatasetStatistic] = []
    ) {
        self.metrics = metrics
        self.epochs = epochs
        self.detections = detections
        self.artefacts = artefacts
        self.statistics = statistics
    }
}
