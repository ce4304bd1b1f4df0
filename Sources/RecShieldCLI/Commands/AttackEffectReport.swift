import RecShield

/// What `recshield attack-effect` prints.
///
/// JSON keys: `model`, `seed`, `split`, `attack`, `targets` (raw IDs), `target_impact`
/// (``TargetImpact``: `hit_ratios`, `prediction_shift`, `mean_rank_before`, `mean_rank_after`,
/// `evaluated_pairs`, per-target `targets`), `clean_utility` (``CleanUtilityChange`` list),
/// `cost` (``AttackCost``).
struct AttackEffectReport: Encodable {
    var model: String
    var seed: UInt64
    var split: String
    var attack: String
    var targets: [String]
    var targetImpact: TargetImpact
    var cleanUtility: [CleanUtilityChange]
    var cost: AttackCost

    enum CodingKeys: String, CodingKey {
        case model, seed, split, attack, targets
        case targetImpact = "target_impact"
        case cleanUtility = "clean_utility"
        case cost
    }

    /// Tables for people: the setting, the target measures, and the clean-utility change.
    func table() -> String {
        var text = "Model \(model) (seed \(seed)), \(split) split; attack \(attack): \(cost.fakeProfiles) fake profiles, "
            + "\(cost.injectedInteractions) injected interactions; targets \(targets.joined(separator: ", "))\n\n"
        var impact = TextTable(headers: ["Target measure", "Before", "After"])
        for ratio in targetImpact.hitRatios {
            impact.append(["Hit ratio @\(ratio.k)", Self.number(ratio.before), Self.number(ratio.after)])
        }
        impact.append(["Mean target rank", Self.number(targetImpact.meanRankBefore, digits: 1), Self.number(targetImpact.meanRankAfter, digits: 1)])
        impact.append(["Prediction shift", "", Self.number(targetImpact.predictionShift)])
        text += impact.rendered()
        text += "(over \(targetImpact.evaluatedPairs) pairs of a real user and a target they had not interacted with)\n\n"
        var utility = TextTable(headers: ["Clean utility", "Before", "After", "Change"])
        for change in cleanUtility {
            let relative = change.relativeChange.map { Self.number($0 * 100, digits: 1) + "%" } ?? "n/a"
            utility.append([change.metric, Self.number(change.before), Self.number(change.after), relative])
        }
        text += utility.rendered()
        return text
    }

    /// `value` with `digits` decimals.
    static func number(_ value: Double, digits: Int = 4) -> String {
        var scale = 1.0
        for _ in 0..<digits { scale *= 10 }
        let rounded = (value * scale).rounded() / scale
        var text = rounded == 0 ? "0" : "\(rounded)"
        if digits > 0 {
            if !text.contains(".") { text += "." }
            let decimals = text.count - 1 - text.distance(from: text.startIndex, to: text.firstIndex(of: ".") ?? text.endIndex)
            text += String(repeating: "0", count: max(0, digits - decimals))
        }
        return text
    }
}
