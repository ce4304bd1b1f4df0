/// Everything one cell measured, stored in one transaction when the cell finishes.
///
/// JSON keys: `metrics`, `epochs`, `detections`, `artefacts`, `statistics`.
public struct CellResult: Sendable, Equatable, Codable {
    /// Metric values, in the order the executor produced them.
    public var metrics: [MetricValue]
    /// Training losses per epoch of every model the cell trained.
    public var epochs: [EpochLog]
    /// Detection quality of each detector.
    public var detections: [DetectionResult]
    /// Files the cell wrote (poisoned data, labels, provenance), relative to the run directory.
    public var artefacts: [ArtefactRecord]
    /// Data-set statistics (users, items, interactions, density, fake users, …).
    public var statistics: [DatasetStatistic]

    /// Creates a result; every list defaults to empty.
    public init(
        metrics: [MetricValue] = [], epochs: [EpochLog] = [], detections: [DetectionResult] = [],
        artefacts: [ArtefactRecord] = [], statistics: [DatasetStatistic] = []
    ) {
        self.metrics = metrics
        self.epochs = epochs
        self.detections = detections
        self.artefacts = artefacts
        self.statistics = statistics
    }
}

/// When a metric was measured, relative to the cell's attack and defense.
public enum MetricPhase: String, Sendable, Codable, CaseIterable {
    /// The cell's model (trained with its defense) on clean data, before the attack.
    case clean
    /// The cell's model (trained with its defense) on poisoned data, after the attack.
    case attacked
    /// After a data-side defense acted on the poisoned data (sanitize: detect, remove, retrain).
    case defended
    /// Under a perturbation attack of size ε (the metric's `epsilon`).
    case perturbed
}

/// One measured value.
///
/// Names: clean-utility metrics are `<metric>@<K>` or `<metric>` (``EvaluationSection/metricNames``);
/// target measures are ``StudyMetric`` names (`target_hr@10`, `prediction_shift`, …).
public struct MetricValue: Sendable, Equatable, Codable {
    /// When it was measured.
    public var phase: MetricPhase
    /// The attack's entry name, or empty for the clean phase.
    public var attack: String
    /// The perturbation size for the perturbed phase, else `nil`.
    public var epsilon: Double?
    /// The metric's name.
    public var name: String
    /// The value.
    public var value: Double

    /// Creates a value.
    public init(phase: MetricPhase, attack: String = "", epsilon: Double? = nil, name: String, value: Double) {
        self.phase = phase
        self.attack = attack
        self.epsilon = epsilon
        self.name = name
        self.value = value
    }
}

/// The names of target-side measures, shared by executors and reports.
public enum StudyMetric {
    /// Target hit ratio @K (RecAD): `target_hr@K`.
    public static func targetHitRatio(_ k: Int) -> String { "target_hr@\(k)" }
    /// Mean score change of the targets for real users.
    public static let predictionShift = "prediction_shift"
    /// Mean rank of the targets for real users.
    public static let meanTargetRank = "mean_target_rank"

    /// Whether `name` is a target-side measure rather than a clean-utility metric.
    public static func isTargetMeasure(_ name: String) -> Bool {
        name.hasPrefix("target_") || name == predictionShift || name == meanTargetRank
    }
}

/// The training loss of one epoch.
public struct EpochLog: Sendable, Equatable, Codable {
    /// Which training run in the cell: e.g. `clean` or `poisoned`.
    public var model: String
    /// The 1-based epoch.
    public var epoch: Int
    /// The mean training loss.
    public var loss: Double
    /// A validation metric after the epoch, when measured.
    public var validation: Double?

    /// Creates a log line.
    public init(model: String, epoch: Int, loss: Double, validation: Double? = nil) {
        self.model = model
        self.epoch = epoch
        self.loss = loss
        self.validation = validation
    }
}

/// How well a detector found the injected fake users.
public struct DetectionResult: Sendable, Equatable, Codable {
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

/// A file a cell wrote.
public struct ArtefactRecord: Sendable, Equatable, Codable {
    /// What it is: `poisoned`, `labels`, `provenance`, ….
    public var name: String
    /// Its path relative to the run directory.
    public var path: String

    /// Creates a record.
    public init(name: String, path: String) {
        self.name = name
        self.path = path
    }
}

/// One data-set statistic of a cell's data.
public struct DatasetStatistic: Sendable, Equatable, Codable {
    /// `users`, `items`, `interactions`, `density`, `fake_users`, ….
    public var name: String
    /// The value.
    public var value: Double

    /// Creates a statistic.
    public init(name: String, value: Double) {
        self.name = name
        self.value = value
    }
}
