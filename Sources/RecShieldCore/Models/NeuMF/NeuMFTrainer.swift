/// Trains a ``NeuMF`` model with binary cross-entropy on observed pairs and sampled negatives,
/// Adam and mini-batches.
///
/// Each epoch, for every observed pair `(u, i)` (label 1) it draws `negativesPerPositive` items
/// uniformly among those `u` has not interacted with (label 0), shuffles all samples and takes
/// one Adam step per mini-batch on the mean loss
/// ```
/// L = (1/B) Σ_b ℓ(s(u_b, i_b), y_b),    ℓ(s, y) = softplus(s) − y·s.
/// ```
/// Dense layers get dense Adam steps; the four embedding tables get lazy row-wise Adam steps on the
/// rows the batch touched (see ``Adam``), so a step costs O(batch), not O(users + items).
///
/// Every random choice is seeded: epoch `e` (1-based) draws from
/// `Xoshiro256StarStar(seed: configuration.seed, stream: e)`, initialisation from stream 0, so the
/// same configuration and data give the same model. Training runs on one thread.
///
/// References:
/// - He, Liao, Zhang, Nie, Hu & Chua, "Neural collaborative filtering", WWW 2017, §3.1.1 and §4.1.
public struct NeuMFTrainer: Sendable {
    /// The model being trained.
    public private(set) var model: NeuMF
    /// The settings; `epochs` bounds ``train(earlyStopping:callback:)``.
    public let configuration: NeuMF.Configuration
    /// The observed pairs: a user × item matrix (values are ignored).
    public let interactions: SparseMatrix
    /// The number of epochs run so far.
    public private(set) var completedEpochs = 0

    private var towerOptimizer: Adam
    private var predictionOptimizer: Adam
    private var userGMFOptimizer: Adam
    private var itemGMFOptimizer: Adam
    private var userMLPOptimizer: Adam
    private var itemMLPOptimizer: Adam
    // Gradient tables shaped like the embedding tables; only the rows a batch touches are
    // non-zero, and they are cleared after each step.
    private var userGMFGradient: [Float]
    private var itemGMFGradient: [Float]
    private var userMLPGradient: [Float]
    private var itemMLPGradient: [Float]
    private var userTouched: [Bool]
    private var itemTouched: [Bool]
    private var touchedUsers: [Int32] = []
    private var touchedItems: [Int32] = []
    private var workspace: NeuMF.Workspace
    private var batchUsers: [Int32]
    private var batchItems: [Int32]
    private var batchLabels: [Float]

    /// Creates a trainer with a freshly initialised model shaped like `interactions`.
    /// - Parameters:
    ///   - interactions: the user × item matrix of observed pairs.
    ///   - configuration: the model shape and training settings.
    /// - Throws: ``NeuMF/ConfigurationError`` when a setting is out of range.
    public init(interactions: SparseMatrix, configuration: NeuMF.Configuration = NeuMF.Configuration()) throws {
        let model = try NeuMF(
            userCount: interactions.rowCount, itemCount: interactions.columnCount, configuration: configuration)
        try self.init(model: model, interactions: interactions, configuration: configuration)
    }

