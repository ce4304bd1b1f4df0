import RecShield

/// What `recshield perturb` prints.
///
/// JSON keys: `source` (the model file, or how it was trained), `split`, `test_interactions`,
/// `curve` (``RobustnessCurve``).
struct PerturbReport: Encodable {
    var source: String
    var split: String
    var testInteractions: Int
    var curve: RobustnessCurve

    enum CodingKeys: String, CodingKey {
        case source, split
        case testInteractions = "test_interactions"
        case curve
    }

    /// The setting in words, then one row per ε: each metric with its relative drop, the training
    /// loss and the perturbation's size.
    func table() -> String {
        var method = curve.method
        if let steps = curve.steps, let stepSize = curve.stepSize { method += " (\(steps) steps of \(stepSize)·ε)" }
        var text = "Model \(curve.model) (\(source)); \(split) split, \(testInteractions) held-out interactions\n"
        text += "Perturbation \(method) on \(curve.target.rawValue), \(curve.budgetRule), seed \(curve.seed)\n\n"
        let names = curve.clean.map(\.metric)
        var table = TextTable(headers: ["ε"] + names.flatMap { [$0, "drop"] } + ["training loss", "rows moved", "mean ‖Δ_r‖"])
        table.append(["clean"] + curve.clean.flatMap { [AttackEffectReport.number($0.value), ""] }
            + [AttackEffectReport.number(curve.cleanLoss, digits: 1), "0", "0"])
        for point in curve.points {
            let cells = point.metrics.flatMap { change in
                [AttackEffectReport.number(change.after),
                 change.relativeDegradation.map { AttackEffectReport.number($0 * 100, digits: 1) + "%" } ?? "n/a"]
            }
            table.append(["\(point.epsilon)"] + cells + [
                AttackEffectReport.number(point.trainingLoss, digits: 1), "\(point.perturbedRows)",
                AttackEffectReport.number(point.meanRowNorm),
            ])
        }
        return text + table.rendered() + "(drop: relative loss of utility, positive = worse)\n"
    }
}
