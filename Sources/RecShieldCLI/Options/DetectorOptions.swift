import ArgumentParser
import RecShield

/// The detector flags shared by `recshield detect` and `recshield defend`: which detector, how it
/// flags users, and where a supervised detector's training profiles come from.
struct DetectorOptions: ParsableArguments {
    /// The detectors the command line offers.
    enum Choice: String, CaseIterable, ExpressibleByArgument {
        case pca, robust, rdma, degsim, supervised, mlp, discriminator

        var defaultValueDescription: String { rawValue }

        /// Whether the detector learns from labelled training profiles.
        var isSupervised: Bool { self == .supervised || self == .mlp }
    }

    @Option(help: ArgumentHelp(
        "pca (PCA-VarSelect, needs --top-n), robust (RDMA + DegSim + target focus, no attack size needed), "
            + "rdma, degsim (one robust feature), supervised (logistic regression), mlp, "
            + "discriminator (a GAN's discriminator trained on the base data; suspicion = 1 − P(real)).",
        valueName: "name"))
    var detector: Choice

    @Option(
        name: .customLong("train-artefacts"), parsing: .upToNextOption,
        help: ArgumentHelp(
            "Attack artefact folders (from `recshield attack`) to train supervised/mlp on, instead of generating them.",
            valueName: "dir"))
    var trainArtefacts: [String] = []

    @Option(help: ArgumentHelp("Flag the N most suspicious users.", valueName: "N"))
    var topN: Int?

    @Option(help: ArgumentHelp(
        "Flag users whose calibrated probability is at least T, in [0, 1] (supervised: P(fake); "
            + "unsupervised: the score's percentile).",
        valueName: "T"))
    var threshold: Double?

    @Option(help: "Seed of PCA-VarSelect's start, the MLP and the GAN.")
    var seed: UInt64 = 0

    @Option(help: ArgumentHelp("discriminator: GAN training epochs (WGAN-GP).", valueName: "n"))
    var ganEpochs = 60

    @Option(help: "Worker threads.")
    var threads: Int = ParallelLoop.availableThreads

    mutating func validate() throws {
        if topN != nil && threshold != nil { throw ValidationError("give either --top-n or --threshold, not both") }
        if let topN, topN < 1 { throw ValidationError("--top-n must be at least 1") }
        if let threshold, !(0...1).contains(threshold) { throw ValidationError("--threshold must lie in [0, 1]") }
        if detector == .pca && topN == nil {
            throw ValidationError("--detector pca needs --top-n N: PCA-VarSelect flags the N users with the smallest loadings")
        }
        if !trainArtefacts.isEmpty && !detector.isSupervised {
            throw ValidationError("--train-artefacts applies to --detector supervised or mlp, not \(detector.rawValue)")
        }
        if threads < 1 { throw ValidationError("--threads must be at least 1") }
        if ganEpochs < 1 { throw ValidationError("--gan-epochs must be at least 1") }
    }

    /// The rule the flags give, or `nil` for the detector's default.
    var decision: DetectionDecision? {
        if let topN { return .topN(topN) }
        return threshold.map(DetectionDecision.probabilityThreshold)
    }

    /// The chosen detector, trained when it is supervised.
    /// - Parameters:
    ///   - base: the data training artefacts are generated from when no `--train-artefacts` are
    ///     given, and a description of it for reports.
    ///   - test: the attack being judged when known (an artefact's provenance): generated
    ///     training artefacts avoid its kind and seed, and given ones must not be it.
    /// - Throws: ``DataError`` for unreadable training artefacts or one that is the judged
    ///   artefact itself, and training errors.
    func makeDetector(base: (data: InteractionDataset, format: DataFormat, description: String), test: AttackProvenance?)
        throws -> (detector: any FakeProfileDetector, training: DetectorTraining?)
    {
        switch detector {
        case .pca: return (PCAVarSelectDetector(seed: seed), nil)
        case .robust: return (RobustScoreDetector(), nil)
        case .rdma: return (RobustScoreDetector(name: "rdma", features: [.rdma]), nil)
        case .degsim: return (RobustScoreDetector(name: "degsim", features: [.degreeOfSimilarity]), nil)
        case .discriminator: return (try discriminatorDetector(trainedOn: base), nil)
        case .supervised, .mlp:
            let kind: ProfileClassifier.Kind = detector == .mlp
                ? .mlp(MLPProfileClassifier.Configuration(seed: seed))
                : .logisticRegression(LogisticRegression.Configuration())
            let (artefacts, training) = try trainingArtefacts(base: base, test: test)
            let trained = try SupervisedDetector.train(
                kind, on: artefacts.map(LabelledProfiles.init), seed: seed, threads: threads)
            return (trained, training)
        }
    }

