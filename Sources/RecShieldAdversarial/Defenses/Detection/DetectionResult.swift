/// The outcome of running a ``FakeProfileDetector`` on a data set: every user's score and
/// calibrated probability, which users the decision rule flagged, and the rule.
///
/// Users without interactions are never flagged; their score is `−∞` and their probability 0.
public struct DetectionResult: Sendable, Equatable {
    /// The detector's name.
    public var detector: String
    /// The suspicion score of each user (higher = more likely fake).
    public var scores: [Double]
    /// The calibrated probability-like value of each user, in [0, 1].
    public var probabilities: [Double]
    /// Whether each user has at least one interaction.
    public var isActive: [Bool]
    /// Whether each user was flagged.
    public var flagged: [Bool]
    /// The rule that flagged them.
    public var decision: DetectionDecision

    /// Creates a result from its parts.
    /// - Precondition: one value per user in every array.
    public init(
        detector: String, scores: [Double], probabilities: [Double], isActive: [Bool], flagged: [Bool],
        decision: DetectionDecision
    ) {
        precondition(
            [probabilities.count, isActive.count, flagged.count].allSatisfy { $0 == scores.count }, "one value per user")
        self.detector = detector
        self.scores = scores
        self.probabilities = probabilities
        self.isActive = isActive
        self.flagged = flagged
        self.decision = decision
    }

    /// The flagged user indices, ascending.
    public var flaggedUsers: [Int] { flagged.indices.filter { flagged[$0] } }

    /// The active users ordered from most to least suspicious (ties: lower index first).
    public var ranking: [Int] {
        isActive.indices.filter { isActive[$0] }
            .sorted { scores[$0] != scores[$1] ? scores[$0] > scores[$1] : $0 < $1 }
    }
}