    /// Creates a trainer that continues training `model` (fresh optimiser state) — e.g. to
    /// fine-tune on poisoned data or for adversarial training.
    /// - Parameters:
    ///   - model: the starting point; its shape wins over the configuration's.
    ///   - interactions: the user × item matrix of observed pairs, shaped like the model.
    ///   - configuration: the training settings.
    /// - Throws: ``NeuMF/ConfigurationError`` when a setting is out of range.
    public init(model: NeuMF, interactions: SparseMatrix, configuration: NeuMF.Configuration) throws {
        try configuration.validate()
        precondition(
            interactions.rowCount == model.userCount && interactions.columnCount == model.itemCount,
            "interaction matrix shape differs from the model's")
        model.checkShapes()
        self.model = model
        self.configuration = configuration
        self.interactions = interactions
        func adam(_ count: Int) -> Adam {
            Adam(
                parameterCount: count, learningRate: configuration.learningRate,
                beta1: configuration.beta1, beta2: configuration.beta2, epsilon: configuration.epsilon)
        }
        towerOptimizer = adam(model.tower.parameterCount)
        predictionOptimizer = adam(model.prediction.parameterCount)
        userGMFOptimizer = adam(model.userGMF.count)
        itemGMFOptimizer = adam(model.itemGMF.count)
        userMLPOptimizer = adam(model.userMLP.count)
        itemMLPOptimizer = adam(model.itemMLP.count)
        userGMFGradient = [Float](repeating: 0, count: model.userGMF.count)
        itemGMFGradient = [Float](repeating: 0, count: model.itemGMF.count)
        userMLPGradient = [Float](repeating: 0, count: model.userMLP.count)
        itemMLPGradient = [Float](repeating: 0, count: model.itemMLP.count)
        userTouched = [Bool](repeating: false, count: model.userCount)
        itemTouched = [Bool](repeating: false, count: model.itemCount)
        workspace = NeuMF.Workspace(for: model, batchCapacity: configuration.batchSize)
        batchUsers = [Int32](repeating: 0, count: configuration.batchSize)
        batchItems = [Int32](repeating: 0, count: configuration.batchSize)
        batchLabels = [Float](repeating: 0, count: configuration.batchSize)
    }

    /// Runs epochs until `configuration.epochs` have completed, the callback asks to stop, or
    /// early stopping ends training (see ``TrainingLoop``).
    /// - Parameters:
    ///   - earlyStopping: an optional validation rule; with ``EarlyStopping/restoresBestModel``
    ///     ``model`` ends as the best validated model.
    ///   - callback: receives an ``EpochReport`` after every epoch (loss = mean binary
    ///     cross-entropy, samples = positives and sampled negatives) and may stop training.
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

    /// Runs one epoch: samples negatives, shuffles, and takes one Adam step per mini-batch.
    /// - Returns: the mean binary cross-entropy over the epoch's samples (each measured just
    ///   before its batch's step), or 0 when there is nothing to train on.
    /// - Complexity: O(samples · (model width + log(items per user))).
    public mutating func trainEpoch() -> Double {
        runEpoch().loss
    }

    /// Runs one epoch and returns its mean loss and its number of samples.
    private mutating func runEpoch() -> (loss: Double, samples: Int) {
        var rng = Xoshiro256StarStar(seed: configuration.seed, stream: UInt64(completedEpochs + 1))
        var samples = NeuMFNegativeSampler.samples(
            from: interactions, negativesPerPositive: configuration.negativesPerPositive, using: &rng)
        samples.shuffle(using: &rng)
        completedEpochs += 1
        guard !samples.isEmpty else { return (0, 0) }
        var total = 0.0
        var start = 0
        while start < samples.count {
            let count = min(configuration.batchSize, samples.count - start)
            for offset in 0..<count {
                let sample = samples[start + offset]
                batchUsers[offset] = sample.user
                batchItems[offset] = sample.item
                batchLabels[offset] = sample.label
            }
            total += step(count: count)
            start += count
        }
        return (total / Double(samples.count), samples.count)
    }

    /// One Adam step on the first `count` samples of the batch buffers; returns their summed loss.
    private mutating func step(count: Int) -> Double {
        let loss = batchUsers.withUnsafeBufferPointer { users in
            batchItems.withUnsafeBufferPointer { items in
                let users = UnsafeBufferPointer(rebasing: users[0..<count])
                let items = UnsafeBufferPointer(rebasing: items[0..<count])
                model.forward(users: users, items: items, workspace: &workspace)
                let loss = workspace.prediction.withOutput { logits in
                    batchLabels.withUnsafeBufferPointer { labels in
                        workspace.logitGradient.withUnsafeMutableBufferPointer { gradient in
                            BinaryCrossEntropy.totalLoss(
                                logits: logits, labels: UnsafeBufferPointer(rebasing: labels[0..<count]),
                                gradients: UnsafeMutableBufferPointer(rebasing: gradient[0..<count]),
                                scale: 1 / Float(count))
                        }
                    }
                }
                model.backward(users: users, items: items, workspace: &workspace)
                return loss
            }
        }
        gatherTableGradients(count: count)
        towerOptimizer.update(&model.tower.parameters, gradients: model.tower.gradients)
        predictionOptimizer.update(&model.prediction.parameters, gradients: model.prediction.gradients)
        model.tower.zeroGradients()
        model.prediction.zeroGradients()
        updateTables()
        return loss
    }

