import Foundation
import RecShield

/// What `recshield detect` prints: the detector and its rule, the flagged users, the quality
/// against labels when known, how a supervised detector was trained, and every user's score.
///
/// JSON keys: `data`, `detector`, `decision`, `users` (active users judged), `flagged` (raw IDs,
/// most suspicious first), `labels` (their source), `quality` (``DetectionQuality``), `training`,
/// `scores` (per user, most suspicious first: `user`, `score`, `probability`, `flagged`, `label`;
/// left out with `--scores-out`).
struct DetectionReport: Encodable {
    /// One user's line.
    struct UserScore: Encodable {
        var user: String
        var score: Double
        var probability: Double
        var flagged: Bool
        var label: Int?
    }

    var data: String
    var detector: String
    var decision: DetectionDecision
    var users: Int
    var flagged: [String]
    var labels: String?
    var quality: DetectionQuality?
    var training: DetectorTraining?
    var scores: [UserScore]?
    /// Every active user's line, most suspicious first (also kept when `scores` is left out).
    private let ranked: [UserScore]

    enum CodingKeys: String, CodingKey {
        case data, detector, decision, users, flagged, labels, quality, training, scores
    }

    init(
        path: String, input: DetectionInput, result: DetectionResult, quality: DetectionQuality?,
        training: DetectorTraining?, includesScores: Bool
    ) {
        let ids = input.data.userIDs
        ranked = result.ranking.map { user in
            UserScore(
                user: ids.rawID(at: user), score: result.scores[user], probability: result.probabilities[user],
                flagged: result.flagged[user], label: input.labels?[user].map { $0 ? 1 : 0 })
        }
        data = path
        detector = result.detector
        decision = result.decision
        users = ranked.count
        flagged = ranked.filter(\.flagged).map(\.user)
        labels = input.labelSource
        self.quality = quality
        self.training = training
        scores = includesScores ? ranked : nil
    }

    /// The scores file: a header, then one tab-separated line per active user, most suspicious
    /// first.
    func scoresText() -> String {
        let hasLabels = labels != nil
        var text = "user\tscore\tprobability\tflagged" + (hasLabels ? "\tlabel" : "") + "\n"
        for line in ranked {
            text += "\(line.user)\t\(line.score)\t\(line.probability)\t\(line.flagged ? 1 : 0)"
            if hasLabels { text += "\t" + (line.label.map(String.init) ?? "") }
            text += "\n"
        }
        return text
    }

    /// A summary and, unless written to a file, a table of every user's score.
    func table() -> String {
        var rows: [(String, String)] = [
            ("Detector", "\(detector) (\(decision))"),
            ("Data", "\(data): \(users) users with interactions"),
            ("Flagged", "\(flagged.count) users" + (quality.map { " (\($0.truePositives) fake, \($0.falsePositives) real)" } ?? "")),
        ]
        if let training {
            rows.append(("Trained on", "\(training.attacks.count) attack artefacts (\(training.source))"))
        }
        if let quality, let labels {
            rows.append(("Labels", "\(labels): \(quality.fakeUsers) fake of \(quality.users)"))
            rows.append(("Quality", "precision \(Self.fixed(quality.precision)), recall \(Self.fixed(quality.recall)), "
                + "F1 \(Self.fixed(quality.f1)), ROC-AUC \(Self.fixed(quality.rocAUC))"))
        }
        let width = rows.map(\.0.count).max() ?? 0
        var text = rows.map { $0 + String(repeating: " ", count: width - $0.count + 2) + $1 }.joined(separator: "\n") + "\n"
        guard let scores else { return text }
        let hasLabels = labels != nil
        var table = TextTable(headers: ["user", "score", "probability", "flagged"] + (hasLabels ? ["label"] : []))
        for line in scores {
            table.append(
                [line.user, Self.fixed(line.score, 4), Self.fixed(line.probability, 4), line.flagged ? "yes" : "no"]
                    + (hasLabels ? [line.label.map { $0 == 1 ? "fake" : "real" } ?? "-"] : []))
        }
        text += "\n" + table.rendered()
        return text
    }

    /// `value` with `digits` decimals.
    static func fixed(_ value: Double, _ digits: Int = 3) -> String {
        String(format: "%.\(digits)f", value)
    }
}
