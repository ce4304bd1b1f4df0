import RecShieldCore

/// NeuMF as a target of embedding perturbations: user tables `user_gmf`, `user_mlp` and item
/// tables `item_gmf`, `item_mlp` (each row has its own budget); the towers are left alone. The
/// loss is the summed binary cross-entropy of one epoch of training samples — every positive and
/// ``negativesPerPositive`` sampled negatives (``LabelledPairs``) — and its table gradients are
/// the per-sample embedding gradients of ``NeuMF/gradients(users:items:labels:)`` summed by row:
/// ```
/// L = Σ_n softplus(s(u_n, i_n)) − y_n s(u_n, i_n)
/// ```
extension NeuMF: PerturbableRecommender {
    /// Sampled negatives per positive in the loss: 4, the ratio NeuMF trains with by default.
    public static let negativesPerPositive = 4
    /// Samples per forward/backward pass while computing the gradient (bounds the workspace).
    static let gradientBatch = 4096

    public var perturbableTables: [ParameterTable] {
        [
            ParameterTable(name: "user_gmf", role: .user, rowCount: userCount, columnCount: gmfDimension, values: userGMF),
            ParameterTable(name: "item_gmf", role: .item, rowCount: itemCount, columnCount: gmfDimension, values: itemGMF),
            ParameterTable(name: "user_mlp", role: .user, rowCount: userCount, columnCount: mlpDimension, values: userMLP),
            ParameterTable(name: "item_mlp", role: .item, rowCount: itemCount, columnCount: mlpDimension, values: itemMLP),
        ]
    }

    public func replacingTableValues(_ values: [[Float]]) -> NeuMF {
        precondition(values.count == 4, "NeuMF has four perturbable tables")
        precondition(
            values[0].count == userGMF.count && values[1].count == itemGMF.count
                && values[2].count == userMLP.count && values[3].count == itemMLP.count,
            "replacement tables do not match the model's shape")
        var copy = self
        copy.userGMF = values[0]
        copy.itemGMF = values[1]
        copy.userMLP = values[2]
        copy.itemMLP = values[3]
        return copy
    }

    public func lossSamples(from training: SparseMatrix, seed: UInt64) -> LabelledPairs {
        LabelledPairs(training: training, negativesPerPositive: Self.negativesPerPositive, seed: seed)
    }

    /// - Complexity: one forward and backward pass over the samples, in batches of 4,096.
    public func lossGradient(on samples: LabelledPairs) -> TableGradients {
        var userGMFGradient = [Float](repeating: 0, count: userGMF.count)
        var itemGMFGradient = [Float](repeating: 0, count: itemGMF.count)
        var userMLPGradient = [Float](repeating: 0, count: userMLP.count)
        var itemMLPGradient = [Float](repeating: 0, count: itemMLP.count)
        var loss = 0.0
        var start = 0
        while start < samples.count {
            let end = min(start + Self.gradientBatch, samples.count)
            let users = Array(samples.users[start..<end])
            let items = Array(samples.items[start..<end])
            let batch = gradients(users: users, items: items, labels: Array(samples.labels[start..<end]))
            loss += batch.loss
            for sample in 0..<(end - start) {
                let user = Int(users[sample])
                let item = Int(items[sample])
                for k in 0..<gmfDimension {
                    userGMFGradient[user * gmfDimension + k] += batch.userGMF[sample * gmfDimension + k]
                    itemGMFGradient[item * gmfDimension + k] += batch.itemGMF[sample * gmfDimension + k]
                }
                for k in 0..<mlpDimension {
                    userMLPGradient[user * mlpDimension + k] += batch.userMLP[sample * mlpDimension + k]
                    itemMLPGradient[item * mlpDimension + k] += batch.itemMLP[sample * mlpDimension + k]
                }
            }
            start = end
        }
        return TableGradients(loss: loss, tables: [userGMFGradient, itemGMFGradient, userMLPGradient, itemMLPGradient])
    }
}