    /// A WGAN-GP trained on `base` (its profiles taken as real); its calibrated critic scores
    /// every profile, and the suspicion is 1 − P(real).
    private func discriminatorDetector(
        trainedOn base: (data: InteractionDataset, format: DataFormat, description: String)
    ) throws -> any FakeProfileDetector {
        var configuration = GANConfiguration(loss: .wassersteinGP())
        configuration.epochs = ganEpochs
        configuration.seed = seed
        StandardError.write("recshield: training a GAN discriminator for \(ganEpochs) epochs on \(base.description)\n")
        var trainer = try ProfileGANTrainer(data: base.data, configuration: configuration)
        _ = trainer.train()
        let gan = trainer.detector(itemIDs: base.data.itemIDs)
        return ScoringFunctionDetector.fromRealProbability(name: "discriminator") { gan.probabilitiesReal(for: $0) }
    }

    /// The given training artefacts, or ones generated from `base` under the leak-free protocol.
    private func trainingArtefacts(
        base: (data: InteractionDataset, format: DataFormat, description: String), test: AttackProvenance?
    ) throws -> ([AttackArtefact], DetectorTraining) {
        if trainArtefacts.isEmpty {
            let settings = LeakFreeProtocol()
            // Generated training attacks are heuristic: a judged gradient attack has no kind among
            // them to leave out.
            let artefacts = try settings.trainingArtefacts(
                clean: base.data, format: base.format, avoiding: test?.attack.shillingConfiguration)
            StandardError.write(
                "recshield: training \(detector.rawValue) on \(artefacts.count) attack artefacts generated from "
                    + "\(base.description)\(test.map { " (leaving out the judged \($0.attack.kindName) attack and its seed)" } ?? "")\n")
            return (artefacts, DetectorTraining(
                source: "generated", base: base.description, directories: nil, attacks: artefacts.map(\.provenance.attack),
                trainingProtocol: settings))
        }
        let artefacts = try trainArtefacts.map { directory in
            let artefact = try AttackArtefact.read(from: directory)
            if let test {
                if artefact.provenance.inputSHA256 == test.inputSHA256 && artefact.provenance.attack == test.attack {
                    throw DataError.invalidParameter(
                        name: "training artefact", value: directory,
                        expected: "an artefact other than the one being judged (training on it leaks its labels)")
                }
                if artefact.provenance.attack.kindName == test.attack.kindName || artefact.provenance.attack.seed == test.attack.seed {
                    StandardError.write(
                        "recshield: warning: training artefact \(directory) shares the judged attack's kind or seed; "
                            + "the measured quality is not leak-free\n")
                }
            }
            return artefact
        }
        return (artefacts, DetectorTraining(
            source: "artefacts", base: nil, directories: trainArtefacts, attacks: artefacts.map(\.provenance.attack),
            trainingProtocol: nil))
    }
}

/// Where a supervised detector's training profiles came from, for reports.
///
/// JSON keys: `source` (`generated` or `artefacts`), `base` (the data generated from),
/// `directories` (given artefact folders), `attacks` (each training artefact's attack),
/// `protocol` (the leak-free protocol, when generated).
struct DetectorTraining: Encodable {
    var source: String
    var base: String?
    var directories: [String]?
    var attacks: [AttackRecipe]
    var trainingProtocol: LeakFreeProtocol?

    enum CodingKeys: String, CodingKey {
        case source, base, directories, attacks
        case trainingProtocol = "protocol"
    }
}
