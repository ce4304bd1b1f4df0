import RecShieldCore
/// A robustness study: one YAML file with the sections below, decoded strictly — unknown keys,
/// wrong types, bad values and conflicting keys are errors that name the file, line, key path
/// and the accepted values (``ConfigurationError``).
///
/// Sections (each optional; every key has a default):
/// - `experiment` (``ExperimentSection``): name, seeds, output_dir, threads.
/// - `dataset` (``DatasetSection``): path or synthetic, format, implicit_threshold, filters, features.
/// - `split` (``SplitSection``): strategy and its parameters.
/// - `models` (list of ``ModelSpec``, default one `bpr` model).
/// - `attacks` (list of ``AttackSpec``, default none: clean evaluation only).
/// - `defenses` (list of ``DefenseSpec``, default none: every cell undefended).
/// - `detectors` (list of ``DetectorSpec``, default none).
/// - `evaluation` (``EvaluationSection``): metrics, cutoffs, target cutoffs, perturbation ε.
/// - `sweep` (``SweepSection``): an explicit grid over entry parameters.
///
/// ``defaultsYAML`` is a fully commented file with every key at its default.
public struct StudyConfiguration: Codable, Sendable, Equatable {
    /// Name, seeds, output directory, threads.
    public var experiment: ExperimentSection
    /// The data and its cleaning.
    public var dataset: DatasetSection
    /// Training/test division.
    public var split: SplitSection
    /// The models, in cell order.
    public var models: [ModelSpec]
    /// The attacks, in cell order; empty for a clean-only study.
    public var attacks: [AttackSpec]
    /// The defenses, in cell order; empty means every cell is undefended.
    public var defenses: [DefenseSpec]
    /// The fake-profile detectors.
    public var detectors: [DetectorSpec]
    /// What is measured.
    public var evaluation: EvaluationSection
    /// The grid over entry parameters.
    public var sweep: SweepSection

    /// Creates a configuration; every argument has the documented default.
    public init(
        experiment: ExperimentSection = ExperimentSection(), dataset: DatasetSection = DatasetSection(),
        split: SplitSection = SplitSection(), models: [ModelSpec] = [ModelSpec(kind: .bpr)], attacks: [AttackSpec] = [],
        defenses: [DefenseSpec] = [], detectors: [DetectorSpec] = [], evaluation: EvaluationSection = EvaluationSection(),
        sweep: SweepSection = SweepSection()
    ) {
        self.experiment = experiment
        self.dataset = dataset
        self.split = split
        self.models = models
        self.attacks = attacks
        self.defenses = defenses
        self.detectors = detectors
        self.evaluation = evaluation
        self.sweep = sweep
    }

    static let keys = ["experiment", "dataset", "split", "models", "attacks", "defenses", "detectors", "evaluation", "sweep"]

    public init(from decoder: any Decoder) throws {
        let reader = try ConfigurationReader(decoder, keys: Self.keys)
        experiment = try reader.optionalSection("experiment") ?? ExperimentSection()
        dataset = try reader.optionalSection("dataset") ?? DatasetSection()
        split = try reader.optionalSection("split") ?? SplitSection()
        models = reader.contains("models") ? try reader.sections("models") : [ModelSpec(kind: .bpr)]
        if models.isEmpty { throw reader.invalid("models", "[]", expected: "at least one model") }
        attacks = try reader.sections("attacks")
        defenses = try reader.sections("defenses")
        detectors = try reader.sections("detectors")
        evaluation = try reader.optionalSection("evaluation") ?? EvaluationSection()
        sweep = try reader.optionalSection("sweep") ?? SweepSection()
    }

    public func encode(to encoder: any Encoder) throws {
        var writer = ConfigurationWriter(encoder)
        try writer.write("experiment", experiment)
        try writer.write("dataset", dataset)
        try writer.write("split", split)
        try writer.write("models", models)
        try writer.write("attacks", attacks)
        try writer.write("defenses", defenses)
        try writer.write("detectors", detectors)
        try writer.write("evaluation", evaluation)
        try writer.write("sweep", sweep)
    }

    /// The defenses cells iterate over: the configured ones, or a single `none`.
    public var effectiveDefenses: [DefenseSpec] {
        defenses.isEmpty ? [DefenseSpec(kind: .none)] : defenses
    }

    /// The ε a perturbation attack measures: its own `epsilons` or the evaluation's.
    public func epsilons(of attack: AttackSpec) -> [Double] {
        attack.epsilons ?? evaluation.perturbationEpsilons
    }
}
