/// The first line of a delimited file read as a header, and first-line guesses for files
/// without one.
struct HeaderLine {
    /// The header's fields.
    let fields: [String]
    /// The offset of the first byte after the header.
    let dataStart: Int
    /// The file, for errors.
    let path: String

    /// Reads the header of `file`.
    /// - Throws: ``DataError/emptyFile(path:)`` for a file without any line,
    ///   ``DataError/malformedRow(path:line:text:reason:)`` for a header that cannot be split.
    static func read(_ file: TextFile, dialect: TextDialect) throws -> HeaderLine {
        let (fields, end) = try firstRecord(file, dialect: dialect, from: file.bodyStart)
        return HeaderLine(fields: fields, dataStart: end, path: file.path)
    }

    /// The roles of the header's columns, found by exact name; every name in `roles` must be
    /// present, other columns are ignored.
    /// - Throws: ``DataError/missingColumn(path:column:header:)`` for the first absent name.
    func layout(named roles: KeyValuePairs<String, ColumnRole>) throws -> RowLayout {
        var layout: [ColumnRole?] = Array(repeating: nil, count: fields.count)
        for (name, role) in roles {
            guard let index = fields.firstIndex(of: name) else {
                throw DataError.missingColumn(path: path, column: name, header: fields.joined(separator: ","))
            }
            layout[index] = role
        }
        return RowLayout(roles: layout)
    }

    /// The number of fields in the first record at `start`.
    static func columnCount(_ file: TextFile, dialect: TextDialect, from start: Int) throws -> Int {
        try firstRecord(file, dialect: dialect, from: start).fields.count
    }

    /// The separator of a delimited file without `--separator`: the first of tab, `::`, `,`, `;`
    /// and `|` that occurs in its first line.
    /// - Throws: ``DataError/emptyFile(path:)`` or ``DataError/unknownFormat(path:reason:)``.
    static func guessSeparator(_ file: TextFile) throws -> String {
        var start = file.bodyStart
        while start < file.bytes.count, [0x0A, 0x0D, 0x20, 0x09].contains(file.bytes[start]) { start += 1 }
        guard start < file.bytes.count else { throw DataError.emptyFile(path: file.path) }
        let line = file.lineText(startingAt: start)
        for candidate in ["\t", "::", ",", ";", "|"] where line.contains(candidate) { return candidate }
        throw DataError.unknownFormat(
            path: file.path, reason: "no tab, '::', ',', ';' or '|' in the first line; pass --separator")
    }

    private static func firstRecord(
        _ file: TextFile, dialect: TextDialect, from start: Int
    ) throws -> (fields: [String], end: Int) {
        let line = file.lineNumber(at: start)
        return try file.bytes.withUnsafeBufferPointer { buffer in
            var scanner = FieldScanner(buffer: buffer, start: start, line: line, dialect: dialect)
            do {
                guard let fields = try scanner.nextRecord(encoding: dialect.encoding) else {
                    throw DataError.emptyFile(path: file.path)
                }
                return (fields, scanner.position)
            } catch let problem as RowProblem {
                throw DataError.malformedRow(
                    path: file.path, line: line, text: file.lineText(startingAt: start), reason: problem.reason)
            }
        }
    }
}
