/// The numbers a person reads from a study, aggregated over seeds from a run's results:
/// rows of model × defense with clean metrics and metrics after each attack, robustness curves,
/// detection quality, training losses, data-set statistics and paired tests of each defense
/// against no defense. Every renderer (table, CSV, JSON, Markdown, HTML) draws from it.
///
/// Aggregation: a row's value for a metric is first averaged over the row's cells of one seed,
/// then summarised over seeds (``SampleSummary``: mean and 95 % Student-t interval). After an
/// attack, a metric's value is the `defended` phase when the cell has one, else `attacked`;
/// for perturbation attacks the table uses the largest ε and the curves every ε.
///
/// JSON keys are snake_case and stable.
public struct StudyReport: Sendable, Equatable, Codable {
    /// A value summarised over seeds, with its name.
    public struct Named: Sendable, Equatable, Codable {
        /// The metric or statistic.
        public var name: String
        /// Its summary over seeds.
        public var summary: SampleSummary
    }

    /// One row: a model (with its sweep values) under a defense.
    public struct Row: Sendable, Equatable, Codable {
        /// `model / defense`, with sweep values.
        public var label: String
        /// The model part of the label.
        public var modelLabel: String
        /// The defense's kind.
        public var defenseKind: String
        /// The number of seeds with finished cells.
        public var seeds: Int
        /// Clean-utility and target metrics before any attack.
        public var clean: [Named]
        /// The row under each attack, in ``StudyReport/attacks`` order (attacks without cells
        /// for this row are left out).
        public var attacks: [AttackOutcome]
    }

    /// A row under one attack.
    public struct AttackOutcome: Sendable, Equatable, Codable {
        /// The attack's label (``StudyCell/attackLabel``).
        public var attack: String
        /// The ε the values are taken at, for perturbation attacks.
        public var epsilon: Double?
        /// Metrics after the attack (clean-utility and target measures).
        public var after: [Named]
        /// Detection precision, recall and F1 per detector (`<detector>.precision`, …).
        public var detection: [Named]
    }

    /// A line of a robustness curve: one row's metric over ε.
    public struct CurveSeries: Sendable, Equatable, Codable {
        /// The row's label.
        public var row: String
        /// `(ε, value)` points, ε = 0 being the clean value.
        public var points: [CurvePoint]
    }

    /// One point of a curve.
    public struct CurvePoint: Sendable, Equatable, Codable {
        /// The x value (ε or epoch).
        public var x: Double
        /// The value over seeds.
        public var summary: SampleSummary
    }

    /// A metric against ε for one perturbation attack.
    public struct RobustnessCurve: Sendable, Equatable, Codable {
        /// The attack's label.
        public var attack: String
        /// The metric.
        public var metric: String
        /// One series per row.
        public var series: [CurveSeries]
    }

    /// The training loss of one training run, averaged over seeds, per epoch.
    public struct LossCurve: Sendable, Equatable, Codable {
        /// The row's label.
        public var row: String
        /// The training run (`clean`, `poisoned (bandwagon)`, …).
        public var run: String
        /// `(epoch, loss)` points.
        public var points: [CurvePoint]
    }

    /// A defense compared with no defense for the same model, paired over seeds.
    public struct Comparison: Sendable, Equatable, Codable {
        /// The defended row.
        public var row: String
        /// The undefended row it is compared with.
        public var baseline: String
        /// `clean` or an attack label.
        public var condition: String
        /// The metric.
        public var metric: String
        /// Whether a larger value is better for this metric (false for RMSE, MAE, target measures
        /// under a push attack are reported as is: larger means the attack worked better).
        public var higherIsBetter: Bool
        /// The paired t test of defended − undefended; its `t` and `p` are `nil` when every seed
        /// gives the same difference.
        public var test: PairedTTest
    }

    /// A failed cell.
    public struct Failure: Sendable, Equatable, Codable {
        /// The cell's key.
        public var key: String
        /// What went wrong.
        public var message: String
    }

    /// The experiment's name.
    public var studyName: String
    /// The library version that made the results.
    public var recshieldVersion: String
    /// When the run started.
    public var createdAt: String
    /// Cells of the whole grid.
    public var totalCells: Int
    /// Finished cells.
    public var doneCells: Int
    /// Clean-utility metric names, in first-seen order.
    public var metrics: [String]
    /// Target measure names, in first-seen order.
    public var targetMeasures: [String]
    /// Attack labels, in grid order.
    public var attacks: [String]
    /// The rows, in grid order.
    public var rows: [Row]
    /// Robustness curves of perturbation attacks.
    public var robustnessCurves: [RobustnessCurve]
    /// Training loss curves.
    public var lossCurves: [LossCurve]
    /// Data-set statistics over cells.
    public var datasetStatistics: [Named]
    /// Defended versus undefended, paired over seeds.
    public var comparisons: [Comparison]
    /// Failed cells.
    public var failures: [Failure]

    enum CodingKeys: String, CodingKey {
        case studyName = "study_name"
        case recshieldVersion = "recshield_version"
        case createdAt = "created_at"
        case totalCells = "total_cells"
        case doneCells = "done_cells"
        case metrics
        case targetMeasures = "target_measures"
        case attacks, rows
        case robustnessCurves = "robustness_curves"
        case lossCurves = "loss_curves"
        case datasetStatistics = "dataset_statistics"
        case comparisons, failures
    }
}
