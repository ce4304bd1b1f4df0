/// A plain-text table with aligned columns for results printed to stdout.
///
/// Numbers are right-aligned and text left-aligned; there is no colour, so output can be piped and
/// diffed.
struct TextTable {
    /// Column headers.
    var headers: [String]
    /// Rows of cells; each row has one cell per header.
    var rows: [[String]] = []

    /// Creates an empty table with the given headers.
    init(headers: [String]) {
        self.headers = headers
    }

    /// Appends a row.
    /// - Precondition: `cells.count == headers.count`.
    mutating func append(_ cells: [String]) {
        precondition(cells.count == headers.count, "row width differs from the header")
        rows.append(cells)
    }

    /// The table as text, one line per row, ending with a newline.
    func rendered() -> String {
        let widths = headers.indices.map { column in
            ([headers[column]] + rows.map { $0[column] }).map(\.count).max() ?? 0
        }
        func line(_ cells: [String]) -> String {
            cells.indices.map { column in
                let cell = cells[column]
                let padding = String(repeating: " ", count: widths[column] - cell.count)
                return Self.isNumeric(cell) ? padding + cell : cell + padding
            }.joined(separator: "  ")
        }
        let rule = widths.map { String(repeating: "─", count: $0) }.joined(separator: "  ")
        return ([line(headers), rule] + rows.map(line)).map { trimmedTrailing($0) }.joined(separator: "\n") + "\n"
    }

    private func trimmedTrailing(_ text: String) -> String {
        var result = text
        while result.last == " " { result.removeLast() }
        return result
    }

    private static func isNumeric(_ cell: String) -> Bool {
        !cell.isEmpty && cell.allSatisfy { "0123456789.-+e%±×".contains($0) }
    }
}
