extension StudyReport {
    /// Paired t tests of every defended row against the undefended row of the same model: on
    /// clean data and after each attack, for every metric both rows have, pairing values by seed.
    static func comparisons(rows: [Row], cells: [String: [StoredCell]]) -> [Comparison] {
        rows.filter { $0.defenseKind != DefenseKind.none.rawValue }.flatMap { row -> [Comparison] in
            guard let baseline = rows.first(where: { $0.modelLabel == row.modelLabel && $0.defenseKind == DefenseKind.none.rawValue }) else {
                return []
            }
            let treatedCells = cells[row.label] ?? []
            let baselineCells = cells[baseline.label] ?? []
            var result: [Comparison] = []
            func compare(condition: String, metric: String, value: (StoredCell) -> Double?, filter: (StoredCell) -> Bool) {
                let treated = perSeed(treatedCells.filter(filter), value)
                let untreated = perSeed(baselineCells.filter(filter), value)
                let seeds = treated.keys.filter { untreated[$0] != nil }.sorted()
                guard let test = PairedTTest(
                    treated: seeds.compactMap { treated[$0] }, baseline: seeds.compactMap { untreated[$0] })
                else { return }
                result.append(Comparison(
                    row: row.label, baseline: baseline.label, condition: condition, metric: metric,
                    higherIsBetter: higherIsBetter(metric), test: test))
            }
            for named in row.clean where !StudyMetric.isTargetMeasure(named.name) {
                compare(condition: "clean", metric: named.name, value: { cell in
                    cell.result.metrics.first { $0.phase == .clean && $0.name == named.name }?.value
                }, filter: { _ in true })
            }
            for outcome in row.attacks {
                for named in outcome.after {
                    compare(condition: outcome.attack, metric: named.name, value: { cell in
                        afterValue(cell, named.name, epsilon: outcome.epsilon)
                    }, filter: { $0.attackLabel == outcome.attack })
                }
            }
            return result
        }
    }

    /// Whether larger values of `metric` are better for the recommender's users: false for
    /// error metrics and for target measures (a larger target hit ratio means the attack won).
    static func higherIsBetter(_ metric: String) -> Bool {
        if StudyMetric.isTargetMeasure(metric) { return false }
        let base = metric.split(separator: "@").first.map(String.init) ?? metric
        return MetricKind(rawValue: base)?.higherIsBetter ?? true
    }
}
