import RecShieldAdversarial
import RecShieldCore

extension StudyCellExecutor {
    /// WGAN-GP epochs of a discriminator detector trained for a cell whose attack is not a GAN
    /// (a GAN attack's own critic, also trained on the clean training data, is reused).
    static let discriminatorEpochs = 60

    /// Runs `detector` (made from `spec`) on the poisoned data and scores it against the
    /// injected fake users.
    /// - Returns: the detector's flags and its quality record.
    /// - Throws: the detector's errors.
    static func detect(
        _ detector: any FakeProfileDetector, spec: DetectorSpec, injected: InjectedProfiles, threads: Int
    ) throws -> (result: DetectionResult, record: DetectionRecord) {
        let decision: DetectionDecision
        switch spec.decision {
        case .injectedCount: decision = .topN(injected.fakeUserCount)
        case let .topN(count): decision = .topN(count)
        case let .threshold(value): decision = .scoreThreshold(value)
        }
        let result = try detector.detect(in: injected.poisoned, decision: decision, threads: threads)
        let quality = try DetectionQuality(result, labels: injected.labels)
        let record = DetectionRecord(
            detector: spec.name, precision: quality.precision, recall: quality.recall, f1: quality.f1, auc: quality.rocAUC)
        return (result, record)
    }

    /// The detector `spec` describes, trained when it learns.
    /// - Parameters:
    ///   - clean: the clean training data (supervised detectors learn from attacks on it, the
    ///     discriminator's GAN is trained on it).
    ///   - format: the data's format, recorded in generated training artefacts.
    ///   - seed: the seed of the detector's own random choices.
    /// - Throws: the detectors' training errors (e.g. too few profiles to learn from).
    static func makeDetector(
        _ spec: DetectorSpec, injected: InjectedProfiles, clean: InteractionDataset, format: DataFormat, seed: UInt64,
        threads: Int
    ) throws -> any FakeProfileDetector {
        switch spec.kind {
        case .robust:
            return RobustScoreDetector(name: spec.name)
        case .pca:
            return PCAVarSelectDetector(seed: seed)
        case .supervised, .mlp:
            let kind: ProfileClassifier.Kind = spec.kind == .mlp
                ? .mlp(MLPProfileClassifier.Configuration(seed: seed))
                : .logisticRegression(LogisticRegression.Configuration())
            let artefacts = try LeakFreeProtocol(seed: seed).trainingArtefacts(
                clean: clean, format: format, avoiding: injected.shilling)
            return try SupervisedDetector.train(kind, on: artefacts.map(LabelledProfiles.init), seed: seed, threads: threads)
        case .discriminator:
            let critic: GANFakeProfileDetector
            if let attackCritic = injected.critic {
                critic = attackCritic
            } else {
                var configuration = GANConfiguration(loss: .wassersteinGP())
                configuration.epochs = discriminatorEpochs
                configuration.seed = seed
                var trainer = try ProfileGANTrainer(data: clean, configuration: configuration)
                _ = trainer.train()
                critic = trainer.detector(itemIDs: clean.itemIDs)
            }
            return ScoringFunctionDetector.fromRealProbability(name: spec.name) { critic.probabilitiesReal(for: $0) }
        }
    }
}
