extension NeuMF {
    /// The shape and training settings of a ``NeuMF`` model.
    ///
    /// - `gmfDimension` (int, default 16): length of the GMF user and item embeddings, i.e. the
    ///   GMF tower's predictive factors.
    /// - `mlpDimension` (int, default 32): length of each MLP-tower embedding; the tower's input is
    ///   the concatenation, `2 · mlpDimension` wide.
    /// - `hiddenLayers` (list of int, default `[64, 32, 16]`): the ReLU layer widths of the MLP
    ///   tower; the last is its predictive factors.
    /// - `negativesPerPositive` (int, default 4): sampled unobserved items per observed one, each
    ///   epoch afresh (the paper's ratio).
    /// - `epochs` (int, default 20): passes over the positives.
    /// - `batchSize` (int, default 256): samples per Adam step.
    /// - `learningRate` (float, default 0.001): Adam's `α`.
    /// - `beta1`, `beta2`, `epsilon` (floats, defaults 0.9, 0.999, 1e-8): Adam's other settings.
    /// - `embeddingDeviation` (float, default 0.01): standard deviation of the normal draw of every
    ///   embedding (dense layers use He/Xavier initialisation).
    /// - `seed` (int, default 0): seeds initialisation, negative sampling and shuffling.
    ///
    /// There is no L2 penalty: like the paper (whose released settings use none), NeuMF relies on
    /// negative sampling and a limited number of epochs; watch a validation metric to stop early.
    public struct Configuration: Sendable, Equatable, Hashable, Codable {
        /// Length of the GMF embeddings.
        public var gmfDimension: Int = 16
        /// Length of each MLP-tower embedding.
        public var mlpDimension: Int = 32
        /// ReLU layer widths of the MLP tower.
        public var hiddenLayers: [Int] = [64, 32, 16]
        /// Sampled negatives per positive in each epoch.
        public var negativesPerPositive: Int = 4
        /// Number of training epochs.
        public var epochs: Int = 20
        /// Samples per mini-batch.
        public var batchSize: Int = 256
        /// Adam step size.
        public var learningRate: Float = 0.001
        /// Adam first-moment decay.
        public var beta1: Float = 0.9
        /// Adam second-moment decay.
        public var beta2: Float = 0.999
        /// Adam denominator offset.
        public var epsilon: Float = 1e-8
        /// Standard deviation of the initial embeddings.
        public var embeddingDeviation: Float = 0.01
        /// Seed of every random choice.
        public var seed: UInt64 = 0

        /// The defaults listed above.
        public init() {}

        /// Checks every setting.
        /// - Throws: ``NeuMF/ConfigurationError/invalidSetting(name:value:requirement:)`` naming the
        ///   first setting out of range.
        public func validate() throws {
            func require(_ condition: Bool, _ name: String, _ value: String, _ requirement: String) throws {
                if !condition { throw ConfigurationError.invalidSetting(name: name, value: value, requirement: requirement) }
            }
            try require(gmfDimension > 0, "gmf_dimension", "\(gmfDimension)", "a positive integer")
            try require(mlpDimension > 0, "mlp_dimension", "\(mlpDimension)", "a positive integer")
            try require(
                !hiddenLayers.isEmpty && hiddenLayers.allSatisfy { $0 > 0 }, "hidden_layers",
                "\(hiddenLayers)", "at least one positive width")
            try require(negativesPerPositive >= 0, "negatives_per_positive", "\(negativesPerPositive)", "0 or more")
            try require(epochs >= 0, "epochs", "\(epochs)", "0 or more")
            try require(batchSize > 0, "batch_size", "\(batchSize)", "a positive integer")
            try require(
                learningRate > 0 && learningRate.isFinite, "learning_rate", "\(learningRate)", "a positive number")
            try require((0..<1).contains(beta1), "beta1", "\(beta1)", "a number in [0, 1)")
            try require((0..<1).contains(beta2), "beta2", "\(beta2)", "a number in [0, 1)")
            try require(epsilon > 0 && epsilon.isFinite, "epsilon", "\(epsilon)", "a positive number")
            try require(
                embeddingDeviation >= 0 && embeddingDeviation.isFinite, "embedding_deviation",
                "\(embeddingDeviation)", "0 or a positive number")
        }
    }

    /// A ``Configuration`` setting out of range.
    public enum ConfigurationError: Error, CustomStringConvertible, Equatable {
        /// The setting `name` has `value`, which is not `requirement`.
        case invalidSetting(name: String, value: String, requirement: String)

        public var description: String {
            switch self {
            case .invalidSetting(let name, let value, let requirement):
                return "NeuMF setting '\(name)' is \(value); it must be \(requirement)."
            }
        }
    }
}
