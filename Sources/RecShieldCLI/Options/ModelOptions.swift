import ArgumentParser
import RecShield

/// Which model to train and its settings. Unset values keep each model's own default (see
/// ``ModelSettings``); a setting the chosen model does not use is a usage error.
///
/// Feedback: bpr, neumf, vbpr, pop and the KNN models with `--feedback implicit` learn from
/// implicit feedback — every interaction counts as a positive, whatever its rating, unless
/// `--implicit-threshold R` (a data filter) first keeps only ratings of at least R and drops the
/// rest. mf and the KNN models with `--feedback explicit` learn the ratings themselves.
struct ModelOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The model to train.", valueName: "kind"))
    var model: ModelKind

    @Option(help: ArgumentHelp(
        "Latent dimension: d of mf/bpr (default 64), GMF and MLP embeddings of neumf (16/32), K and K' of vbpr (32).",
        valueName: "d"))
    var factors: Int?

    @Option(help: ArgumentHelp("Most training epochs (mf 30, bpr 50, neumf 20, vbpr 50).", valueName: "n"))
    var epochs: Int?

    @Option(help: ArgumentHelp("Step size (mf 0.01, bpr 0.05, vbpr 0.05; Adam's for neumf, 0.001).", valueName: "rate"))
    var learningRate: Float?

    @Option(help: ArgumentHelp("L2 weight λ (mf 0.08, bpr 0.001, vbpr 0.01); neumf has none.", valueName: "lambda"))
    var regularization: Float?

    @Option(help: ArgumentHelp(
        "Threads: Hogwild SGD for mf/bpr (default 1, reproducible), similarity lists for KNN, and evaluation "
            + "(default: all cores).",
        valueName: "n"))
    var threads: Int?

    @Option(help: "Seed of every random choice of training.")
    var seed: UInt64 = 0

    @Option(help: ArgumentHelp(
        "vbpr: dense item features, one row per item: raw item ID, then the values (CSV or TSV).", valueName: "file"))
    var features: String?

    @Option(help: ArgumentHelp("itemknn/userknn: neighbours kept per item or user (default 50).", valueName: "k"))
    var neighbors: Int?

    @Option(help: "itemknn/userknn: cosine or adjusted-cosine (explicit feedback only); default cosine.")
    var similarity: NeighborhoodConfiguration.Similarity?

    @Option(help: "itemknn/userknn: implicit (sum of similarities) or explicit (predicted ratings); default implicit.")
    var feedback: NeighborhoodConfiguration.Feedback?

    @Option(help: ArgumentHelp(
        "itemknn: whose top-k lists count — scored-item (the scored item's own, default) or rated-items "
            + "(each rated item's: Deshpande & Karypis top-N)."))
    var neighborLists: NeighborhoodConfiguration.NeighborLists?

    @Option(help: ArgumentHelp(
        "Stop early after this many epochs without improvement of NDCG@10 (RMSE for mf) on a validation part "
            + "split off the training part the same way as the test part, and keep the best model (about 10 suits "
            + "bpr: one held-out item per user gives a noisy curve).",
        valueName: "n"))
    var patience: Int?

    mutating func validate() throws {
        do {
            try settings.check(for: model)
        } catch let error as ModelError {
            throw ValidationError(error.description)
        }
        if model.needsFeatures && features == nil {
            throw ValidationError("--model vbpr needs --features FILE")
        }
        if !model.needsFeatures && features != nil {
            throw ValidationError("--features is only used by --model vbpr")
        }
        if patience != nil && !model.trainsInEpochs {
            throw ValidationError("--patience is only used by models trained in epochs (mf, bpr, neumf, vbpr)")
        }
    }

    /// The library settings these flags describe.
    var settings: ModelSettings {
        ModelSettings(
            factors: factors, epochs: epochs, learningRate: learningRate, regularization: regularization,
            threads: threads, seed: seed, neighbors: neighbors, similarity: similarity, feedback: feedback,
            neighborLists: neighborLists, patience: patience ?? ModelSettings().patience)
    }

    /// The threads evaluation uses: `--threads`, or all cores.
    var evaluationThreads: Int { threads ?? ParallelLoop.availableThreads }
}

extension ModelKind: ExpressibleByArgument {
    public var defaultValueDescription: String { rawValue }
}

extension NeighborhoodConfiguration.Similarity: ExpressibleByArgument {
    /// Accepts the kebab-case `adjusted-cosine` of the command line as well as `adjusted_cosine`.
    public init?(argument: String) {
        self.init(rawValue: String(argument.map { $0 == "-" ? "_" : $0 }))
    }

    public static var allValueStrings: [String] { allCases.map { String($0.rawValue.map { $0 == "_" ? "-" : $0 }) } }
}

extension NeighborhoodConfiguration.Feedback: ExpressibleByArgument {}

extension NeighborhoodConfiguration.NeighborLists: ExpressibleByArgument {
    /// Accepts the kebab-case `rated-items` of the command line as well as `rated_items`.
    public init?(argument: String) {
        self.init(rawValue: String(argument.map { $0 == "-" ? "_" : $0 }))
    }

    public static var allValueStrings: [String] { allCases.map { String($0.rawValue.map { $0 == "_" ? "-" : $0 }) } }
}
