import Foundation
import RecShield

/// What `recshield defend` prints: the attack, the model, what the detector removed and the
/// clean / attacked / sanitised value of each target measure with the share recovered.
///
/// JSON keys: `data`, `poisoned`, `model`, `attack` (the artefact's attack configuration),
/// `report` (``SanitizationReport``), `training` (how a supervised detector was trained).
struct DefenseSummary: Encodable {
    var data: String
    var poisoned: String
    var model: String
    var attack: AttackRecipe
    var report: SanitizationReport
    var training: DetectorTraining?

    /// Two summary blocks and the measure table.
    func table() -> String {
        let detection = report.detection
        var rows: [(String, String)] = [
            ("Attack", "\(poisoned): \(attack.kindName) (\(attack.goal.rawValue)), seed \(attack.seed), "
                + "\(report.fakeUsers) fake users"),
            ("Model", "\(model), trained on \(data) (clean), the poisoned data and the sanitised data"),
            ("Detector", "\(report.detector) (\(report.decision))"),
        ]
        if let training { rows.append(("Trained on", "\(training.attacks.count) attack artefacts (\(training.source))")) }
        rows += [
            ("Removed", "\(report.flagged) users: \(report.fakeRemoved) of \(report.fakeUsers) fake, "
                + "\(report.realRemoved) of \(report.realUsers) real"),
            ("Detection", "precision \(fixed(detection.precision)), recall \(fixed(detection.recall)), "
                + "F1 \(fixed(detection.f1)), ROC-AUC \(fixed(detection.rocAUC))"),
        ]
        let width = rows.map(\.0.count).max() ?? 0
        var text = rows.map { $0 + String(repeating: " ", count: width - $0.count + 2) + $1 }.joined(separator: "\n") + "\n"
        var table = TextTable(headers: ["measure", "clean", "attacked", "sanitised", "recovered"])
        for recovery in report.recovery {
            table.append([
                recovery.measure, fixed(recovery.clean, 4), fixed(recovery.attacked, 4), fixed(recovery.sanitized, 4),
                recovery.recovered.map { fixed($0 * 100, 1) + "%" } ?? "-",
            ])
        }
        text += "\n" + table.rendered()
        return text
    }

    private func fixed(_ value: Double, _ digits: Int = 3) -> String {
        String(format: "%.\(digits)f", value)
    }
}
