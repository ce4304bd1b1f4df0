import RecShieldCore

/// Trains a ``ProfileGAN`` on real user profiles with mini-batches and Adam, alternating
/// discriminator and generator steps.
///
/// Each epoch shuffles the real profiles and walks through them in mini-batches of `batchSize`.
/// Every batch gives one discriminator step: a fresh batch of as many generated profiles, the
/// loss of ``GANObjective`` (plus ``GANGradientPenalty`` on random interpolates under WGAN-GP),
/// one Adam step on the discriminator. After every `discriminatorSteps` discriminator steps (the
/// count carries over between epochs) the generator takes one Adam step on `batchSize` fresh
/// profiles, back-propagating its loss through the discriminator without changing it:
/// ```
/// repeat per batch:  θ_D ← Adam(∇_θD L_D)
///                    every n_D batches:  θ_G ← Adam(∇_θG L_G)
/// ```
/// After each epoch the trainer draws ``GANConfiguration/diagnosticSampleSize`` generated
/// profiles, post-processes them (no targets, top-score fillers) and compares them with the real
/// ones (``GANStealthReport``); the result goes into the epoch's ``GANEpochReport``.
///
/// Every random choice is seeded: initialisation draws from `Xoshiro256StarStar(seed:stream: 0)`,
/// epoch `e` (1-based) from stream `e`, its diagnostics from stream `2³² + e`, so diagnostics
/// never change the training trajectory and the same data and configuration give the same
/// networks and reports. Training runs on one thread.
///
/// References:
/// - Goodfellow et al., "Generative adversarial nets", NeurIPS 2014, Algorithm 1.
/// - Gulrajani et al., "Improved training of Wasserstein GANs", NeurIPS 2017, Algorithm 1.
public struct ProfileGANTrainer: Sendable {
    /// The networks being trained.
    public internal(set) var gan: ProfileGAN
    /// The settings; `epochs` bounds ``train(onEpoch:)``.
    public let configuration: GANConfiguration
    /// The real profiles.
    public let profiles: GANProfileMatrix
    /// The number of epochs run so far.
    public internal(set) var completedEpochs = 0
    /// The report of every epoch run so far.
    public internal(set) var reports: [GANEpochReport] = []

    var generatorOptimizer: Adam
    var discriminatorOptimizer: Adam
    var generatorWorkspace: MLP.Workspace
    var realWorkspace: MLP.Workspace
    var fakeWorkspace: MLP.Workspace
    var penaltyWorkspace: GANGradientPenalty.Workspace?
    /// Real profiles, then interpolates, `batchSize × items`.
    var realBatch: [Float]
    /// Generated profiles, `batchSize × items`.
    var fakeBatch: [Float]
    /// `∂L_G/∂x′`, `batchSize × items`.
    var inputGradient: [Float]
    /// Discriminator steps since the last generator step.
    var discriminatorStepsPending = 0
    /// The real side of the stealth comparison.
    let diagnostics: GANDiagnostics

    /// Creates a trainer with freshly initialised networks for the real profiles of `data`.
    /// - Parameters:
    ///   - data: the real interactions (rated or implicit).
    ///   - configuration: network shapes and training settings.
    /// - Throws: ``GANError`` when a setting is out of range or the data has no interaction.
    public init(data: InteractionDataset, configuration: GANConfiguration = GANConfiguration()) throws {
        try configuration.validate()
        try self.init(profiles: GANProfileMatrix(data), configuration: configuration)
    }

