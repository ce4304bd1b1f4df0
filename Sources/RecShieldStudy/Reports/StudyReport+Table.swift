import RecShieldCore

extension StudyReport {
    /// The main table, cornac/RecAD style: one row per model × defense; columns are the clean
    /// metrics, then for each attack its metrics afterwards (clean-utility, target hit ratio,
    /// prediction shift) and each detector's precision, recall and F1. Values are means over
    /// seeds; with `intervals`, `mean ± half-width` of the 95 % interval.
    public func table(intervals: Bool = false) -> ReportTable {
        var columns: [(header: String, value: (Row) -> SampleSummary?)] = []
        let cleanNames = metrics + targetMeasures.filter { name in rows.contains { $0.clean.contains { $0.name == name } } }
        for name in cleanNames {
            columns.append((name, { row in row.clean.first { $0.name == name }?.summary }))
        }
        for attack in attacks {
            let outcomes = rows.compactMap { $0.attacks.first { $0.attack == attack } }
            let epsilon = outcomes.compactMap(\.epsilon).max()
            let prefix = epsilon.map { "\(attack) ε=\(Self.compact($0))" } ?? attack
            for name in Self.ordered(outcomes.flatMap { $0.after.map(\.name) }) {
                columns.append(("\(prefix): \(name)", { row in
                    row.attacks.first { $0.attack == attack }?.after.first { $0.name == name }?.summary
                }))
            }
            for name in Self.ordered(outcomes.flatMap { $0.detection.map(\.name) }) {
                columns.append(("\(attack): \(name)", { row in
                    row.attacks.first { $0.attack == attack }?.detection.first { $0.name == name }?.summary
                }))
            }
        }
        var table = ReportTable(headers: ["model / defense", "seeds"] + columns.map(\.header))
        for row in rows {
            let cells = columns.map { column in column.value(row).map { Self.text($0, interval: intervals) } ?? "" }
            table.rows.append([row.label, "\(row.seeds)"] + cells)
        }
        return table
    }

    /// The paired tests as a table: row, baseline, condition, metric, mean difference, t, p;
    /// t and p read `n/a` when every seed gives the same difference (see ``PairedTTest``).
    public func comparisonTable() -> ReportTable {
        ReportTable(
            headers: ["defended", "undefended", "condition", "metric", "mean diff", "t", "p"],
            rows: comparisons.map { comparison in
                [
                    comparison.row, comparison.baseline, comparison.condition, comparison.metric,
                    ReportTable.format(comparison.test.meanDifference), Self.formatStatistic(comparison.test.t),
                    comparison.test.pValue.map { ReportTable.format($0, digits: 3) } ?? Self.undefined,
                ]
            })
    }

    /// The summary as long-format CSV: one line per row, condition and metric, with
    /// `n, mean, standard_deviation, ci95_half_width`.
    public func csv() -> String {
        var text = CSVLineFormatter.line(["row", "condition", "epsilon", "metric", "n", "mean", "standard_deviation", "ci95_half_width"])
        func add(_ row: String, _ condition: String, _ epsilon: Double?, _ named: Named) {
            text += CSVLineFormatter.line([
                row, condition, epsilon.map { "\($0)" } ?? "", named.name, "\(named.summary.n)", "\(named.summary.mean)",
                named.summary.standardDeviation.map { "\($0)" } ?? "", named.summary.halfWidth.map { "\($0)" } ?? "",
            ])
        }
        for row in rows {
            for named in row.clean { add(row.label, "clean", nil, named) }
            for outcome in row.attacks {
                for named in outcome.after + outcome.detection { add(row.label, outcome.attack, outcome.epsilon, named) }
            }
        }
        return text
    }

    static func text(_ summary: SampleSummary, interval: Bool) -> String {
        let mean = ReportTable.format(summary.mean)
        guard interval, let halfWidth = summary.halfWidth else { return mean }
        return mean + " ± " + ReportTable.format(halfWidth)
    }

    static func formatStatistic(_ value: Double?) -> String {
        value.map { ReportTable.format($0, digits: 2) } ?? undefined
    }

    /// The text of an undefined statistic (a paired test's t and p without spread).
    static let undefined = "n/a"

    /// `1`, `0.5`: a number without trailing zeros.
    static func compact(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? "\(Int(value))" : "\(value)"
    }
}
