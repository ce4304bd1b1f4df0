import RecShieldCore

extension StudyReport {
    /// The main table cut into one narrow table per condition, for a terminal: first the clean
    /// metrics, then for each attack its metrics afterwards and its detectors' precision, recall
    /// and F1 — the same cells as ``table(intervals:)``, with the condition in the title instead
    /// of every header. Rows are model × defense; conditions a row never ran are left out of it.
    public func sectionTables(intervals: Bool = false) -> [(title: String, table: ReportTable)] {
        let wide = table(intervals: intervals)
        let fixed = 2  // "model / defense", "seeds"
        var sections: [(title: String, columns: [Int], headers: [String])] = [("clean", [], [])]
        for (index, header) in wide.headers.enumerated().dropFirst(fixed) {
            if let separator = header.range(of: ": ") {
                let title = String(header[..<separator.lowerBound])
                let name = String(header[separator.upperBound...])
                if let position = sections.firstIndex(where: { $0.title == title }) {
                    sections[position].columns.append(index)
                    sections[position].headers.append(name)
                } else {
                    sections.append((title, [index], [name]))
                }
            } else {
                sections[0].columns.append(index)
                sections[0].headers.append(header)
            }
        }
        return sections.filter { !$0.columns.isEmpty }.map { section in
            var table = ReportTable(headers: Array(wide.headers.prefix(fixed)) + section.headers)
            for row in wide.rows {
                let cells = section.columns.map { row[$0] }
                guard cells.contains(where: { !$0.isEmpty }) else { continue }
                table.rows.append(Array(row.prefix(fixed)) + cells)
            }
            return (section.title, table)
        }
    }

    /// ``sectionTables(intervals:)`` as aligned text, each table under its condition's title.
    public func sectionText(intervals: Bool = false) -> String {
        sectionTables(intervals: intervals).map { "\($0.title)\n\($0.table.text())" }.joined(separator: "\n")
    }

    /// What the command line prints for a study: ``sectionText(intervals:)``, then the paired
    /// tests of defended against undefended rows when there are any.
    public func terminalText() -> String {
        var text = sectionText()
        if !comparisons.isEmpty {
            text += "\nDefended versus undefended (paired t-test over seeds)\n" + comparisonTable().text()
        }
        return text
    }
}
