/// The settings every stochastic-gradient model shares.
///
/// Keys (each model's configuration documents its own defaults for the rates, because the best
/// step size depends on the loss):
/// - `factors` (int, default 64): the latent dimension `d` of user and item vectors.
/// - `epochs` (int, default 20): the most passes over the data; early stopping may end sooner.
///   One epoch draws as many samples as the training data has interactions.
/// - `learningRate` (float, default 0.01): the step size `α` of `θ ← θ − α ∂ℓ/∂θ`.
/// - `regularization` (float, default 0.01): the L2 weight `λ` in the loss.
/// - `initialStandardDeviation` (float, default 0.1): factors start as draws from `N(0, σ²)`.
/// - `seed` (int, default 0): seeds initialisation and sampling; the same seed and `threads = 1`
///   give bit-identical models.
/// - `threads` (int, default 1): worker threads. With more than one, epochs run Hogwild-style —
///   lock-free updates of shared factors — which is faster on large data but no longer
///   reproducible bit for bit. ``ParallelLoop/availableThreads`` is "all cores".
public struct TrainingConfiguration: Sendable, Equatable, Codable {
    /// The latent dimension `d`.
    public var factors: Int
    /// The most epochs to run.
    public var epochs: Int
    /// The SGD step size `α`.
    public var learningRate: Float
    /// The L2 regularisation weight `λ`.
    public var regularization: Float
    /// The standard deviation of the Gaussian initialisation of the factors.
    public var initialStandardDeviation: Float
    /// The seed of every random choice.
    public var seed: UInt64
    /// The number of worker threads (1 = deterministic).
    public var threads: Int

    /// Creates a configuration; every argument has the default listed on the type.
    public init(
        factors: Int = 64, epochs: Int = 20, learningRate: Float = 0.01, regularization: Float = 0.01,
        initialStandardDeviation: Float = 0.1, seed: UInt64 = 0, threads: Int = 1
    ) {
        self.factors = factors
        self.epochs = epochs
        self.learningRate = learningRate
        self.regularization = regularization
        self.initialStandardDeviation = initialStandardDeviation
        self.seed = seed
        self.threads = threads
    }

    /// Checks every value against its accepted range.
    /// - Throws: ``ModelError/invalidParameter(name:value:expected:)`` naming the first bad key.
    public func validate() throws {
        func check(_ ok: Bool, _ name: String, _ value: Any, _ expected: String) throws {
            if !ok { throw ModelError.invalidParameter(name: name, value: "\(value)", expected: expected) }
        }
        try check(factors > 0, "factors", factors, "a positive integer")
        try check(epochs >= 0, "epochs", epochs, "zero or a positive integer")
        try check(learningRate.isFinite && learningRate > 0, "learning rate", learningRate, "a positive number")
        try check(
            regularization.isFinite && regularization >= 0, "regularization", regularization,
            "zero or a positive number")
        try check(
            initialStandardDeviation.isFinite && initialStandardDeviation >= 0, "initial standard deviation",
            initialStandardDeviation, "zero or a positive number")
        try check(threads > 0, "threads", threads, "a positive integer")
    }

    /// The starting factors of a matrix-factorisation model: `N(0, σ²)` draws, σ =
    /// ``initialStandardDeviation``, from one `Xoshiro256StarStar(seed:)` — all user rows, then
    /// all item rows.
    func initialFactors(userCount: Int, itemCount: Int) -> (users: FactorMatrix, items: FactorMatrix) {
        var generator = Xoshiro256StarStar(seed: seed)
        let users = FactorMatrix(
            rowCount: userCount, columnCount: factors, standardDeviation: initialStandardDeviation, using: &generator)
        let items = FactorMatrix(
            rowCount: itemCount, columnCount: factors, standardDeviation: initialStandardDeviation, using: &generator)
        return (users, items)
    }
}
