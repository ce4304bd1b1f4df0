/// Trains a ``VBPR`` model by stochastic gradient descent on the BPR criterion with uniformly
/// sampled negatives.
///
/// Each epoch visits every observed pair `(u, i)` once in a shuffled order, draws an item `j`
/// uniformly among those `u` has not interacted with (checked against the user's row), and
/// takes one SGD step `Θ ← Θ − α ∂J/∂Θ` on
/// ```
/// J = −ln σ(x̂_ui − x̂_uj) + λ_Θ/2 (‖γ_u‖² + ‖γ_i‖² + ‖γ_j‖² + ‖θ_u‖²)
///     + λ_β/2 (β_i² + β_j²) + λ_E/2 (‖E‖² + ‖β′‖²)
/// ```
/// using the gradients of ``VBPR/gradients(user:positive:negative:)``, all evaluated at the
/// parameters before the step. The cached projected features are refreshed after each epoch.
/// A user who has interacted with nearly every item may get no negative (at most 64 draws per
/// sample); such samples are skipped.
///
/// Every random choice is seeded: epoch `e` (1-based) draws from
/// `Xoshiro256StarStar(seed: configuration.seed, stream: e)`, initialisation from stream 0, so
/// the same configuration and data give the same model. Training runs on one thread.
///
/// References:
/// - Rendle, Freudenthaler, Gantner & Schmidt-Thieme, "BPR: Bayesian personalized ranking from
///   implicit feedback", UAI 2009 (LearnBPR).
/// - He & McAuley, "VBPR: Visual Bayesian personalized ranking from implicit feedback",
///   AAAI 2016.
public struct VBPRTrainer: Sendable {
    /// The model being trained.
    public private(set) var model: VBPR
    /// The settings; `epochs` bounds ``train(earlyStopping:callback:)``.
    public let configuration: VBPR.Configuration
    /// The observed pairs: a user × item matrix (values are ignored).
    public let interactions: SparseMatrix
    /// The number of epochs run so far.
    public private(set) var completedEpochs = 0
    /// The most draws spent looking for one unobserved item.
    static let maximumNegativeAttempts = 64
    /// The user of each stored entry of ``interactions``.
    private let entryUsers: [Int32]
    /// Per-step scratch: old `γ_u` (K), old `θ_u` (K′), `E δ` (K′), `δ` (F).
    private var scratch: [Float]

    /// Creates a trainer with a freshly initialised model shaped like `interactions` and
    /// `features`.
    /// - Parameters:
    ///   - interactions: the user × item matrix of observed pairs.
    ///   - features: the content vector of every item (one row per column of `interactions`).
    ///   - configuration: the model shape and training settings.
    /// - Throws: ``VBPR/ConfigurationError`` when a setting is out of range or the features do
    ///   not have one row per item.
    public init(
        interactions: SparseMatrix, features: ItemFeatureMatrix, configuration: VBPR.Configuration = VBPR.Configuration()
    ) throws {
        guard features.itemCount == interactions.columnCount else {
            throw VBPR.ConfigurationError.invalidSetting(
                name: "features", value: "\(features.itemCount) item rows",
                requirement: "one row per item of the data (\(interactions.columnCount))")
        }
        let model = try VBPR(userCount: interactions.rowCount, features: features, configuration: configuration)
        try self.init(model: model, interactions: interactions, configuration: configuration)
    }

    /// Creates a trainer that continues training `model` — e.g. to fine-tune on poisoned data or
    /// for adversarial training.
    /// - Parameters:
    ///   - model: the starting point; its shape wins over the configuration's.
    ///   - interactions: the user × item matrix of observed pairs, shaped like the model.
    ///   - configuration: the training settings.
    /// - Throws: ``VBPR/ConfigurationError`` when a setting is out of range.
    public init(model: VBPR, interactions: SparseMatrix, configuration: VBPR.Configuration) throws {
        try configuration.validate()
        precondition(
            interactions.rowCount == model.userCount && interactions.columnCount == model.itemCount,
            "interaction matrix shape differs from the model's")
        model.checkShapes()
        self.model = model
        self.configuration = configuration
        self.interactions = interactions
        var users = [Int32](repeating: 0, count: interactions.entryCount)
        for user in 0..<interactions.rowCount {
            for entry in interactions.entryRange(ofRow: user) { users[entry] = Int32(user) }
        }
        entryUsers = users
        scratch = [Float](repeating: 0, count: model.factors + 2 * model.contentFactors + model.featureDimension)
    }

