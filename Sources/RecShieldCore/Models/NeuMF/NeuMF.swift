/// Neural matrix factorisation (NeuMF): a generalised-MF tower and an MLP tower over separate
/// embeddings, fused by a final linear layer — RecShield's deep implicit-feedback model.
///
/// For user `u` and item `i`:
/// ```
/// φ_GMF = p_u ⊙ q_i                                   (GMF embeddings, gmfDimension)
/// φ_MLP = ReLU(… ReLU(W₁·[p′_u; q′_i] + b₁) …)         (MLP embeddings, hiddenLayers)
/// s(u, i) = hᵀ·[φ_GMF; φ_MLP] + b                      (the logit)
/// ŷ(u, i) = σ(s(u, i))                                 (the predicted interaction probability)
/// ```
/// trained with binary cross-entropy on observed pairs (label 1) and sampled unobserved pairs
/// (label 0); see ``NeuMFTrainer``. Scores are the logits `s`, which rank like `ŷ` without its
/// saturation ties.
///
/// Every parameter is a flat `Float` buffer, ready for a model file: the four embedding tables
/// (row-major, one row per user or item), ``tower`` (the MLP tower's ``MLP/parameters``) and
/// ``prediction`` (the fusion layer, a one-layer ``MLP``). The tables are public so adversarial
/// methods can perturb embeddings (see ``gradients(users:items:labels:)``). ``userIDs`` and
/// ``itemIDs`` translate raw IDs to the rows; a model built from a bare matrix gets positional
/// IDs (`"0"`, `"1"`, …).
///
/// Unlike the paper's best setting, the towers are trained jointly from scratch rather than
/// pre-trained separately (as GMF and MLP) and fused with a trade-off `α`; the paper (§4.3) finds
/// that pre-training improves NeuMF modestly, and joint training is the usual re-implementation.
///
/// References:
/// - He, Liao, Zhang, Nie, Hu & Chua, "Neural collaborative filtering", WWW 2017.
public struct NeuMF: ArchivableModel, Sendable, Equatable {
    /// The kind written into model files.
    public static let archiveKind = "neumf"

    public let userCount: Int
    public let itemCount: Int
    /// Raw user IDs ↔ the dense user indices (``userCount`` of them).
    public var userIDs: IDMap
    /// Raw item IDs ↔ the dense item indices (``itemCount`` of them).
    public var itemIDs: IDMap
    /// The settings the model was created with: its shape, seed and training settings.
    public let configuration: Configuration
    /// Length of the GMF embeddings.
    public let gmfDimension: Int
    /// Length of each MLP-tower embedding.
    public let mlpDimension: Int
    /// GMF user embeddings `p`, `userCount × gmfDimension`.
    public var userGMF: [Float]
    /// GMF item embeddings `q`, `itemCount × gmfDimension`.
    public var itemGMF: [Float]
    /// MLP-tower user embeddings `p′`, `userCount × mlpDimension`.
    public var userMLP: [Float]
    /// MLP-tower item embeddings `q′`, `itemCount × mlpDimension`.
    public var itemMLP: [Float]
    /// The MLP tower: `2 · mlpDimension` inputs through ReLU layers.
    public var tower: MLP
    /// The fusion layer: `gmfDimension + tower.outputCount` inputs to one logit.
    public var prediction: MLP

    /// Creates a model with freshly drawn parameters: embeddings from `N(0, embeddingDeviation²)`,
    /// tower weights He-normal, fusion weights Xavier-uniform, biases zero. Users and items get
    /// positional IDs.
    /// - Parameters:
    ///   - userCount: the number of users.
    ///   - itemCount: the number of items.
    ///   - configuration: the shape and `seed` (the training settings are only recorded).
    /// - Throws: ``ConfigurationError`` when a setting is out of range.
    public init(userCount: Int, itemCount: Int, configuration: Configuration = Configuration()) throws {
        precondition(userCount >= 0 && itemCount >= 0, "counts must not be negative")
        try self.init(
            userIDs: .positional(count: userCount), itemIDs: .positional(count: itemCount), configuration: configuration)
    }