    /// Adds the batch's per-sample embedding gradients into the gradient tables and records which
    /// rows were touched.
    private mutating func gatherTableGradients(count: Int) {
        let gmfWidth = model.gmfDimension
        let mlpWidth = model.mlpDimension
        for sample in 0..<count {
            let user = Int(batchUsers[sample])
            let item = Int(batchItems[sample])
            if !userTouched[user] {
                userTouched[user] = true
                touchedUsers.append(Int32(user))
            }
            if !itemTouched[item] {
                itemTouched[item] = true
                touchedItems.append(Int32(item))
            }
        }
        workspace.userGMFGradient.withUnsafeBufferPointer { userGMF in
            workspace.itemGMFGradient.withUnsafeBufferPointer { itemGMF in
                workspace.towerInputGradient.withUnsafeBufferPointer { towerInput in
                    userGMFGradient.withUnsafeMutableBufferPointer { userGMFTable in
                        itemGMFGradient.withUnsafeMutableBufferPointer { itemGMFTable in
                            userMLPGradient.withUnsafeMutableBufferPointer { userMLPTable in
                                itemMLPGradient.withUnsafeMutableBufferPointer { itemMLPTable in
                                    for sample in 0..<count {
                                        let user = Int(batchUsers[sample])
                                        let item = Int(batchItems[sample])
                                        let gmf = sample * gmfWidth
                                        let mlp = sample * 2 * mlpWidth
                                        VectorKernels.addScaled(
                                            userGMF.baseAddress! + gmf, scale: 1,
                                            to: userGMFTable.baseAddress! + user * gmfWidth, count: gmfWidth)
                                        VectorKernels.addScaled(
                                            itemGMF.baseAddress! + gmf, scale: 1,
                                            to: itemGMFTable.baseAddress! + item * gmfWidth, count: gmfWidth)
                                        VectorKernels.addScaled(
                                            towerInput.baseAddress! + mlp, scale: 1,
                                            to: userMLPTable.baseAddress! + user * mlpWidth, count: mlpWidth)
                                        VectorKernels.addScaled(
                                            towerInput.baseAddress! + mlp + mlpWidth, scale: 1,
                                            to: itemMLPTable.baseAddress! + item * mlpWidth, count: mlpWidth)
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    /// Takes the lazy Adam steps on the touched rows, then clears their gradients and marks.
    private mutating func updateTables() {
        let gmfWidth = model.gmfDimension
        let mlpWidth = model.mlpDimension
        Self.step(&userGMFOptimizer, rows: touchedUsers, width: gmfWidth, &model.userGMF, &userGMFGradient)
        Self.step(&itemGMFOptimizer, rows: touchedItems, width: gmfWidth, &model.itemGMF, &itemGMFGradient)
        Self.step(&userMLPOptimizer, rows: touchedUsers, width: mlpWidth, &model.userMLP, &userMLPGradient)
        Self.step(&itemMLPOptimizer, rows: touchedItems, width: mlpWidth, &model.itemMLP, &itemMLPGradient)
        for user in touchedUsers { userTouched[Int(user)] = false }
        for item in touchedItems { itemTouched[Int(item)] = false }
        touchedUsers.removeAll(keepingCapacity: true)
        touchedItems.removeAll(keepingCapacity: true)
    }

    /// One row-wise optimiser step on a table, then zeroes the used gradient rows.
    private static func step(
        _ optimizer: inout Adam, rows: [Int32], width: Int, _ parameters: inout [Float], _ gradients: inout [Float]
    ) {
        rows.withUnsafeBufferPointer { rows in
            gradients.withUnsafeMutableBufferPointer { gradients in
                parameters.withUnsafeMutableBufferPointer { parameters in
                    optimizer.update(
                        rows: rows, width: width, parameters: parameters, gradients: UnsafeBufferPointer(gradients))
                }
                for row in rows {
                    (gradients.baseAddress! + Int(row) * width).update(repeating: 0, count: width)
                }
            }
        }
    }
}
