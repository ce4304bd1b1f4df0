extension NeuMF {
    /// Reusable buffers for NeuMF's batch forward and backward passes: the gathered tower inputs,
    /// the fused features, the towers' own workspaces and the per-sample embedding gradients.
    ///
    /// One per model and thread, sized for the largest batch (it grows when needed); the training
    /// loop allocates nothing per step.
    struct Workspace: Sendable {
        /// `batch × gmfDimension`: `p_u ⊙ q_i` per sample.
        var gmf: [Float] = []
        /// `batch × 2·mlpDimension`: `[p′_u; q′_i]` per sample.
        var towerInput: [Float] = []
        /// `batch × (gmfDimension + tower output)`: `[φ_GMF; φ_MLP]` per sample.
        var fused: [Float] = []
        /// `∂L/∂logit` per sample.
        var logitGradient: [Float] = []
        /// `∂L/∂fused`, same shape as ``fused``.
        var fusedGradient: [Float] = []
        /// `∂L/∂φ_MLP`, `batch × tower output`.
        var towerOutputGradient: [Float] = []
        /// `∂L/∂towerInput`, same shape as ``towerInput``.
        var towerInputGradient: [Float] = []
        /// Per-sample `∂L/∂p_u`, `batch × gmfDimension`.
        var userGMFGradient: [Float] = []
        /// Per-sample `∂L/∂q_i`, `batch × gmfDimension`.
        var itemGMFGradient: [Float] = []
        /// The MLP tower's intermediate values.
        var tower: MLP.Workspace
        /// The fusion layer's intermediate values; its output holds the logits.
        var prediction: MLP.Workspace
        /// The batch size the buffers are laid out for.
        private(set) var capacity = 0
        /// The number of samples of the last forward pass.
        private(set) var batchSize = 0

        /// Creates buffers for batches of up to `batchCapacity` samples of `model`.
        init(for model: NeuMF, batchCapacity: Int) {
            tower = MLP.Workspace(for: model.tower, batchCapacity: batchCapacity)
            prediction = MLP.Workspace(for: model.prediction, batchCapacity: batchCapacity)
            reserve(for: model, batchSize: max(1, batchCapacity))
        }

        /// Sizes the buffers for `batchSize` samples (growing only) and records the batch size.
        mutating func reserve(for model: NeuMF, batchSize: Int) {
            self.batchSize = batchSize
            guard batchSize > capacity else { return }
            capacity = batchSize
            let gmfWidth = model.gmfDimension
            let towerWidth = 2 * model.mlpDimension
            let fusedWidth = model.prediction.inputCount
            let towerOutput = model.tower.outputCount
            gmf = [Float](repeating: 0, count: batchSize * gmfWidth)
            towerInput = [Float](repeating: 0, count: batchSize * towerWidth)
            fused = [Float](repeating: 0, count: batchSize * fusedWidth)
            logitGradient = [Float](repeating: 0, count: batchSize)
            fusedGradient = [Float](repeating: 0, count: batchSize * fusedWidth)
            towerOutputGradient = [Float](repeating: 0, count: batchSize * towerOutput)
            towerInputGradient = [Float](repeating: 0, count: batchSize * towerWidth)
            userGMFGradient = [Float](repeating: 0, count: batchSize * gmfWidth)
            itemGMFGradient = [Float](repeating: 0, count: batchSize * gmfWidth)
        }
    }
}
