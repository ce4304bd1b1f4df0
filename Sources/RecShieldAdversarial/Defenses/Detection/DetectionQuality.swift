import RecShieldCore

/// How well a detection matched the true labels: counts, precision, recall, F1 and ROC-AUC over
/// the labelled users with at least one interaction.
///
/// ```
/// precision = TP / (TP + FP)         0 when nothing was flagged (scikit-learn's zero_division = 0)
/// recall    = TP / (TP + FN)
/// F1        = 2·precision·recall / (precision + recall)       0 when both are 0
/// ROC-AUC   = (Σ_{u fake} rank(s_u) − N₊(N₊ + 1)/2) / (N₊·N₋)
/// ```
/// ROC-AUC is the Mann–Whitney statistic on the scores with mid-ranks for ties: the probability
/// that a random fake user scores above a random real one (ties count one half). It does not
/// depend on the decision rule; precision, recall and F1 do.
///
/// JSON keys: `users`, `fake_users`, `flagged`, `true_positives`, `false_positives`,
/// `false_negatives`, `precision`, `recall`, `f1`, `roc_auc`.
///
/// References:
/// - Hanley & McNeil, "The meaning and use of the area under a receiver operating characteristic
///   (ROC) curve", Radiology 143(1), 1982.
public struct DetectionQuality: Codable, Sendable, Equatable {
    /// Labelled users with an interaction that were evaluated.
    public var users: Int
    /// How many of them are fake.
    public var fakeUsers: Int
    /// How many of them were flagged.
    public var flagged: Int
    /// Fake users flagged.
    public var truePositives: Int
    /// Real users flagged.
    public var falsePositives: Int
    /// Fake users not flagged.
    public var falseNegatives: Int
    /// `TP / (TP + FP)`.
    public var precision: Double
    /// `TP / (TP + FN)`.
    public var recall: Double
    /// The harmonic mean of precision and recall.
    public var f1: Double
    /// The area under the ROC curve of the scores.
    public var rocAUC: Double

    /// Scores `result` against per-user labels (`nil` = unknown, skipped).
    /// - Throws: ``DataError/invalidParameter(name:value:expected:)`` when the labels do not fit
    ///   the result's users, or when the evaluated users lack a fake or a real one.
    public init(_ result: DetectionResult, labels: [Bool?]) throws {
        guard labels.count == result.scores.count else {
            throw DataError.invalidParameter(
                name: "labels", value: "\(labels.count) users", expected: "one label slot per user (\(result.scores.count))")
        }
        let evaluated = labels.indices.filter { labels[$0] != nil && result.isActive[$0] }
        let isFake = evaluated.map { labels[$0] == true }
        let fakeCount = isFake.count { $0 }
        guard fakeCount > 0 && fakeCount < evaluated.count else {
            throw DataError.invalidParameter(
                name: "labels", value: "\(fakeCount) fake of \(evaluated.count) labelled users with interactions",
                expected: "at least one fake and one real labelled user to measure detection quality")
        }
        let flags = evaluated.map { result.flagged[$0] }
        let truePositives = zip(flags, isFake).count { $0 && $1 }
        let flaggedCount = flags.count { $0 }
        users = evaluated.count
        fakeUsers = fakeCount
        flagged = flaggedCount
        self.truePositives = truePositives
        falsePositives = flaggedCount - truePositives
        falseNegatives = fakeCount - truePositives
        precision = flaggedCount == 0 ? 0 : Double(truePositives) / Double(flaggedCount)
        recall = Double(truePositives) / Double(fakeCount)
        f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)
        rocAUC = Self.rocAUC(scores: evaluated.map { result.scores[$0] }, labels: isFake)
    }

    /// The Mann–Whitney ROC-AUC of `scores` for positives `labels`, with mid-ranks for ties.
    /// - Precondition: equal lengths, both classes present, no NaN score.
    public static func rocAUC(scores: [Double], labels: [Bool]) -> Double {
        precondition(scores.count == labels.count, "one label per score")
        let positives = Double(labels.count { $0 })
        let negatives = Double(labels.count) - positives
        precondition(positives > 0 && negatives > 0, "ROC-AUC needs both classes")
        let order = scores.indices.sorted { scores[$0] < scores[$1] }
        var rankSum = 0.0
        var start = 0
        while start < order.count {
            var end = start
            while end < order.count && scores[order[end]] == scores[order[start]] { end += 1 }
            let midRank = Double(start + end + 1) / 2
            for position in start..<end where labels[order[position]] { rankSum += midRank }
            start = end
        }
        return (rankSum - positives * (positives + 1) / 2) / (positives * negatives)
    }

    enum CodingKeys: String, CodingKey {
        case users
        case fakeUsers = "fake_users"
        case flagged
        case truePositives = "true_positives"
        case falsePositives = "false_positives"
        case falseNegatives = "false_negatives"
        case precision, recall, f1
        case rocAUC = "roc_auc"
    }
}
