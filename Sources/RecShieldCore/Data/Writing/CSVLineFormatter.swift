/// Formats CSV records the way RFC 4180 describes: fields joined by commas, a field quoted when it
/// holds a comma, a quote, a line break or leading/trailing spaces, and quotes inside doubled.
enum CSVLineFormatter {
    /// `field`, quoted when needed.
    static func field(_ field: String) -> String {
        let needsQuotes = field.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }
            || field.first == " " || field.last == " "
        guard needsQuotes else { return field }
        var quoted = "\""
        for character in field {
            if character == "\"" { quoted += "\"\"" } else { quoted.append(character) }
        }
        return quoted + "\""
    }

    /// One record ending in `\n`.
    static func line(_ fields: [String]) -> String {
        fields.map(field).joined(separator: ",") + "\n"
    }
}