    /// Runs epochs until `configuration.epochs` have completed, the callback asks to stop, or
    /// early stopping ends training (see ``TrainingLoop``).
    /// - Parameters:
    ///   - earlyStopping: an optional validation rule; with ``EarlyStopping/restoresBestModel``
    ///     ``model`` ends as the best validated model.
    ///   - callback: receives an ``EpochReport`` after every epoch (loss = mean BPR loss,
    ///     samples = SGD steps taken) and may stop training.
    /// - Throws: ``ModelError/invalidParameter(name:value:expected:)`` for a bad early-stopping rule.
    public mutating func train(
        earlyStopping: EarlyStopping? = nil, callback: ((EpochReport) -> TrainingControl)? = nil
    ) throws {
        try earlyStopping?.validate()
        TrainingLoop.run(
            &self, model: \.model, firstEpoch: completedEpochs, epochs: configuration.epochs - completedEpochs,
            earlyStopping: earlyStopping, callback: callback
        ) { trainer, _ in trainer.runEpoch() }
    }

    /// Runs one epoch: one SGD step per observed pair, in a shuffled order.
    /// - Returns: the mean BPR loss `−ln σ(x̂_uij)` of the epoch's samples (each measured just
    ///   before its step, penalty excluded), or 0 when there was nothing to train on.
    /// - Complexity: O(pairs · (K + K′ · F + log(items per user))).
    public mutating func trainEpoch() -> Double {
        runEpoch().loss
    }

    /// Runs one epoch and returns its mean loss and the number of steps taken.
    private mutating func runEpoch() -> (loss: Double, samples: Int) {
        var rng = Xoshiro256StarStar(seed: configuration.seed, stream: UInt64(completedEpochs + 1))
        var order = (0..<interactions.entryCount).map { Int32($0) }
        order.fisherYatesShuffle(using: &rng)
        completedEpochs += 1
        guard !order.isEmpty else { return (0, 0) }
        let interactions = interactions
        let entryUsers = entryUsers
        let itemCount = interactions.columnCount
        var total = 0.0
        var steps = 0
        withStep { step in
            for entry in order {
                let user = Int(entryUsers[Int(entry)])
                let positive = Int(interactions.columns[Int(entry)])
                for _ in 0..<Self.maximumNegativeAttempts {
                    let negative = rng.nextIndex(below: itemCount)
                    if !interactions.contains(row: user, column: negative) {
                        total += Double(step.apply(user: user, positive: positive, negative: negative))
                        steps += 1
                        break
                    }
                }
            }
        }
        model.refreshContentCache()
        return (steps > 0 ? total / Double(steps) : 0, steps)
    }

    /// Takes one SGD step on the triple `(user, positive, negative)` and refreshes the cache.
    /// - Returns: the triple's BPR loss before the step.
    mutating func step(user: Int, positive: Int, negative: Int) -> Float {
        let loss = withStep { $0.apply(user: user, positive: positive, negative: negative) }
        model.refreshContentCache()
        return loss
    }

    /// Calls `body` with a kernel that updates the model's buffers in place.
    private mutating func withStep<Result>(_ body: (VBPRStep) -> Result) -> Result {
        let settings = configuration
        let shape = (factors: model.factors, contentFactors: model.contentFactors, features: model.featureDimension)
        return model.itemBiases.withUnsafeMutableBufferPointer { itemBiases in
            model.userFactors.withUnsafeMutableBufferPointer { userFactors in
                model.itemFactors.withUnsafeMutableBufferPointer { itemFactors in
                    model.userContentFactors.withUnsafeMutableBufferPointer { userContentFactors in
                        model.storedProjection.withUnsafeMutableBufferPointer { projection in
                            model.storedFeatureBiases.withUnsafeMutableBufferPointer { featureBiases in
                                model.storedFeatures.withUnsafeBufferPointer { features in
                                    scratch.withUnsafeMutableBufferPointer { scratch in
                                        body(VBPRStep(
                                            itemBiases: itemBiases.baseAddress!, userFactors: userFactors.baseAddress!,
                                            itemFactors: itemFactors.baseAddress!,
                                            userContentFactors: userContentFactors.baseAddress!,
                                            projection: projection.baseAddress!, featureBiases: featureBiases.baseAddress!,
                                            features: features.baseAddress!, scratch: scratch.baseAddress!,
                                            factors: shape.factors, contentFactors: shape.contentFactors,
                                            featureDimension: shape.features, learningRate: settings.learningRate,
                                            regularization: settings.regularization,
                                            biasRegularization: settings.biasRegularization,
                                            contentRegularization: settings.contentRegularization))
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}
