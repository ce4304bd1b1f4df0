/// A small side-information file (genres, tags, classes) split into records of text fields, read
/// with the same strictness and bad-row policy as the interactions.
struct SideFile {
    /// One data record.
    struct Record {
        /// The 1-based line the record starts on.
        let line: Int
        /// The byte offset the record starts at, for error messages.
        let offset: Int
        /// The decoded fields.
        let fields: [String]
    }

    /// How the bytes of a side file are decoded.
    enum EncodingRule {
        /// UTF-8; anything else is an error.
        case utf8
        /// UTF-8 when the whole file is valid UTF-8, otherwise ISO-8859-1 (old MovieLens files).
        case utf8OrLatin1
    }

    /// The file.
    let file: TextFile
    /// The header fields, when the file has a header.
    let header: [String]?
    /// The data records in file order.
    private(set) var records: [Record] = []
    /// The records skipped so far.
    private(set) var skipped = SkipLog()
    private let policy: LoadOptions.BadRowPolicy

    /// Reads the side file at `path`, or returns `nil` when there is none.
    /// - Throws: ``DataError`` for unreadable or undecodable files, a header-only file, and
    ///   malformed records under the `.error` policy.
    static func readIfPresent(
        _ path: String, separator: String, allowsQuotes: Bool, encoding rule: EncodingRule,
        hasHeader: Bool, policy: LoadOptions.BadRowPolicy
    ) throws -> SideFile? {
        guard TextFile.exists(path) else { return nil }
        let file = try TextFile.read(path)
        let encoding: TextEncoding
        switch rule {
        case .utf8:
            try file.validateUTF8()
            encoding = .utf8
        case .utf8OrLatin1:
            encoding = file.isValidUTF8 ? .utf8 : .latin1
        }
        let dialect = TextDialect(separator: separator, allowsQuotes: allowsQuotes, encoding: encoding)
        return try SideFile(file: file, dialect: dialect, hasHeader: hasHeader, policy: policy)
    }

    private init(file: TextFile, dialect: TextDialect, hasHeader: Bool, policy: LoadOptions.BadRowPolicy) throws {
        self.file = file
        self.policy = policy
        var parsed: [Record] = []
        var log = SkipLog()
        var headerFields: [String]?
        try file.bytes.withUnsafeBufferPointer { buffer in
            var scanner = FieldScanner(buffer: buffer, start: file.bodyStart, line: 1, dialect: dialect)
            while !scanner.isAtEnd {
                let line = scanner.line
                let offset = scanner.position
                do throws(RowProblem) {
                    guard let fields = try scanner.nextRecord(encoding: dialect.encoding) else { break }
                    if hasHeader && headerFields == nil {
                        headerFields = fields
                    } else {
                        parsed.append(Record(line: line, offset: offset, fields: fields))
                    }
                } catch {
                    let problem = DataError.malformedRow(
                        path: file.path, line: line, text: file.lineText(startingAt: offset), reason: error.reason)
                    if policy == .error || (hasHeader && headerFields == nil) { throw problem }
                    log.record(problem)
                }
            }
        }
        if hasHeader && headerFields == nil { throw DataError.emptyFile(path: file.path) }
        header = headerFields
        records = parsed
        skipped = log
    }

    /// The position of a required header column.
    /// - Throws: ``DataError/missingColumn(path:column:header:)`` when the header lacks it.
    func column(named name: String) throws -> Int {
        guard let index = header?.firstIndex(of: name) else {
            throw DataError.missingColumn(path: file.path, column: name, header: header?.joined(separator: ",") ?? "")
        }
        return index
    }

    /// Rejects a record: throws under the `.error` policy, otherwise logs it as skipped.
    mutating func reject(_ record: Record, reason: String) throws {
        let problem = DataError.malformedRow(
            path: file.path, line: record.line, text: file.lineText(startingAt: record.offset), reason: reason)
        if policy == .error { throw problem }
        skipped.record(problem)
    }

    /// Keeps the records with exactly `count` fields and rejects the others.
    mutating func records(withFieldCount count: Int) throws -> [Record] {
        var kept: [Record] = []
        for record in records {
            if record.fields.count == count {
                kept.append(record)
            } else {
                try reject(record, reason: "expected \(count) fields, found \(record.fields.count)")
            }
        }
        return kept
    }
}
