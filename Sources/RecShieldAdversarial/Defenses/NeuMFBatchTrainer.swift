import RecShieldCore

/// One mini-batch handed to a defense's gradient rule: its samples and where training stands.
struct NeuMFBatch {
    /// The user of each sample.
    var users: [Int32]
    /// The item of each sample.
    var items: [Int32]
    /// 1 for an observed pair, 0 for a sampled negative.
    var labels: [Float]
    /// Training progress in epochs: completed epochs plus the share of this epoch's samples
    /// before the batch (the `t` of drop-rate schedules).
    var progress: Double
}

/// Mini-batch Adam training of a ``NeuMF`` model with a replaceable gradient rule — the shared
/// loop of the NeuMF defenses (adversarial embeddings, truncated and reweighted losses).
///
/// Sampling and optimisation follow ``NeuMFTrainer``: each epoch every observed pair gets
/// `negativesPerPositive` items drawn uniformly among those its user has not interacted with (at
/// most 64 draws each), the samples are shuffled (Fisher–Yates, `Xoshiro256StarStar(seed:
/// configuration.seed, stream: epoch)` with the 1-based epoch), and each batch takes one Adam step
/// on the mean loss — dense for the layers, row-wise (lazy) on the embedding rows the batch
/// touched. The rule returns the *summed* loss and gradients of the batch (``NeuMF/Gradients``);
/// the trainer divides by the batch size. Single-threaded and deterministic.
struct NeuMFBatchTrainer {
    private(set) var model: NeuMF
    let configuration: NeuMF.Configuration
    let interactions: SparseMatrix
    private(set) var completedEpochs = 0
    private var optimizers: [Adam]
    private var tableGradients: [[Float]]
    private var touched: [[Bool]]

    /// Creates a trainer continuing from `model` with fresh optimiser state.
    /// - Throws: ``NeuMF/ConfigurationError`` for a bad setting.
    init(model: NeuMF, interactions: SparseMatrix, configuration: NeuMF.Configuration) throws {
        try configuration.validate()
        self.model = model
        self.configuration = configuration
        self.interactions = interactions
        let sizes = [
            model.userGMF.count, model.itemGMF.count, model.userMLP.count, model.itemMLP.count,
            model.tower.parameterCount, model.prediction.parameterCount,
        ]
        optimizers = sizes.map {
            Adam(
                parameterCount: $0, learningRate: configuration.learningRate, beta1: configuration.beta1,
                beta2: configuration.beta2, epsilon: configuration.epsilon)
        }
        tableGradients = sizes.prefix(4).map { [Float](repeating: 0, count: $0) }
        touched = [model.userCount, model.itemCount].map { [Bool](repeating: false, count: $0) }
    }

    /// Runs one epoch, asking `rule` for every batch's summed loss and gradients.
    /// - Returns: the epoch's mean loss per sample (0 when there is nothing to train on).
    mutating func trainEpoch(_ rule: (inout NeuMF, NeuMFBatch) -> NeuMF.Gradients) -> Double {
        completedEpochs += 1
        var rng = Xoshiro256StarStar(seed: configuration.seed, stream: UInt64(completedEpochs))
        var samples = Self.samples(from: interactions, negatives: configuration.negativesPerPositive, using: &rng)
        samples.fisherYatesShuffle(using: &rng)
        guard !samples.isEmpty else { return 0 }
        var total = 0.0
        var start = 0
        while start < samples.count {
            let batch = samples[start..<min(start + configuration.batchSize, samples.count)]
            let progress = Double(completedEpochs - 1) + Double(start) / Double(samples.count)
            let input = NeuMFBatch(
                users: batch.map(\.user), items: batch.map(\.item), labels: batch.map(\.label), progress: progress)
            let gradients = rule(&model, input)
            total += gradients.loss
            step(input, gradients)
            start += batch.count
        }
        return total / Double(samples.count)
    }

    /// One Adam step on the mean of a batch's summed gradients.
    private mutating func step(_ batch: NeuMFBatch, _ gradients: NeuMF.Gradients) {
        let scale = 1 / Float(batch.users.count)
        optimizers[4].update(&model.tower.parameters, gradients: gradients.tower.map { $0 * scale })
        optimizers[5].update(&model.prediction.parameters, gradients: gradients.prediction.map { $0 * scale })
        let perSample = [gradients.userGMF, gradients.itemGMF, gradients.userMLP, gradients.itemMLP]
        let widths = [model.gmfDimension, model.gmfDimension, model.mlpDimension, model.mlpDimension]
        for table in 0..<4 {
            let rows = table % 2 == 0 ? batch.users : batch.items
            let width = widths[table]
            var touchedRows: [Int32] = []
            for (sample, row) in rows.enumerated() {
                if !touched[table % 2][Int(row)] {
                    touched[table % 2][Int(row)] = true
                    touchedRows.append(row)
                }
                for k in 0..<width {
                    tableGradients[table][Int(row) * width + k] += scale * perSample[table][sample * width + k]
                }
            }
            Self.update(&optimizers[table], rows: touchedRows, width: width, &model, table: table, &tableGradients[table])
            for row in touchedRows { touched[table % 2][Int(row)] = false }
        }
    }

    /// A row-wise Adam step on embedding table `table` (user GMF, item GMF, user MLP, item MLP),
    /// then zeroes the used gradient rows.
    private static func update(
        _ optimizer: inout Adam, rows: [Int32], width: Int, _ model: inout NeuMF, table: Int, _ gradients: inout [Float]
    ) {
        func apply(_ parameters: inout [Float]) {
            rows.withUnsafeBufferPointer { rows in
                gradients.withUnsafeBufferPointer { gradients in
                    parameters.withUnsafeMutableBufferPointer { parameters in
                        optimizer.update(rows: rows, width: width, parameters: parameters, gradients: gradients)
                    }
                }
            }
        }
        switch table {
        case 0: apply(&model.userGMF)
        case 1: apply(&model.itemGMF)
        case 2: apply(&model.userMLP)
        default: apply(&model.itemMLP)
        }
        for row in rows {
            for k in 0..<width { gradients[Int(row) * width + k] = 0 }
        }
    }

    /// One labelled pair.
    struct Sample {
        var user: Int32
        var item: Int32
        var label: Float
    }

    /// Every observed pair (label 1), each followed by its sampled negatives (label 0).
    static func samples(
        from interactions: SparseMatrix, negatives: Int, using rng: inout Xoshiro256StarStar
    ) -> [Sample] {
        var samples: [Sample] = []
        samples.reserveCapacity(interactions.entryCount * (1 + negatives))
        for user in 0..<interactions.rowCount {
            for item in interactions.columns(ofRow: user) {
                samples.append(Sample(user: Int32(user), item: item, label: 1))
                for _ in 0..<negatives {
                    for _ in 0..<64 {
                        let candidate = rng.nextIndex(below: interactions.columnCount)
                        if !interactions.contains(row: user, column: candidate) {
                            samples.append(Sample(user: Int32(user), item: Int32(candidate), label: 0))
                            break
                        }
                    }
                }
            }
        }
        return samples
    }
}