    /// Creates a trainer with freshly initialised networks for prepared real profiles.
    /// - Throws: ``GANError/invalidSetting(name:value:requirement:)`` when a setting is out of range.
    public init(profiles: GANProfileMatrix, configuration: GANConfiguration = GANConfiguration()) throws {
        try configuration.validate()
        var rng = Xoshiro256StarStar(seed: configuration.seed, stream: 0)
        let gan = ProfileGAN(itemCount: profiles.itemCount, configuration: configuration, using: &rng)
        self.gan = gan
        self.configuration = configuration
        self.profiles = profiles
        func adam(_ count: Int, _ rate: Float) -> Adam {
            Adam(parameterCount: count, learningRate: rate, beta1: configuration.beta1, beta2: configuration.beta2)
        }
        generatorOptimizer = adam(gan.generator.parameterCount, configuration.generatorLearningRate)
        discriminatorOptimizer = adam(gan.discriminator.parameterCount, configuration.discriminatorLearningRate)
        let batch = configuration.batchSize
        generatorWorkspace = MLP.Workspace(for: gan.generator, batchCapacity: batch)
        realWorkspace = MLP.Workspace(for: gan.discriminator, batchCapacity: batch)
        fakeWorkspace = MLP.Workspace(for: gan.discriminator, batchCapacity: batch)
        if configuration.loss.gradientPenaltyWeight != nil {
            penaltyWorkspace = GANGradientPenalty.Workspace(for: gan.discriminator, batchCapacity: batch)
        }
        realBatch = [Float](repeating: 0, count: batch * profiles.itemCount)
        fakeBatch = realBatch
        inputGradient = realBatch
        diagnostics = try GANDiagnostics(profiles: profiles, sampleSize: configuration.diagnosticSampleSize, using: &rng)
    }

    /// Runs epochs until `configuration.epochs` have completed or `onEpoch` returns `false`.
    /// - Parameter onEpoch: called with each epoch's report; return `false` to stop early.
    /// - Returns: the configuration and every epoch's report so far.
    @discardableResult
    public mutating func train(onEpoch: (GANEpochReport) -> Bool = { _ in true }) -> GANTrainingResult {
        while completedEpochs < configuration.epochs {
            if !onEpoch(trainEpoch()) { break }
        }
        return result
    }

    /// The configuration, data size, real-sample baseline and every epoch's report so far.
    public var result: GANTrainingResult {
        GANTrainingResult(
            configuration: configuration, realProfileCount: profiles.rowCount, itemCount: profiles.itemCount,
            realBaseline: realBaseline, epochs: reports)
    }

    /// The stealth report of a sample of *real* profiles, as large as the generated sample of each
    /// epoch, against the real profiles: the distances that sampling noise alone produces. A
    /// generated sample at about these distances is as close to the real profiles as real users
    /// are to each other.
    public var realBaseline: GANStealthReport { diagnostics.baseline }

    /// Runs one epoch: one discriminator step per mini-batch of real profiles, generator steps at
    /// the configured ratio, then the stealth diagnostics.
    /// - Returns: the epoch's report (also appended to ``reports``).
    /// - Complexity: O(real profiles · network size) for the steps, plus the diagnostics'
    ///   O(sample² · profile length).
    @discardableResult
    public mutating func trainEpoch() -> GANEpochReport {
        completedEpochs += 1
        let epoch = UInt64(completedEpochs)
        var rng = Xoshiro256StarStar(seed: configuration.seed, stream: epoch)
        var order = Array(0..<profiles.rowCount)
        order.fisherYatesShuffle(using: &rng)
        var tally = GANEpochTally()
        var start = 0
        while start < order.count {
            let end = min(start + configuration.batchSize, order.count)
            discriminatorStep(rows: order[start..<end], using: &rng, tally: &tally)
            discriminatorStepsPending += 1
            if discriminatorStepsPending >= configuration.resolvedDiscriminatorSteps {
                generatorStep(using: &rng, tally: &tally)
                discriminatorStepsPending = 0
            }
            start = end
        }
        var diagnosticsRNG = Xoshiro256StarStar(seed: configuration.seed, stream: (1 << 32) + epoch)
        let stealth = diagnostics.report(for: gan, using: &diagnosticsRNG)
        let report = tally.report(epoch: completedEpochs, isWasserstein: penaltyWorkspace != nil, stealth: stealth)
        reports.append(report)
        return report
    }
}
