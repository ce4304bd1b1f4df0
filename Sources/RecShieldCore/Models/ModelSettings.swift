/// The settings of ``ModelTrainer/train(kind:settings:on:features:validation:callback:)`` — one
/// flat set for every ``ModelKind``, as command-line flags and study configurations give them.
/// A value left `nil` keeps the chosen model's own default (documented on each model's
/// configuration); a value the chosen model has no use for is an error, not silently ignored.
///
/// Keys and the models that use them:
/// - `factors` (int; mf, bpr, neumf, vbpr): the latent dimension — `d` of MF and BPR; the GMF
///   and the MLP embedding lengths of NeuMF; both `K` and `K′` of VBPR. Defaults: 64 (mf, bpr),
///   16 GMF / 32 MLP (neumf), 32 + 32 (vbpr).
/// - `epochs` (int; mf, bpr, neumf, vbpr): the most epochs. Defaults: 30, 50, 20, 50.
/// - `learningRate` (float; mf, bpr, neumf, vbpr): SGD step, or Adam's for NeuMF. Defaults:
///   0.01, 0.05, 0.001, 0.05.
/// - `regularization` (float; mf, bpr, vbpr): the L2 weight λ (λ_Θ for VBPR). Defaults: 0.08,
///   0.001, 0.01. NeuMF has no L2 penalty.
/// - `threads` (int; all): worker threads. Hogwild SGD for mf and bpr (1, the default, is
///   reproducible bit for bit), similarity lists for the KNN models (default all cores, same
///   result for any count); NeuMF and VBPR train on one thread whatever it says. Early-stopping
///   validation uses it too (its results never depend on it).
/// - `seed` (int, default 0; all): seeds every random choice; deterministic models ignore it.
/// - `neighbors` (int, default 50; itemknn, userknn): `k`.
/// - `similarity` (`cosine` | `adjusted_cosine`, default cosine; itemknn, userknn).
/// - `feedback` (`implicit` | `explicit`, default implicit; itemknn, userknn): sum similarities
///   over the user's items, or predict ratings.
/// - `neighborLists` (`scored_item` | `rated_items`, default scored_item; itemknn): whose top-k
///   lists link a user's items to a scored item; `rated_items` is Deshpande & Karypis's top-N
///   model (see ``NeighborhoodConfiguration/NeighborLists``).
/// - `patience` (int, default 10; mf, bpr, neumf, vbpr): with validation data, stop after this
///   many epochs without improvement and keep the best model. NDCG@10 of one held-out item per
///   user is noisy from epoch to epoch: on MovieLens latest-small, BPR stopped at epoch 7 with
///   patience 3 (test HR@10 0.034) and at epoch 44 with patience 10 (0.069).
public struct ModelSettings: Sendable, Equatable {
    /// The latent dimension.
    public var factors: Int?
    /// The most epochs.
    public var epochs: Int?
    /// The step size.
    public var learningRate: Float?
    /// The L2 weight.
    public var regularization: Float?
    /// Worker threads.
    public var threads: Int?
    /// The seed of every random choice.
    public var seed: UInt64
    /// Neighbours kept by the KNN models.
    public var neighbors: Int?
    /// The similarity of the KNN models.
    public var similarity: NeighborhoodConfiguration.Similarity?
    /// What the KNN models predict.
    public var feedback: NeighborhoodConfiguration.Feedback?
    /// Whose top-k lists ItemKNN's scores use.
    public var neighborLists: NeighborhoodConfiguration.NeighborLists?
    /// Epochs without improvement before early stopping (with validation data).
    public var patience: Int

    /// Creates settings; every argument has the default listed on the type.
    public init(
        factors: Int? = nil, epochs: Int? = nil, learningRate: Float? = nil, regularization: Float? = nil,
        threads: Int? = nil, seed: UInt64 = 0, neighbors: Int? = nil,
        similarity: NeighborhoodConfiguration.Similarity? = nil, feedback: NeighborhoodConfiguration.Feedback? = nil,
        neighborLists: NeighborhoodConfiguration.NeighborLists? = nil, patience: Int = 10
    ) {
        self.factors = factors
        self.epochs = epochs
        self.learningRate = learningRate
        self.regularization = regularization
        self.threads = threads
        self.seed = seed
        self.neighbors = neighbors
        self.similarity = similarity
        self.feedback = feedback
        self.neighborLists = neighborLists
        self.patience = patience
    }

    /// Throws when a setting is given that `kind` does not use (its value would be ignored), or
    /// `threads` or `patience` is below 1. The other ranges are checked by the models themselves
    /// when they train.
    /// - Throws: ``ModelError/invalidParameter(name:value:expected:)`` naming the setting (and
    ///   the models that use it).
    public func check(for kind: ModelKind) throws {
        if let threads, threads < 1 {
            throw ModelError.invalidParameter(name: "threads", value: "\(threads)", expected: "a positive integer")
        }
        if patience < 1 {
            throw ModelError.invalidParameter(name: "patience", value: "\(patience)", expected: "a positive integer")
        }
        let sgd: Set<ModelKind> = [.mf, .bpr, .neumf, .vbpr]
        let neighborhood: Set<ModelKind> = [.itemknn, .userknn]
        let uses: [(name: String, value: String?, kinds: Set<ModelKind>)] = [
            ("factors", factors.map { "\($0)" }, sgd),
            ("epochs", epochs.map { "\($0)" }, sgd),
            ("learning rate", learningRate.map { "\($0)" }, sgd),
            ("regularization", regularization.map { "\($0)" }, [.mf, .bpr, .vbpr]),
            ("neighbors", neighbors.map { "\($0)" }, neighborhood),
            ("similarity", similarity?.rawValue, neighborhood),
            ("feedback", feedback?.rawValue, neighborhood),
            ("neighbor lists", neighborLists?.rawValue, [.itemknn]),
        ]
        for use in uses where use.value != nil && !use.kinds.contains(kind) {
            let users = ModelKind.allCases.filter(use.kinds.contains).map(\.rawValue).joined(separator: ", ")
            throw ModelError.invalidParameter(
                name: use.name, value: use.value ?? "",
                expected: "no value for \(kind.rawValue) (only \(users) use it)")
        }
    }
}
