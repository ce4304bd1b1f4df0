extension ExplicitMatrixFactorization {
    /// The settings of explicit matrix factorisation.
    ///
    /// Keys (besides the shared ``TrainingConfiguration`` keys under `training`):
    /// - `training`: defaults `factors` 64, `epochs` 30, `learningRate` 0.01 (the step on the
    ///   squared error with its factor 2, so 0.02 in the convention that drops it),
    ///   `regularization` 0.08, `initialStandardDeviation` 0.1, `seed` 0, `threads` 1 — test RMSE
    ///   ≈ 0.86 on an 80/20 split of MovieLens latest-small.
    /// - `usesBiases` (bool, default true): predict `μ + b_i + c_j + u_iᵀv_j` instead of `u_iᵀv_j`.
    /// - `clipsPredictions` (bool, default true): clip predicted ratings to the training data's
    ///   rating range (training itself uses unclipped predictions).
    public struct Configuration: Sendable, Equatable, Codable {
        /// The shared settings.
        public var training: TrainingConfiguration
        /// Whether predictions include the global mean and user and item biases.
        public var usesBiases: Bool
        /// Whether predictions are clipped to the training rating range.
        public var clipsPredictions: Bool

        /// Creates a configuration; every argument has the default listed on the type.
        public init(
            training: TrainingConfiguration = TrainingConfiguration(
                epochs: 30, learningRate: 0.01, regularization: 0.08),
            usesBiases: Bool = true,
            clipsPredictions: Bool = true
        ) {
            self.training = training
            self.usesBiases = usesBiases
            self.clipsPredictions = clipsPredictions
        }
    }
}
