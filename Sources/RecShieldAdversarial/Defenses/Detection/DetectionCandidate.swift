/// A detector taking part in a ``DetectionEvaluation``: either a fixed (unsupervised) detector or
/// a recipe that trains one from the training artefacts the leak-free protocol generates for
/// each test artefact.
public struct DetectionCandidate: Sendable {
    /// How the candidate flags users on a test artefact.
    public enum Decision: Sendable, Equatable {
        /// The detector's ``FakeProfileDetector/defaultDecision``.
        case detectorDefault
        /// This rule.
        case fixed(DetectionDecision)
        /// Top-n with `n` = the number of fake profiles the test attack injected — the attack
        /// size PCA-VarSelect assumes known (the labels stay unknown).
        case attackSize
    }

    /// The name in reports.
    public let name: String
    /// How the candidate flags users.
    public let decision: Decision
    /// Whether the candidate is trained from the protocol's training artefacts.
    public let isSupervised: Bool
    /// Builds the detector for one test artefact from its training artefacts (ignored by
    /// unsupervised candidates, which get none).
    let make: @Sendable (_ training: [AttackArtefact]) throws -> any FakeProfileDetector

    /// A detector that needs no training.
    public static func unsupervised(_ detector: any FakeProfileDetector, decision: Decision = .detectorDefault) -> DetectionCandidate {
        DetectionCandidate(name: detector.name, decision: decision, isSupervised: false) { _ in detector }
    }

    /// A detector trained by `train` from the training artefacts of each test artefact. `train`
    /// sees only artefacts generated from the clean data under the protocol — never the test
    /// artefact or its labels.
    public static func supervised(
        name: String, decision: Decision = .detectorDefault,
        train: @escaping @Sendable (_ training: [AttackArtefact]) throws -> any FakeProfileDetector
    ) -> DetectionCandidate {
        DetectionCandidate(name: name, decision: decision, isSupervised: true, make: train)
    }

    /// A ``SupervisedDetector`` of `kind` trained on the training artefacts' labelled profiles.
    public static func supervised(
        _ kind: ProfileClassifier.Kind, extractor: ProfileFeatureExtractor = ProfileFeatureExtractor(), seed: UInt64 = 0,
        threads: Int = 1
    ) -> DetectionCandidate {
        supervised(name: kind.detectorName) { training in
            try SupervisedDetector.train(
                kind, on: training.map(LabelledProfiles.init), extractor: extractor, seed: seed, threads: threads)
        }
    }
}