    /// Creates a model for the users and items of two ID maps with freshly drawn parameters, as
    /// ``init(userCount:itemCount:configuration:)`` does.
    /// - Throws: ``ConfigurationError`` when a setting is out of range.
    public init(userIDs: IDMap, itemIDs: IDMap, configuration: Configuration = Configuration()) throws {
        try configuration.validate()
        var rng = Xoshiro256StarStar(seed: configuration.seed, stream: 0)
        self.configuration = configuration
        self.userIDs = userIDs
        self.itemIDs = itemIDs
        userCount = userIDs.count
        itemCount = itemIDs.count
        gmfDimension = configuration.gmfDimension
        mlpDimension = configuration.mlpDimension
        let deviation = Double(configuration.embeddingDeviation)
        func table(_ rows: Int, _ width: Int) -> [Float] {
            (0..<(rows * width)).map { _ in Float(rng.nextGaussian() * deviation) }
        }
        userGMF = table(userCount, gmfDimension)
        itemGMF = table(itemCount, gmfDimension)
        userMLP = table(userCount, mlpDimension)
        itemMLP = table(itemCount, mlpDimension)
        tower = MLP(
            sizes: [2 * mlpDimension] + configuration.hiddenLayers,
            hiddenActivation: .relu, outputActivation: .relu, using: &rng)
        prediction = MLP(
            sizes: [gmfDimension + tower.outputCount, 1],
            hiddenActivation: .identity, outputActivation: .identity, using: &rng)
    }

    /// The total number of parameters.
    public var parameterCount: Int {
        userGMF.count + itemGMF.count + userMLP.count + itemMLP.count
            + tower.parameterCount + prediction.parameterCount
    }

    /// Checks that the public buffers still have the sizes the shapes imply (they are mutable, and
    /// the kernels read them through raw pointers).
    func checkShapes() {
        precondition(
            userGMF.count == userCount * gmfDimension && itemGMF.count == itemCount * gmfDimension
                && userMLP.count == userCount * mlpDimension && itemMLP.count == itemCount * mlpDimension
                && tower.inputCount == 2 * mlpDimension
                && prediction.inputCount == gmfDimension + tower.outputCount && prediction.outputCount == 1
                && userIDs.count == userCount && itemIDs.count == itemCount,
            "NeuMF parameter buffers do not match the model's shape")
    }

    /// Number of items scored per forward pass in ``scores(for:into:)``.
    static let scoringBatch = 512

    public func scores(for user: Int, into scores: UnsafeMutableBufferPointer<Float>) {
        precondition(scores.count == itemCount, "scores buffer must have itemCount elements")
        precondition(user >= 0 && user < userCount, "user index out of range")
        let batch = min(Self.scoringBatch, max(1, itemCount))
        var workspace = Workspace(for: self, batchCapacity: batch)
        var users = [Int32](repeating: Int32(user), count: batch)
        var items = [Int32](repeating: 0, count: batch)
        var start = 0
        while start < itemCount {
            let count = min(batch, itemCount - start)
            for offset in 0..<count { items[offset] = Int32(start + offset) }
            users.withUnsafeMutableBufferPointer { u in
                items.withUnsafeMutableBufferPointer { i in
                    forward(
                        users: UnsafeBufferPointer(rebasing: u[0..<count]),
                        items: UnsafeBufferPointer(rebasing: i[0..<count]), workspace: &workspace)
                }
            }
            workspace.prediction.withOutput { logits in
                for offset in 0..<count { scores[start + offset] = logits[offset] }
            }
            start += count
        }
    }

    public func score(user: Int, item: Int) -> Float {
        logits(users: [Int32(user)], items: [Int32(item)])[0]
    }

    /// The logits `s(u, i)` of a list of pairs.
    /// - Precondition: equal lengths, indices in range.
    public func logits(users: [Int32], items: [Int32]) -> [Float] {
        precondition(users.count == items.count, "users and items differ in length")
        var workspace = Workspace(for: self, batchCapacity: users.count)
        users.withUnsafeBufferPointer { u in
            items.withUnsafeBufferPointer { i in forward(users: u, items: i, workspace: &workspace) }
        }
        return workspace.prediction.output
    }
}
