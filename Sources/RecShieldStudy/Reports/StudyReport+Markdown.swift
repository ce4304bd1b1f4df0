import Foundation

extension StudyReport {
    /// The report as Markdown: summary, main table with 95 % intervals, paired tests, data-set
    /// statistics and failures.
    public func markdown() -> String {
        var text = "# \(studyName)\n\n"
        text += "\(doneCells) of \(totalCells) cells finished"
        if !createdAt.isEmpty { text += " · started \(createdAt)" }
        if !recshieldVersion.isEmpty { text += " · RecShield \(recshieldVersion)" }
        text += ".\n\n## Results\n\nMean ± half-width of the 95 % Student-t interval over seeds.\n\n"
        text += table(intervals: true).markdown()
        if !comparisons.isEmpty {
            text += "\n## Defended versus undefended\n\nPaired t test over seeds of defended − undefended; t and p are n/a "
                + "when every seed gives the same difference (no spread, so no test).\n\n"
            text += comparisonTable().markdown()
        }
        if !datasetStatistics.isEmpty {
            text += "\n## Data\n\n"
            text += ReportTable(
                headers: ["statistic", "mean over cells"],
                rows: datasetStatistics.map { [$0.name, Self.statistic($0.summary.mean)] }).markdown()
        }
        if !failures.isEmpty {
            text += "\n## Failed cells\n\n" + failures.map { "- `\($0.key)`: \($0.message)" }.joined(separator: "\n") + "\n"
        }
        return text
    }

    /// A statistic: whole numbers without decimals, others with four significant digits.
    static func statistic(_ value: Double) -> String {
        if value == value.rounded() && abs(value) < 1e15 { return "\(Int(value))" }
        return String(format: "%.4g", value)
    }
}
