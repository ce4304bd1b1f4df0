extension BPRMatrixFactorization {
    /// The settings of BPR-MF training.
    ///
    /// Keys (besides the shared ``TrainingConfiguration`` keys under `training`):
    /// - `training`: defaults `factors` 64, `epochs` 50, `learningRate` 0.05, `regularization`
    ///   0.001 (the `λ` of `λ‖Θ‖²`; a `reg` of 0.002 in implementations that drop the factor 2),
    ///   `initialStandardDeviation` 0.01, `seed` 0, `threads` 1 — chosen on a validation split
    ///   of MovieLens latest-small. With Adam, use a smaller learning rate (around 0.005).
    /// - `usesItemBiases` (bool, default true): learn an item bias `b_i`.
    /// - `negativeSampling` (default `uniform`): how negatives are drawn.
    /// - `optimizer` (default `sgd`): the update rule.
    public struct Configuration: Sendable, Equatable, Codable {
        /// The shared settings.
        public var training: TrainingConfiguration
        /// Whether the model learns item biases.
        public var usesItemBiases: Bool
        /// How negative items are drawn.
        public var negativeSampling: NegativeSampling
        /// The update rule.
        public var optimizer: Optimizer

        /// Creates a configuration; every argument has the default listed on the type.
        public init(
            training: TrainingConfiguration = TrainingConfiguration(
                epochs: 50, learningRate: 0.05, regularization: 0.001, initialStandardDeviation: 0.01),
            usesItemBiases: Bool = true,
            negativeSampling: NegativeSampling = .uniform,
            optimizer: Optimizer = .sgd
        ) {
            self.training = training
            self.usesItemBiases = usesItemBiases
            self.negativeSampling = negativeSampling
            self.optimizer = optimizer
        }

        /// Checks every value against its accepted range.
        /// - Throws: ``ModelError/invalidParameter(name:value:expected:)``.
        public func validate() throws {
            try training.validate()
            if case let .adam(beta1, beta2, epsilon) = optimizer {
                for (name, value) in [("Adam beta1", beta1), ("Adam beta2", beta2)] where !(value >= 0 && value < 1) {
                    throw ModelError.invalidParameter(name: name, value: "\(value)", expected: "a number in [0, 1)")
                }
                if !(epsilon > 0 && epsilon.isFinite) {
                    throw ModelError.invalidParameter(
                        name: "Adam epsilon", value: "\(epsilon)", expected: "a positive number")
                }
            }
        }
    }

    /// How BPR draws the negative item `j` of a triple `(u, i, j)`. Either way a draw the user has
    /// interacted with is rejected and drawn again.
    public enum NegativeSampling: String, Sendable, Equatable, Codable, CaseIterable {
        /// Every item equally likely (Rendle et al.).
        case uniform
        /// Items in proportion to their number of interactions — harder negatives, as popular
        /// items the user skipped are stronger evidence of dislike. Drawn by picking a random
        /// interaction and taking its item, so it costs the same as uniform sampling.
        case popularity
    }

    /// The update rule of BPR training.
    public enum Optimizer: Sendable, Equatable, Codable {
        /// Plain SGD, `θ ← θ − α ∇ℓ` (Rendle et al.).
        case sgd
        /// Adam (Kingma & Ba 2015) applied per sample to the rows a triple touches ("lazy"
        /// sparse Adam: moments of untouched rows are not decayed). `beta1` and `beta2` are the
        /// moment decay rates, `epsilon` the denominator guard. The moments live only during
        /// training and are not saved.
        /// The defaults are the paper's: `.adam()` is `β₁ = 0.9`, `β₂ = 0.999`, `ε = 10⁻⁸`.
        case adam(beta1: Float = 0.9, beta2: Float = 0.999, epsilon: Float = 1e-8)
    }
}
