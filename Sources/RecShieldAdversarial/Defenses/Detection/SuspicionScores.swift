import RecShieldCore

/// What a detector says about every user of a data set: a suspicion score (higher = more likely
/// fake) and a calibrated, probability-like value in [0, 1] whose meaning the detector documents.
public struct SuspicionScores: Sendable, Equatable {
    /// One score per user of the data's user map.
    public var scores: [Double]
    /// One value in [0, 1] per user, increasing with the score.
    public var probabilities: [Double]

    /// Creates the scores of a detector.
    /// - Precondition: equal lengths.
    public init(scores: [Double], probabilities: [Double]) {
        precondition(scores.count == probabilities.count, "one probability per score")
        self.scores = scores
        self.probabilities = probabilities
    }

    /// Scores calibrated by their rank among the active users (see ``RankCalibration``).
    public init(rankCalibrating scores: [Double], isActive: [Bool]) {
        self.init(scores: scores, probabilities: RankCalibration.percentiles(of: scores, isActive: isActive))
    }
}
