import RecShieldCore

/// Any per-user scoring function as a ``FakeProfileDetector`` — the hook for detectors built
/// elsewhere, such as a trained GAN discriminator.
///
/// ```swift
/// // A discriminator gives the probability that each profile is real:
/// let detector = ScoringFunctionDetector.fromRealProbability(name: "discriminator") { data in
///     discriminator.probabilitiesReal(for: data)
/// }
/// let result = try detector.detect(in: poisoned)          // flags P(fake) ≥ 0.5
/// ```
/// The function returns one value per user of the data's ID map, higher meaning more likely fake.
/// Its calibration says what the probability-like value is: the value itself when the function
/// already returns probabilities of being fake, or its percentile (``RankCalibration``) for
/// scores on any other scale.
public struct ScoringFunctionDetector: FakeProfileDetector {
    /// How scores become values in [0, 1].
    public enum Calibration: Sendable, Equatable {
        /// The scores are probabilities of being fake already (each in [0, 1]).
        case probability
        /// The scores' mid-rank percentiles among the active users.
        case rank
    }

    public let name: String
    /// How scores become values in [0, 1].
    public let calibration: Calibration
    /// The rule used when the caller gives none.
    public let defaultDecision: DetectionDecision?
    /// The scoring function: one suspicion score per user.
    public let score: @Sendable (InteractionDataset) throws -> [Double]

    /// Wraps a scoring function.
    /// - Parameters:
    ///   - name: the report name.
    ///   - calibration: what the probability-like value is (default: the scores are probabilities).
    ///   - defaultDecision: the rule when none is given (default: probability ≥ 0.5).
    ///   - score: one suspicion score per user of the data, higher = more likely fake.
    public init(
        name: String, calibration: Calibration = .probability,
        defaultDecision: DetectionDecision? = .probabilityThreshold(0.5),
        score: @escaping @Sendable (InteractionDataset) throws -> [Double]
    ) {
        self.name = name
        self.calibration = calibration
        self.defaultDecision = defaultDecision
        self.score = score
    }

    /// Wraps a function that gives the probability that each profile is *real* (a GAN
    /// discriminator's output): the suspicion score is `1 − P(real)`, already a probability.
    public static func fromRealProbability(
        name: String, _ probabilityReal: @escaping @Sendable (InteractionDataset) throws -> [Double]
    ) -> ScoringFunctionDetector {
        ScoringFunctionDetector(name: name, calibration: .probability) { data in
            try probabilityReal(data).map { 1 - $0 }
        }
    }

    public func suspicion(in data: InteractionDataset, threads: Int) throws -> SuspicionScores {
        let scores = try score(data)
        guard scores.count == data.userCount else {
            throw DataError.invalidParameter(
                name: "\(name) scores", value: "\(scores.count) values", expected: "one score per user (\(data.userCount))")
        }
        switch calibration {
        case .probability:
            return SuspicionScores(scores: scores, probabilities: scores)
        case .rank:
            var isActive = [Bool](repeating: false, count: data.userCount)
            for user in data.users { isActive[Int(user)] = true }
            guard !isActive.indices.contains(where: { isActive[$0] && scores[$0].isNaN }) else {
                throw DataError.invalidParameter(name: "\(name) scores", value: "nan", expected: "a number for every user")
            }
            return SuspicionScores(rankCalibrating: scores, isActive: isActive)
        }
    }
}
