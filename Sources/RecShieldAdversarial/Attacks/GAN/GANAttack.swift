import RecShieldCore

/// The GAN profile-injection attack from start to finish: train a ``ProfileGAN`` on the real
/// profiles, generate fake ones, post-process them AUSH-style and name them. (``GANAttackRecipe``
/// runs it as a replayable attack artefact.)
///
/// ```swift
/// let loaded = try DatasetLoader.load("ml-latest-small")
/// var configuration = GANConfiguration(loss: .wassersteinGP())
/// configuration.epochs = 50
/// let request = GANAttackRequest(fakeUserCount: 30, targetItemIDs: ["1"], goal: .push)
/// let attack = try GANAttack.run(on: loaded.dataset, configuration: configuration, request: request)
/// let poisoned = attack.fakeProfiles.injected(into: loaded.dataset)
/// print(attack.training.finalStealth?.ratingJensenShannon ?? 0)
/// ```
/// Threat model: black box towards the recommender (only the rating data is needed), full read
/// access to the ratings, the ability to register `fake_user_count` accounts.
///
/// Fake profiles are generated from `Xoshiro256StarStar(seed: configuration.seed, stream: 2³³)`
/// after training, in batches of `batchSize`, so the same data, configuration and request give the
/// same profiles.
///
/// References:
/// - Lin, Chen, Li, Lin, Lu & Hu, "Attacking recommender systems with augmented user profiles",
///   CIKM 2020.
/// - Christakopoulou & Banerjee, "Adversarial attacks on an oblivious recommender", RecSys 2019.
public enum GANAttack {
    /// Everything the attack produced.
    public struct Result: Sendable {
        /// The named fake profiles.
        public var fakeProfiles: GANFakeProfiles
        /// The training record (configuration, per-epoch losses and stealth).
        public var training: GANTrainingResult
        /// The trained networks.
        public var gan: ProfileGAN
        /// The trained discriminator as a fake-profile detector.
        public var detector: GANFakeProfileDetector
    }

    /// Runs the attack.
    /// - Parameters:
    ///   - data: the real interactions.
    ///   - configuration: how the GAN is trained.
    ///   - request: how many profiles, which targets, which goal.
    ///   - onEpoch: called with each epoch's report; return `false` to stop training early.
    /// - Throws: ``GANError`` or ``RecShieldCore/DataError`` for bad settings, targets or data —
    ///   all checked before training starts.
    public static func run(
        on data: InteractionDataset, configuration: GANConfiguration, request: GANAttackRequest,
        onEpoch: (GANEpochReport) -> Bool = { _ in true }
    ) throws -> Result {
        let targets = try request.targetIndices(in: data)
        var trainer = try ProfileGANTrainer(data: data, configuration: configuration)
        let postProcessor = try GANProfilePostProcessor(
            encoding: trainer.profiles.encoding, itemCount: trainer.profiles.itemCount,
            profileLengths: request.profileLengths(real: trainer.profiles.profileLengths, targetCount: targets.count),
            targets: targets, goal: request.goal, fillerSelection: request.fillerSelection,
            ratingMapping: request.ratingMapping)
        let training = trainer.train(onEpoch: onEpoch)
        var rng = Xoshiro256StarStar(seed: configuration.seed, stream: 1 << 33)
        var profiles: [GANProfile] = []
        while profiles.count < request.fakeUserCount {
            let count = min(configuration.batchSize, request.fakeUserCount - profiles.count)
            let vectors = trainer.gan.generate(count: count, using: &rng)
            profiles += postProcessor.profiles(from: vectors, count: count, using: &rng)
        }
        let fakeProfiles = try GANFakeProfiles(
            profiles: profiles, itemIDs: data.itemIDs, realUserIDs: data.userIDs, prefix: request.userIDPrefix)
        return Result(
            fakeProfiles: fakeProfiles, training: training, gan: trainer.gan,
            detector: trainer.detector(itemIDs: data.itemIDs))
    }
}
