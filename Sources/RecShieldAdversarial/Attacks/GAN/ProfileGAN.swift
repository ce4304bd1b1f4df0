import RecShieldCore

/// A generator of user profiles and the discriminator that judges them — the two networks of the
/// GAN profile attack.
///
/// ```
/// G: z ∈ ℝᵈ, z ~ N(0, I)  →  hidden ReLU / leaky-ReLU layers  →  σ(·) ∈ [0, 1]^items
/// D: x ∈ [0, 1]^items      →  hidden leaky-ReLU layers          →  logit s(x),  D(x) = σ(s(x))
/// ```
/// A generated vector holds one value per item: an encoded rating (see ``GANRatingEncoding``) or,
/// on implicit data, an interaction probability. ``GANProfilePostProcessor`` turns it into a
/// sparse profile on the data's rating scale. Under ``GANLoss/wassersteinGP(lambda:)`` the
/// discriminator is the critic and its logit is read as a score.
public struct ProfileGAN: Sendable, Equatable {
    /// `G`: noise to profile vector.
    public var generator: MLP
    /// `D`: profile vector to logit.
    public var discriminator: MLP

    /// Creates both networks with freshly drawn weights (He normal for the ReLU-family layers,
    /// Xavier uniform for the sigmoid and linear output layers), generator first.
    /// - Parameters:
    ///   - itemCount: the length of a profile vector.
    ///   - configuration: the widths and activation slopes (assumed validated).
    ///   - rng: the seeded source of randomness.
    public init(itemCount: Int, configuration: GANConfiguration, using rng: inout some RandomNumberGenerator) {
        precondition(itemCount > 0, "a profile needs at least one item")
        generator = MLP(
            sizes: [configuration.noiseDimension] + configuration.generatorHiddenLayers + [itemCount],
            hiddenActivation: Self.activation(slope: configuration.generatorSlope), outputActivation: .sigmoid,
            using: &rng)
        discriminator = MLP(
            sizes: [itemCount] + configuration.discriminatorHiddenLayers + [1],
            hiddenActivation: Self.activation(slope: configuration.discriminatorSlope), outputActivation: .identity,
            using: &rng)
    }

    /// Creates the pair from existing networks.
    /// - Precondition: the generator's output width is the discriminator's input width, and the
    ///   discriminator has one output.
    public init(generator: MLP, discriminator: MLP) {
        precondition(generator.outputCount == discriminator.inputCount, "generator and discriminator widths differ")
        precondition(discriminator.outputCount == 1, "the discriminator must have one output")
        self.generator = generator
        self.discriminator = discriminator
    }

    /// The length of the noise vector.
    public var noiseDimension: Int { generator.inputCount }
    /// The length of a profile vector.
    public var itemCount: Int { generator.outputCount }

    /// `count` standard-normal noise vectors, row after row.
    public func noise(count: Int, using rng: inout some RandomNumberGenerator) -> [Float] {
        (0..<(count * noiseDimension)).map { _ in Float(rng.nextGaussian()) }
    }

    /// Generates `count` raw profile vectors from fresh noise.
    /// - Returns: `count × itemCount` row-major values in `[0, 1]`.
    public func generate(count: Int, using rng: inout some RandomNumberGenerator) -> [Float] {
        generator.predict(noise(count: count, using: &rng), batchSize: count)
    }

    /// The discriminator's logits for `count` profile vectors (`count × itemCount` row-major).
    public func logits(_ profiles: [Float], count: Int) -> [Float] {
        discriminator.predict(profiles, batchSize: count)
    }

    /// The hidden activation for a leaky slope: ReLU for 0.
    static func activation(slope: Float) -> Activation {
        slope == 0 ? .relu : .leakyReLU(slope: slope)
    }
}
