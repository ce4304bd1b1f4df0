import RecShieldCore

/// Detection quality per attack kind and size under the leak-free protocol: every candidate
/// detector is run on test artefacts generated from clean data, supervised candidates trained only
/// on the protocol's training artefacts for that test attack (other kinds, other seeds — see
/// ``LeakFreeProtocol``).
///
/// ```swift
/// let evaluation = try DetectionEvaluation.run(
///     candidates: [.unsupervised(RobustScoreDetector()),
///                  .unsupervised(PCAVarSelectDetector(), decision: .attackSize),
///                  .supervised(.logisticRegression(.init()))],
///     clean: loaded.dataset, format: loaded.report.format,
///     tests: ShillingAttackKind.allCases.map { AttackConfiguration(kind: $0, fakeUsers: .fraction(0.05), seed: 1) })
/// for row in evaluation.summary() { … }
/// ```
/// The test artefacts' labels are used only to compute ``DetectionQuality``. Trained detectors
/// are reused across test artefacts whose training attacks are the same (the training seeds
/// derive from the protocol's seed, not the test seed, so for one test kind and goal they are).
///
/// JSON keys: `protocol` (``LeakFreeProtocol``), `rows` (per detector and test artefact:
/// `detector`, `attack`, `fake_users`, `decision`, `quality`, `training_attacks`).
public struct DetectionEvaluation: Codable, Sendable, Equatable {
    /// One detector on one test artefact.
    public struct Row: Codable, Sendable, Equatable {
        /// The candidate's name.
        public var detector: String
        /// The test attack.
        public var attack: AttackConfiguration
        /// The number of fake profiles it injected.
        public var fakeUsers: Int
        /// The rule that flagged users.
        public var decision: DetectionDecision
        /// The quality against the test labels.
        public var quality: DetectionQuality
        /// The attacks of the training artefacts (supervised candidates only).
        public var trainingAttacks: [AttackConfiguration]?

        enum CodingKeys: String, CodingKey {
            case detector, attack
            case fakeUsers = "fake_users"
            case decision, quality
            case trainingAttacks = "training_attacks"
        }
    }

    /// The protocol the supervised candidates were trained under.
    public var trainingProtocol: LeakFreeProtocol
    /// One row per candidate and test artefact, test artefacts in the given order.
    public var rows: [Row]

    enum CodingKeys: String, CodingKey {
        case trainingProtocol = "protocol"
        case rows
    }

    /// Runs every candidate on every test attack.
    /// - Parameters:
    ///   - candidates: the detectors.
    ///   - clean: the clean data the test and training artefacts are generated from.
    ///   - format: its format (recorded in the artefacts' provenance).
    ///   - tests: the test attacks.
    ///   - trainingProtocol: how training artefacts are made.
    ///   - threads: worker threads.
    /// - Throws: the attacks', detectors' and protocol's errors.
    public static func run(
        candidates: [DetectionCandidate], clean: InteractionDataset, format: DataFormat, tests: [AttackConfiguration],
        trainingProtocol: LeakFreeProtocol = LeakFreeProtocol(), threads: Int = 1
    ) throws -> DetectionEvaluation {
        var trained: [(attacks: [AttackConfiguration], detectors: [Int: any FakeProfileDetector])] = []
        var rows: [Row] = []
        for test in tests {
            let artefact = try AttackArtefact(attacking: clean, format: format, configuration: test)
            let labels = artefact.isFake.map { Optional($0) }
            let trainingAttacks = try trainingProtocol.trainingConfigurations(avoiding: test)
            let slot = trained.firstIndex { $0.attacks == trainingAttacks } ?? {
                trained.append((trainingAttacks, [:]))
                return trained.count - 1
            }()
            var training: [AttackArtefact]?
            for (index, candidate) in candidates.enumerated() {
                let detector: any FakeProfileDetector
                if !candidate.isSupervised {
                    detector = try candidate.make([])
                } else if let cached = trained[slot].detectors[index] {
                    detector = cached
                } else {
                    let artefacts = try training ?? trainingAttacks.map {
                        try AttackArtefact(attacking: clean, format: format, configuration: $0)
                    }
                    training = artefacts
                    detector = try candidate.make(artefacts)
                    trained[slot].detectors[index] = detector
                }
                let decision: DetectionDecision?
                switch candidate.decision {
                case .detectorDefault: decision = nil
                case let .fixed(rule): decision = rule
                case .attackSize: decision = .topN(artefact.provenance.fakeUsers)
                }
                let result = try detector.detect(in: artefact.poisoned, decision: decision, threads: threads)
                rows.append(Row(
                    detector: candidate.name, attack: test, fakeUsers: artefact.provenance.fakeUsers,
                    decision: result.decision, quality: try DetectionQuality(result, labels: labels),
                    trainingAttacks: candidate.isSupervised ? trainingAttacks : nil))
            }
        }
        return DetectionEvaluation(trainingProtocol: trainingProtocol, rows: rows)
    }
}
