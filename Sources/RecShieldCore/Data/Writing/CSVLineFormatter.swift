/// Formats CSV records the way RFC 4180 describes: fields joined by commas, a field quoted when it
/// holds a comma, a quote, a line break or leading/trailing spaces, and quotes inside doubled.
public enum CSVLineFormatter {
    /// One record ending in `\n`.
    public static func line(_ fields: [String]) -> String {
        var text = ""
        appendLine(fields, to: &text)
        return text
    }

    /// Appends one record ending in `\n` to `text`.
    static func appendLine(_ fields: [String], to text: inout String) {
        for (index, field) in fields.enumerated() {
            if index > 0 { text.append(",") }
            append(field, to: &text)
        }
        text.append("\n")
    }

    /// Appends `field`, quoted when needed, to `text`.
    static func append(_ field: String, to text: inout String) {
        let utf8 = field.utf8
        let needsQuotes = utf8.contains { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }
            || utf8.first == 0x20 || utf8.last == 0x20
        guard needsQuotes else {
            text.append(field)
            return
        }
        text.append("\"")
        for character in field {
            if character == "\"" { text.append("\"\"") } else { text.append(character) }
        }
        text.append("\"")
    }
}
