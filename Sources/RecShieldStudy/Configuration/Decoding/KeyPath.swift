/// Writes coding paths the way a person reads them in YAML: `models[1].kind`.
enum KeyPath {
    /// The dotted path of `codingPath`, with list positions in brackets; empty for the root.
    static func text(_ codingPath: [any CodingKey]) -> String {
        var text = ""
        for key in codingPath {
            if let index = key.intValue {
                text += "[\(index)]"
            } else {
                text += text.isEmpty ? key.stringValue : "." + key.stringValue
            }
        }
        return text
    }
}
