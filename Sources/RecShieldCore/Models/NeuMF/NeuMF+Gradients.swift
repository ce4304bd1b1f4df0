extension NeuMF {
    /// Gradients of the summed (optionally weighted) binary cross-entropy of a list of samples,
    /// `L = Σₙ wₙ ℓ(s(uₙ, iₙ), yₙ)` with `ℓ(s, y) = softplus(s) − y·s` (see
    /// ``BinaryCrossEntropy``) and `wₙ = 1` unless weights are given.
    ///
    /// Embedding gradients are per sample (row `n` belongs to sample `n`): each is the gradient of
    /// that sample's own loss with respect to the embedding rows it used, which is what FGSM-style
    /// perturbations of embeddings need. Summing the rows of equal users (items) gives the
    /// gradient with respect to the table row.
    public struct Gradients: Sendable, Equatable {
        /// `L`, the summed loss.
        public var loss: Double
        /// `∂ℓₙ/∂p_uₙ`, `samples × gmfDimension`.
        public var userGMF: [Float]
        /// `∂ℓₙ/∂q_iₙ`, `samples × gmfDimension`.
        public var itemGMF: [Float]
        /// `∂ℓₙ/∂p′_uₙ`, `samples × mlpDimension`.
        public var userMLP: [Float]
        /// `∂ℓₙ/∂q′_iₙ`, `samples × mlpDimension`.
        public var itemMLP: [Float]
        /// `∂L/∂tower.parameters`, laid out like ``MLP/parameters``.
        public var tower: [Float]
        /// `∂L/∂prediction.parameters`, laid out like ``MLP/parameters``.
        public var prediction: [Float]
    }

    /// The loss of a list of samples and its gradients with respect to every parameter.
    /// - Parameters:
    ///   - users: the user of each sample.
    ///   - items: the item of each sample.
    ///   - labels: the label of each sample (1 observed, 0 not; values between are allowed).
    ///   - weights: the weight `wₙ` of each sample's loss (constants: they are not
    ///     differentiated), or `nil` for all ones — e.g. the reweighted loss of denoising.
    /// - Returns: the summed loss, per-sample embedding gradients and layer gradients.
    /// - Precondition: equal lengths, indices in range.
    /// - Complexity: one forward and one backward pass over the samples.
    public func gradients(users: [Int32], items: [Int32], labels: [Float], weights: [Float]? = nil) -> Gradients {
        precondition(labels.count == users.count, "labels and users differ in length")
        precondition(weights == nil || weights?.count == users.count, "weights and users differ in length")
        var model = self
        model.tower.zeroGradients()
        model.prediction.zeroGradients()
        var workspace = Workspace(for: self, batchCapacity: users.count)
        let loss = users.withUnsafeBufferPointer { users in
            items.withUnsafeBufferPointer { items in
                model.forward(users: users, items: items, workspace: &workspace)
                let loss = workspace.prediction.withOutput { logits in
                    labels.withUnsafeBufferPointer { labels in
                        workspace.logitGradient.withUnsafeMutableBufferPointer { gradient in
                            let sampleGradients = UnsafeMutableBufferPointer(rebasing: gradient[0..<logits.count])
                            guard let weights else {
                                return BinaryCrossEntropy.totalLoss(
                                    logits: logits, labels: labels, gradients: sampleGradients)
                            }
                            var total = 0.0
                            for n in 0..<logits.count {
                                total += Double(weights[n] * BinaryCrossEntropy.loss(logit: logits[n], label: labels[n]))
                                sampleGradients[n] = weights[n] * BinaryCrossEntropy.gradient(logit: logits[n], label: labels[n])
                            }
                            return total
                        }
                    }
                }
                model.backward(users: users, items: items, workspace: &workspace)
                return loss
            }
        }
        let count = users.count
        let mlpWidth = mlpDimension
        var userMLP = [Float](repeating: 0, count: count * mlpWidth)
        var itemMLP = [Float](repeating: 0, count: count * mlpWidth)
        for sample in 0..<count {
            for d in 0..<mlpWidth {
                userMLP[sample * mlpWidth + d] = workspace.towerInputGradient[sample * 2 * mlpWidth + d]
                itemMLP[sample * mlpWidth + d] = workspace.towerInputGradient[sample * 2 * mlpWidth + mlpWidth + d]
            }
        }
        return Gradients(
            loss: loss,
            userGMF: Array(workspace.userGMFGradient[0..<(count * gmfDimension)]),
            itemGMF: Array(workspace.itemGMFGradient[0..<(count * gmfDimension)]),
            userMLP: userMLP, itemMLP: itemMLP,
            tower: model.tower.gradients, prediction: model.prediction.gradients)
    }
}
