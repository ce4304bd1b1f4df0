/// Escaping for text placed in HTML and SVG, so names from a configuration can never inject
/// markup.
enum HTMLText {
    /// `text` with `&`, `<`, `>`, `"` and `'` replaced by character references; safe in element
    /// content and in quoted attribute values.
    static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.count)
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.append(character)
            }
        }
        return result
    }
}
