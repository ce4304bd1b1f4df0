//// The `evaluation` section: what is measured in every cell.
///
/// Keys:
/// - `metrics` (list of `hr`, `ndcg`, `precision`, `recall`, `map`, `mrr`, `auc`, `rmse`, `mae`;
///   default `[hr, ndcg]`): clean-utility metrics on the real users' test set.
/// - `cutoffs` (list of integers ≥ 1, default `[10, 20]`): the K of ranking metrics.
/// - `sampled_negatives` (integer ≥ 0, default 0): rank each test item against this many sampled
///   unseen items instead of the whole catalogue; 0 means full ranking.
/// - `target_cutoffs` (list of integers ≥ 1, default `[10, 20]`): the K of the target hit ratio.
/// - `perturbation_epsilons` (list of numbers ≥ 0, default `[0.1, 0.5, 1.0]`): the ε of
///   perturbation attacks that give no `epsilons` of their own.
public struct EvaluationSection: Codable, Sendable, Equatable {
    /// Clean-utility metrics.
    public var metrics: [MetricKind]
    /// Cut-offs of ranking metrics.
    public var cutoffs: [Int]
    /// Sampled negatives per test item (0 = full ranking).
    public var sampledNegatives: Int
    /// Cut-offs of the target hit ratio.
    public var targetCutoffs: [Int]
    /// Default perturbation sizes.
    public var perturbationEpsilons: [Double]

    /// Creates the section; every argument has the documented default.
    public init(
        metrics: [MetricKind] = [.hr, .ndcg], cutoffs: [Int] = [10, 20], sampledNegatives: Int = 0,
        targetCutoffs: [Int] = [10, 20], perturbationEpsilons: [Double] = [0.1, 0.5, 1.0]
    ) {
        self.metrics = metrics
        self.cutoffs = cutoffs
        self.sampledNegatives = sampledNegatives
        self.targetCutoffs = targetCutoffs
        self.perturbationEpsilons = perturbationEpsilons
    }

    static let keys = ["metrics", "cutoffs", "sampled_negatives", "target_cutoffs", "perturbation_epsilons"]

    public init(from decoder: any Decoder) throws {
        let reader = try ConfigurationReader(decoder, keys: Self.keys)
        let defaults = EvaluationSection()
        if let names = try reader.optional("metrics", as: [String].self) {
            let accepted = MetricKind.allCases.map(\.rawValue)
            metrics = try names.map { name in
                guard let kind = MetricKind(rawValue: name) else {
                    throw ConfigurationIssue(try reader.decoder(for: "metrics"), .unknownValue(name, accepted: accepted))
                }
                return kind
            }
            if metrics.isEmpty || Set(metrics).count != metrics.count {
                throw reader.invalid("metrics", "\(names)", expected: "a non-empty list, each metric once")
            }
        } else {
            metrics = defaults.metrics
        }
        let cutoffsExpected = "a non-empty list of distinct integers ≥ 1"
        let validCutoffs = { (values: [Int]) in !values.isEmpty && values.allSatisfy { $0 >= 1 } && Set(values).count == values.count }
        cutoffs = try reader.value("cutoffs", default: defaults.cutoffs, expected: cutoffsExpected, where: validCutoffs)
        sampledNegatives = try reader.value("sampled_negatives", default: 0, expected: "an integer ≥ 0 (0 = full ranking)") { $0 >= 0 }
        targetCutoffs = try reader.value("target_cutoffs", default: defaults.targetCutoffs, expected: cutoffsExpected, where: validCutoffs)
        perturbationEpsilons = try reader.value(
            "perturbation_epsilons", default: defaults.perturbationEpsilons, expected: "a non-empty list of numbers ≥ 0"
        ) { !$0.isEmpty && $0.allSatisfy { $0 >= 0 && $0.isFinite } }
    }

    public func encode(to encoder: any Encoder) throws {
        var writer = ConfigurationWriter(encoder)
        try writer.write("metrics", metrics.map(\.rawValue))
        try writer.write("cutoffs", cutoffs)
        try writer.write("sampled_negatives", sampledNegatives)
        try writer.write("target_cutoffs", targetCutoffs)
        try writer.write("perturbation_epsilons", perturbationEpsilons)
    }

    /// The names of the clean-utility metrics the section asks for, in order:
    /// `hr@10, hr@20, ndcg@10, …, auc`.
    public var metricNames: [String] {
        metrics.flatMap { kind in kind.usesCutoff ? cutoffs.map { "\(kind.rawValue)@\($0)" } : [kind.rawValue] }
    }
}
