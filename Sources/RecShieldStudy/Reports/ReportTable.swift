import Foundation

/// A table of text cells: the report's main table, rendered as aligned text, Markdown or HTML.
public struct ReportTable: Sendable, Equatable {
    /// Column headers.
    public var headers: [String]
    /// Rows; each has one cell per header.
    public var rows: [[String]]

    /// Creates a table.
    public init(headers: [String], rows: [[String]] = []) {
        self.headers = headers
        self.rows = rows
    }

    /// Aligned plain text: numbers right-aligned, text left-aligned, a rule under the header.
    public func text() -> String {
        let widths = headers.indices.map { column in
            ([headers[column]] + rows.map { $0[column] }).map(\.count).max() ?? 0
        }
        func line(_ cells: [String]) -> String {
            let padded = cells.indices.map { column in
                let padding = String(repeating: " ", count: widths[column] - cells[column].count)
                return Self.isNumeric(cells[column]) ? padding + cells[column] : cells[column] + padding
            }
            var text = padded.joined(separator: "  ")
            while text.last == " " { text.removeLast() }
            return text
        }
        let rule = widths.map { String(repeating: "─", count: $0) }.joined(separator: "  ")
        return ([line(headers), rule] + rows.map(line)).joined(separator: "\n") + "\n"
    }

    /// A GitHub-flavoured Markdown table (pipes in cells escaped).
    public func markdown() -> String {
        func line(_ cells: [String]) -> String {
            "| " + cells.map { $0.replacingOccurrences(of: "|", with: "\\|") }.joined(separator: " | ") + " |"
        }
        let alignment = "|" + headers.indices.map { column in
            rows.contains { Self.isNumeric($0[column]) } ? "---:|" : "---|"
        }.joined()
        return ([line(headers), alignment] + rows.map(line)).joined(separator: "\n") + "\n"
    }

    /// Whether a cell reads as a number (for alignment).
    static func isNumeric(_ cell: String) -> Bool {
        !cell.isEmpty && cell.allSatisfy { "0123456789.-+e±–".contains($0) || $0 == " " } && cell.contains { $0.isNumber }
    }

    /// `value` with `digits` decimals, or `–` for NaN.
    static func format(_ value: Double, digits: Int = 4) -> String {
        value.isNaN ? "–" : String(format: "%.\(digits)f", value)
    }
}
