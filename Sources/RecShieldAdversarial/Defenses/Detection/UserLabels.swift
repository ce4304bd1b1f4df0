import RecShieldCore

/// Which users are fake, by raw user ID, as read from a labels file — an attack artefact's
/// `labels.txt` or labels brought by a user (real spammer labels, another tool's output).
///
/// File format, one user per line, UTF-8:
/// ```
/// raw_user_id label        label 1 = fake (spammer), 0 = real
/// ```
/// The label is the last field; the separator before it is one or more spaces or tabs, or one
/// comma, so `123 1`, `123\t1` and `123,1` all work and IDs may contain spaces. Empty lines and
/// lines starting with `#` are skipped, and a first line whose last field is `label` is a header.
/// Windows line ends are accepted.
public struct UserLabels: Sendable, Equatable {
    /// `true` for fake, `false` for real, by raw user ID.
    public var labels: [String: Bool]

    /// Creates labels from a dictionary.
    public init(_ labels: [String: Bool]) {
        self.labels = labels
    }

    /// Reads a labels file.
    /// - Throws: ``DataError/fileNotFound(path:)``, ``DataError/unreadable(path:reason:)``,
    ///   ``DataError/undecodableBytes(path:line:encoding:)``, ``DataError/emptyFile(path:)`` and
    ///   ``DataError/malformedRow(path:line:text:reason:)`` for a line without a 0/1 label, an
    ///   empty ID or a user labelled twice.
    public static func read(from path: String) throws -> UserLabels {
        try UserLabels(parsing: try OutputFile.read(path), path: path)
    }

    /// Parses the bytes of a labels file; `path` only names it in errors.
    /// - Throws: as ``read(from:)``.
    public init(parsing bytes: [UInt8], path: String) throws {
        var labels: [String: Bool] = [:]
        let lines = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        for (offset, rawLine) in lines.enumerated() {
            let number = offset + 1
            guard let decoded = String(validating: rawLine, as: UTF8.self) else {
                throw DataError.undecodableBytes(path: path, line: number, encoding: "UTF-8")
            }
            let line = decoded.hasSuffix("\r") ? String(decoded.dropLast()) : decoded
            if line.allSatisfy({ $0 == " " || $0 == "\t" }) || line.hasPrefix("#") { continue }
            func malformed(_ reason: String) -> DataError {
                DataError.malformedRow(path: path, line: number, text: line, reason: reason)
            }
            let (user, label) = Self.fields(line)
            if number == 1 && label.lowercased() == "label" { continue }
            guard label == "0" || label == "1" else {
                throw malformed("expected 'raw_user_id label' with label 0 (real) or 1 (fake)")
            }
            guard !user.isEmpty else { throw malformed("the user ID is empty") }
            guard labels.updateValue(label == "1", forKey: user) == nil else {
                throw malformed("user '\(user)' is labelled twice")
            }
        }
        guard !labels.isEmpty else { throw DataError.emptyFile(path: path) }
        self.labels = labels
    }

    /// The ID and the label of one line: the label is the text after the last space, tab or
    /// comma; the ID is the text before it without surrounding blanks and a trailing comma.
    private static func fields(_ line: String) -> (user: String, label: String) {
        func isBlank(_ character: Character) -> Bool { character == " " || character == "\t" }
        let text = Substring(line).drop(while: isBlank).reversed().drop(while: isBlank).reversed()
        guard let separator = text.lastIndex(where: { isBlank($0) || $0 == "," }) else { return ("", String(text)) }
        var user = Array(text[..<separator])
        while let last = user.last, isBlank(last) { user.removeLast() }
        if user.last == "," { user.removeLast() }
        while let last = user.last, isBlank(last) { user.removeLast() }
        return (String(user), String(text[text.index(after: separator)...]))
    }

    /// The number of users labelled fake.
    public var fakeCount: Int { labels.values.count { $0 } }

    /// The label of each user of `users`, `nil` for users the file does not mention.
    /// - Throws: ``DataError/invalidParameter(name:value:expected:)`` when no user of `users` is
    ///   labelled (most likely labels of another data set).
    public func resolved(for users: IDMap) throws -> [Bool?] {
        let resolved = users.rawIDs.map { labels[$0] }
        guard resolved.contains(where: { $0 != nil }) else {
            let sample = labels.keys.sorted().prefix(3).joined(separator: ", ")
            throw DataError.invalidParameter(
                name: "labels", value: "\(labels.count) users (e.g. \(sample))",
                expected: "labels of users of the data (no labelled user occurs in it)")
        }
        return resolved
    }
}
