extension VBPR {
    /// The shape and training settings of a ``VBPR`` model.
    ///
    /// - `factors` (int, default 32): `K`, the length of the collaborative factors `γ_u, γ_i`.
    /// - `contentFactors` (int, default 32): `K′`, the length of the content factors `θ_u` and
    ///   of the projected features `E f_i`.
    /// - `epochs` (int, default 50): passes over the observed pairs.
    /// - `learningRate` (float, default 0.05): the SGD step size `α`.
    /// - `regularization` (float, default 0.01): `λ_Θ`, the L2 weight on `γ_u`, `γ_i` and `θ_u`
    ///   (applied to the rows a sample touches).
    /// - `biasRegularization` (float, default 0.01): `λ_β`, the L2 weight on the item biases.
    /// - `contentRegularization` (float, default 0.0001): `λ_E`, the L2 weight on `E` and `β′`.
    ///   These are shared by every sample, so their penalty is applied at every step; keep it
    ///   small.
    /// - `initialDeviation` (float, default 0.1): standard deviation of the normal draw of
    ///   `γ_u`, `γ_i`, `θ_u` and `E` (biases start at zero).
    /// - `seed` (int, default 0): seeds initialisation, sampling and shuffling.
    ///
    /// The paper tunes `λ_Θ` per data set and leaves `E` nearly unregularised; the defaults here
    /// were chosen on a validation split of MovieLens latest-small with 64-dimensional text
    /// features (features of about unit norm; rescale features of a very different scale).
    public struct Configuration: Sendable, Equatable, Hashable, Codable {
        /// Length of the collaborative factors.
        public var factors: Int = 32
        /// Length of the content factors.
        public var contentFactors: Int = 32
        /// Number of training epochs.
        public var epochs: Int = 50
        /// SGD step size.
        public var learningRate: Float = 0.05
        /// L2 weight on the user and item factors.
        public var regularization: Float = 0.01
        /// L2 weight on the item biases.
        public var biasRegularization: Float = 0.01
        /// L2 weight on the projection and the feature biases.
        public var contentRegularization: Float = 0.0001
        /// Standard deviation of the initial factors and projection.
        public var initialDeviation: Float = 0.1
        /// Seed of every random choice.
        public var seed: UInt64 = 0

        /// The defaults listed above.
        public init() {}

        /// Checks every setting.
        /// - Throws: ``VBPR/ConfigurationError/invalidSetting(name:value:requirement:)`` naming
        ///   the first setting out of range.
        public func validate() throws {
            func require(_ condition: Bool, _ name: String, _ value: String, _ requirement: String) throws {
                if !condition { throw ConfigurationError.invalidSetting(name: name, value: value, requirement: requirement) }
            }
            func nonNegative(_ value: Float, _ name: String) throws {
                try require(value >= 0 && value.isFinite, name, "\(value)", "0 or a positive number")
            }
            try require(factors > 0, "factors", "\(factors)", "a positive integer")
            try require(contentFactors > 0, "content_factors", "\(contentFactors)", "a positive integer")
            try require(epochs >= 0, "epochs", "\(epochs)", "0 or more")
            try require(
                learningRate > 0 && learningRate.isFinite, "learning_rate", "\(learningRate)", "a positive number")
            try nonNegative(regularization, "regularization")
            try nonNegative(biasRegularization, "bias_regularization")
            try nonNegative(contentRegularization, "content_regularization")
            try nonNegative(initialDeviation, "initial_deviation")
        }
    }

    /// A ``Configuration`` setting out of range, or features that cannot be used.
    public enum ConfigurationError: Error, CustomStringConvertible, Equatable {
        /// The setting `name` has `value`, which is not `requirement`.
        case invalidSetting(name: String, value: String, requirement: String)

        public var description: String {
            switch self {
            case .invalidSetting(let name, let value, let requirement):
                return "VBPR setting '\(name)' is \(value); it must be \(requirement)."
            }
        }
    }
}
