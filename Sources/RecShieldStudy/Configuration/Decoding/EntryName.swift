/// The `name` key shared by list entries (models, attacks, defenses, detectors).
enum EntryName {
    /// Characters a name may hold: letters, digits, `-` and `_`, so names read cleanly in cell
    /// keys and sweep paths (`models.bpr-64.factors`).
    static func isValid(_ name: String) -> Bool {
        !name.isEmpty && name.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") }
    }

    /// The entry's name, or `defaultName` (its kind) when absent.
    static func read(from reader: ConfigurationReader, default defaultName: String) throws -> String {
        try reader.value("name", default: defaultName, expected: "letters, digits, '-' and '_' only", where: isValid)
    }

    /// "applies to bpr, mf only, not pop".
    static func appliesTo(_ kinds: [String], not kind: String) -> String {
        "applies to " + kinds.joined(separator: ", ") + " only, not \(kind)"
    }
}
