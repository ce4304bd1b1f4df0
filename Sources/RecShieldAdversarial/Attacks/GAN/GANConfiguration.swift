/// The network shapes and training settings of a ``ProfileGANTrainer``.
///
/// Keys (snake_case when encoded):
/// - `noise_dimension` (int, default 64): length of the generator's input `z ~ N(0, I)`.
/// - `generator_hidden_layers` (list of int, default `[128, 256]`): hidden widths of the generator
///   `z → … → items`; its output layer is a sigmoid over all items.
/// - `discriminator_hidden_layers` (list of int, default `[256, 64]`): hidden widths of the
///   discriminator `items → … → 1`; its output is a logit (identity activation).
/// - `generator_slope` (float, default 0): negative-side slope of the generator's hidden leaky
///   ReLUs; 0 gives plain ReLU.
/// - `discriminator_slope` (float, default 0.2): negative-side slope of the discriminator's
///   hidden leaky ReLUs.
/// - `loss` (default `{"kind": "standard"}`): the objective, see ``GANLoss``.
/// - `epochs` (int, default 100): passes of the discriminator over the real profiles.
/// - `batch_size` (int, default 64): real profiles per discriminator step, and generated profiles
///   per discriminator and generator step.
/// - `generator_learning_rate`, `discriminator_learning_rate` (floats, default 0.0001 for the
///   standard loss, 0.001 for WGAN-GP): Adam's `α` for each network. The WGAN-GP paper's 0.0001
///   assumes 10⁵ generator steps; an epoch over a MovieLens-sized data set gives only a couple, and
///   on ml-latest-small and the synthetic data 0.001 reached far better stealth in 100 epochs while
///   the standard game became unstable at that rate (Benchmarks/README.md, "GAN profile attack").
/// - `beta1`, `beta2` (floats, defaults 0.5 and 0.9): Adam's moment decays for both networks, the
///   WGAN-GP paper's `β₂` with the DCGAN `β₁` (set `beta1` to 0 for the WGAN-GP paper exactly).
/// - `discriminator_steps` (int or null, default null): discriminator steps per generator step;
///   null means the loss's ``GANLoss/defaultDiscriminatorSteps`` (1 standard, 5 WGAN-GP).
/// - `diagnostic_sample_size` (int, default 128): generated and real profiles compared by the
///   per-epoch stealth diagnostics (see ``GANStealthReport``).
/// - `seed` (int, default 0): seeds initialisation, noise, batching and diagnostics.
public struct GANConfiguration: Sendable, Equatable, Hashable {
    /// Length of the noise vector `z`.
    public var noiseDimension: Int = 64
    /// Hidden widths of the generator.
    public var generatorHiddenLayers: [Int] = [128, 256]
    /// Hidden widths of the discriminator.
    public var discriminatorHiddenLayers: [Int] = [256, 64]
    /// Negative-side slope of the generator's hidden activations (0 = ReLU).
    public var generatorSlope: Float = 0
    /// Negative-side slope of the discriminator's hidden leaky ReLUs.
    public var discriminatorSlope: Float = 0.2
    /// The adversarial objective.
    public var loss: GANLoss = .standard
    /// Passes of the discriminator over the real profiles.
    public var epochs: Int = 100
    /// Profiles per mini-batch.
    public var batchSize: Int = 64
    /// Adam step size of the generator.
    public var generatorLearningRate: Float = 1e-4
    /// Adam step size of the discriminator.
    public var discriminatorLearningRate: Float = 1e-4
    /// Adam first-moment decay of both networks.
    public var beta1: Float = 0.5
    /// Adam second-moment decay of both networks.
    public var beta2: Float = 0.9
    /// Discriminator steps per generator step; `nil` takes the loss's default.
    public var discriminatorSteps: Int?
    /// Profiles compared by the per-epoch stealth diagnostics.
    public var diagnosticSampleSize: Int = 128
    /// Seed of every random choice.
    public var seed: UInt64 = 0

    /// The defaults listed above.
    public init() {}

    /// The defaults for another loss (learning rates 0.001 under WGAN-GP).
    public init(loss: GANLoss) {
        self.loss = loss
        if loss.gradientPenaltyWeight != nil {
            generatorLearningRate = 1e-3
            discriminatorLearningRate = 1e-3
        }
    }

    /// Discriminator steps per generator step after applying the loss's default.
    public var resolvedDiscriminatorSteps: Int {
        discriminatorSteps ?? loss.defaultDiscriminatorSteps
    }

    /// Checks every setting.
    /// - Throws: ``GANError/invalidSetting(name:value:requirement:)`` naming the first setting out
    ///   of range.
    /// The largest batch size, noise dimension or layer width accepted (2¹⁶).
    public static let sizeLimit = 1 << 16

    public func validate() throws {
        func require(_ condition: Bool, _ name: String, _ value: Any, _ requirement: String) throws {
            if !condition { throw GANError.invalidSetting(name: name, value: "\(value)", requirement: requirement) }
        }
        func positiveRate(_ rate: Float) -> Bool { rate > 0 && rate.isFinite }
        func slope(_ value: Float) -> Bool { value >= 0 && value < 1 }
        // Workspaces hold batch × width floats, so sizes are bounded before anything is allocated.
        let limit = Self.sizeLimit
        try require((1...limit).contains(noiseDimension), "noise_dimension", noiseDimension, "an integer in 1…\(limit)")
        try require(
            generatorHiddenLayers.allSatisfy { (1...limit).contains($0) }, "generator_hidden_layers",
            generatorHiddenLayers, "a list of widths in 1…\(limit) (may be empty)")
        try require(
            discriminatorHiddenLayers.allSatisfy { (1...limit).contains($0) }, "discriminator_hidden_layers",
            discriminatorHiddenLayers, "a list of widths in 1…\(limit) (may be empty)")
        try require(slope(generatorSlope), "generator_slope", generatorSlope, "a number in [0, 1)")
        try require(slope(discriminatorSlope), "discriminator_slope", discriminatorSlope, "a number in [0, 1)")
        if let lambda = loss.gradientPenaltyWeight {
            try require(lambda >= 0 && lambda.isFinite, "loss.lambda", lambda, "0 or a positive number")
        }
        try require(epochs >= 0, "epochs", epochs, "0 or more")
        try require((1...limit).contains(batchSize), "batch_size", batchSize, "an integer in 1…\(limit)")
        try require(
            positiveRate(generatorLearningRate), "generator_learning_rate", generatorLearningRate,
            "a positive number")
        try require(
            positiveRate(discriminatorLearningRate), "discriminator_learning_rate", discriminatorLearningRate,
            "a positive number")
        try require((0..<1).contains(beta1), "beta1", beta1, "a number in [0, 1)")
        try require((0..<1).contains(beta2), "beta2", beta2, "a number in [0, 1)")
        if let discriminatorSteps {
            try require(discriminatorSteps > 0, "discriminator_steps", discriminatorSteps, "a positive integer or null")
        }
        try require(diagnosticSampleSize >= 2, "diagnostic_sample_size", diagnosticSampleSize, "an integer ≥ 2")
    }
}
