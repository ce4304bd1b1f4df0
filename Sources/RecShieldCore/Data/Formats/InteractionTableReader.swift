/// The hot loop shared by every interaction format: scans delimited bytes once, checks each row
/// strictly and appends user, item, rating and timestamp columns.
enum InteractionTableReader {
    /// Role codes used inside the loop instead of optional enums.
    private enum Code {
        static let skip: UInt8 = 0
        static let user: UInt8 = 1
        static let item: UInt8 = 2
        static let rating: UInt8 = 3
        static let timestamp: UInt8 = 4
    }

    /// Reads rows from `start` (on line `line`) to the end of `file`.
    /// - Parameters:
    ///   - file: the interaction file, already checked to be valid UTF-8.
    ///   - dialect: separator and quoting.
    ///   - layout: the role of each column; every row must have exactly its column count.
    ///   - start: the offset of the first data row (after any header).
    ///   - line: the line number of `start`.
    ///   - policy: whether a malformed row throws or is skipped and counted.
    /// - Throws: ``DataError/malformedRow(path:line:text:reason:)`` for a bad row under the
    ///   `.error` policy (or when every row was bad), ``DataError/emptyFile(path:)`` when no data
    ///   row follows `start`.
    /// - Complexity: O(file size) plus one hash look-up per ID.
    static func read(
        _ file: TextFile, dialect: TextDialect, layout: RowLayout,
        from start: Int, line: Int, policy: LoadOptions.BadRowPolicy
    ) throws -> InteractionTable {
        let codes: [UInt8] = layout.roles.map { role in
            switch role {
            case .user: return Code.user
            case .item: return Code.item
            case .rating: return Code.rating
            case .timestamp: return Code.timestamp
            case nil: return Code.skip
            }
        }
        let columnCount = codes.count
        let separatorText = dialect.separatorDescription
        var table = InteractionTable()
        var ratings: [Float] = []
        var timestamps: [Int64] = []
        let expectedRows = estimatedRowCount(file, from: start)
        table.users.reserveCapacity(expectedRows)
        table.items.reserveCapacity(expectedRows)
        if layout.hasRating { ratings.reserveCapacity(expectedRows) }
        if layout.hasTimestamp { timestamps.reserveCapacity(expectedRows) }
        try file.bytes.withUnsafeBufferPointer { buffer in
            var scanner = FieldScanner(buffer: buffer, start: start, line: line, dialect: dialect)
            var previousLine = -1
            while !scanner.isAtEnd {
                let recordStart = scanner.position
                let recordLine = scanner.line
                var user = ParsedID.number(0)
                var item = ParsedID.number(0)
                var rating: Float = 0
                var timestamp: Int64 = 0
                var column = 0
                var ended = false
                do throws(RowProblem) {
                    switch scanner.blankLine() {
                    case .trailing:
                        return
                    case .inside:
                        throw RowProblem(reason: "empty row; remove blank lines between data rows")
                    case .none:
                        break
                    }
                    while !ended {
                        let field = try scanner.nextField()
                        ended = field.endsRecord
                        if column < columnCount {
                            switch codes[column] {
                            case Code.user: user = try parseID(field, scanner, role: "user")
                            case Code.item: item = try parseID(field, scanner, role: "item")
                            case Code.rating: rating = try parseRating(field, scanner)
                            case Code.timestamp: timestamp = try parseTimestamp(field, scanner)
                            default: break
                            }
                        }
                        column += 1
                    }
                    guard column == columnCount else {
                        throw RowProblem(
                            reason: "expected \(columnCount) columns separated by '\(separatorText)', found \(column)")
                    }
                } catch {
                    if !ended { scanner.skipRestOfRecord() }
                    let problem = DataError.malformedRow(
                        path: file.path, line: recordLine, text: file.lineText(startingAt: recordStart),
                        reason: error.reason)
                    if policy == .error { throw problem }
                    table.skipped.record(problem)
                    continue
                }
                if recordLine != previousLine + 1 { table.lineAnchors.append((table.count, recordLine)) }
                previousLine = recordLine
                table.users.append(table.userIDs.index(of: user))
                table.items.append(table.itemIDs.index(of: item))
                if layout.hasRating { ratings.append(rating) }
                if layout.hasTimestamp { timestamps.append(timestamp) }
            }
        }
        if table.count == 0 {
            if let first = table.skipped.first.first { throw first }
            throw DataError.emptyFile(path: file.path)
        }
        if layout.hasRating { table.ratings = ratings }
        if layout.hasTimestamp { table.timestamps = timestamps }
        return table
    }

    /// The row count the file would have if all its lines were as long as those in its first
    /// 64 KiB, plus 5%: enough to fill the columns without repeated reallocation.
    private static func estimatedRowCount(_ file: TextFile, from start: Int) -> Int {
        let remaining = file.bytes.count - start
        let sample = min(remaining, 1 << 16)
        guard sample > 0 else { return 0 }
        var lines = 1
        for offset in start..<(start + sample) where file.bytes[offset] == 0x0A { lines += 1 }
        return Int(Double(remaining) / Double(sample) * Double(lines) * 1.05)
    }

    @inline(__always)
    private static func parseID(
        _ field: FieldScanner.Field, _ scanner: FieldScanner, role: String
    ) throws(RowProblem) -> ParsedID {
        guard field.end > field.start else { throw RowProblem(reason: "empty \(role) ID") }
        if !field.hasEscapedQuotes,
            let number = NumberParsing.canonicalInteger(scanner.base, field.start, field.end)
        {
            return .number(number)
        }
        return .text(scanner.text(of: field, encoding: .utf8))
    }

    @inline(__always)
    private static func parseRating(_ field: FieldScanner.Field, _ scanner: FieldScanner) throws(RowProblem) -> Float {
        guard let value = NumberParsing.float(scanner.base, field.start, field.end) else {
            throw RowProblem(reason: "rating '\(scanner.text(of: field, encoding: .utf8))' is not a number")
        }
        guard value.isFinite else {
            throw RowProblem(reason: "rating '\(scanner.text(of: field, encoding: .utf8))' is not a finite number")
        }
        return value
    }

    @inline(__always)
    private static func parseTimestamp(
        _ field: FieldScanner.Field, _ scanner: FieldScanner
    ) throws(RowProblem) -> Int64 {
        guard let value = NumberParsing.wholeNumber(scanner.base, field.start, field.end) else {
            throw RowProblem(
                reason: "timestamp '\(scanner.text(of: field, encoding: .utf8))' is not a whole number of seconds")
        }
        return value
    }
}
