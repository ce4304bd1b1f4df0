import RecShieldCore

/// A detector of fake (shilling) profiles: it scores every user of a data set, higher meaning
/// more likely fake, and calibrates the scores to [0, 1].
///
/// A detector implements ``suspicion(in:threads:)``; the decision rule (threshold or top-n) and
/// the handling of users without interactions come from the extension, so every detector flags
/// users the same way:
/// ```swift
/// let detector = RobustScoreDetector()
/// let result = try detector.detect(in: poisoned, decision: .topN(30), threads: 2)
/// let sanitised = ProfileSanitizer.removing(result.flaggedUsers, from: poisoned)
/// ```
/// Any per-user scoring function — a trained GAN discriminator's probability that a profile is
/// real, an external model — becomes a detector through ``ScoringFunctionDetector``.
public protocol FakeProfileDetector: Sendable {
    /// A short name for reports, e.g. `"pca-varselect"`.
    var name: String { get }
    /// The rule used when the caller gives none, or `nil` when the detector cannot decide on its
    /// own (PCA-VarSelect needs the number of suspected profiles). The default flags users whose
    /// calibrated probability is at least 0.5.
    var defaultDecision: DetectionDecision? { get }
    /// The score and calibrated probability of every user of `data` (one per user of its ID
    /// map; values for users without interactions are ignored).
    /// - Parameters:
    ///   - data: the profiles to judge, e.g. a poisoned data set.
    ///   - threads: worker threads.
    func suspicion(in data: InteractionDataset, threads: Int) throws -> SuspicionScores
}

extension FakeProfileDetector {
    public var defaultDecision: DetectionDecision? { .probabilityThreshold(0.5) }

    /// Scores every user of `data` and flags users by `decision` (or ``defaultDecision``).
    /// - Parameters:
    ///   - data: the profiles to judge.
    ///   - decision: the rule; `nil` for the detector's default.
    ///   - threads: worker threads.
    /// - Throws: ``DataError/invalidParameter(name:value:expected:)`` when no rule is given and
    ///   the detector has no default, for an invalid rule, for scores that are not one per user,
    ///   NaN, or probabilities outside [0, 1]; and the detector's own errors.
    public func detect(in data: InteractionDataset, decision: DetectionDecision? = nil, threads: Int = 1) throws -> DetectionResult {
        guard let rule = decision ?? defaultDecision else {
            throw DataError.invalidParameter(
                name: "decision", value: "none",
                expected: "a top-n count: the \(name) detector needs the number of suspected profiles")
        }
        try rule.validate()
        let suspicion = try suspicion(in: data, threads: threads)
        guard suspicion.scores.count == data.userCount else {
            throw DataError.invalidParameter(
                name: "\(name) scores", value: "\(suspicion.scores.count) values",
                expected: "one score per user (\(data.userCount))")
        }
        var isActive = [Bool](repeating: false, count: data.userCount)
        for user in data.users { isActive[Int(user)] = true }
        var scores = suspicion.scores
        var probabilities = suspicion.probabilities
        for user in 0..<data.userCount {
            guard isActive[user] else {
                scores[user] = -.infinity
                probabilities[user] = 0
                continue
            }
            guard !scores[user].isNaN, (0...1).contains(probabilities[user]) else {
                throw DataError.invalidParameter(
                    name: "\(name) score of user '\(data.userIDs.rawID(at: user))'",
                    value: "\(scores[user]) (probability \(probabilities[user]))",
                    expected: "a number, with a probability in [0, 1]")
            }
        }
        let flagged = try rule.flags(scores: scores, probabilities: probabilities, isActive: isActive)
        return DetectionResult(
            detector: name, scores: scores, probabilities: probabilities, isActive: isActive, flagged: flagged,
            decision: rule)
    }
}
