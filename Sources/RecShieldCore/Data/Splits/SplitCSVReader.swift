/// Reads the canonical split files `train.csv`, `validation.csv` and `test.csv`: UTF-8 CSV
/// (RFC 4180 quoting, LF or CRLF line ends, optional byte-order mark) with the header
/// `user,item,rating,timestamp`, raw IDs, and empty rating/timestamp fields when absent.
///
/// Every problem is reported as a ``DataError`` with the file, the 1-based line where the record
/// starts and the offending text. Blank lines are skipped.
enum SplitCSVReader {
    /// One data row of a split file.
    struct Row {
        /// The 1-based line where the record starts.
        let line: Int
        /// The record as written (for error messages).
        let text: String
        let user: String
        let item: String
        let rating: Float?
        let timestamp: Int64?
    }

    /// The columns of the canonical header, in order.
    static let columns = ["user", "item", "rating", "timestamp"]

    /// The data rows of the split file at `path`.
    /// - Throws: ``DataError`` for a missing, empty or malformed file.
    static func rows(atPath path: String) throws -> [Row] {
        let records = try Tokenizer(bytes: try OutputFile.read(path), path: path).records()
        guard let header = records.first else { throw DataError.emptyFile(path: path) }
        guard header.fields == columns else {
            if let missing = columns.first(where: { !header.fields.contains($0) }) {
                throw DataError.missingColumn(path: path, column: missing, header: header.text)
            }
            throw DataError.malformedRow(
                path: path, line: header.line, text: header.text,
                reason: "expected the header user,item,rating,timestamp in this order")
        }
        return try records.dropFirst().map { try row($0, path: path) }
    }

    private static func row(_ record: Tokenizer.Record, path: String) throws -> Row {
        func failure(_ reason: String) -> DataError {
            DataError.malformedRow(path: path, line: record.line, text: record.text, reason: reason)
        }
        let fields = record.fields
        guard fields.count == 4 else {
            throw failure("expected 4 fields (user,item,rating,timestamp), found \(fields.count)")
        }
        guard !fields[0].isEmpty else { throw failure("the user ID is empty") }
        guard !fields[1].isEmpty else { throw failure("the item ID is empty") }
        var rating: Float?
        if !fields[2].isEmpty {
            guard let value = Float(fields[2]), value.isFinite else {
                throw failure("the rating '\(fields[2])' is not a finite number")
            }
            rating = value
        }
        var timestamp: Int64?
        if !fields[3].isEmpty {
            guard let value = Int64(fields[3]) else {
                throw failure("the timestamp '\(fields[3])' is not a whole number of seconds")
            }
            timestamp = value
        }
        return Row(
            line: record.line, text: record.text, user: fields[0], item: fields[1],
            rating: rating, timestamp: timestamp)
    }
}

extension SplitCSVReader {
    /// Splits bytes into CSV records, tracking line numbers.
    struct Tokenizer {
        /// One record: its fields, the line where it starts and its text.
        struct Record {
            let line: Int
            let fields: [String]
            let text: String
        }

        let bytes: [UInt8]
        let path: String

        private static let comma = UInt8(ascii: ","), quote = UInt8(ascii: "\"")
        private static let lineFeed = UInt8(ascii: "\n"), carriageReturn = UInt8(ascii: "\r")

        /// All non-blank records in order.
        func records() throws -> [Record] {
            var records: [Record] = []
            var cursor = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
            var line = 1
            while cursor < bytes.count {
                let start = cursor
                let startLine = line
                var fields: [String] = []
                while true {
                    fields.append(try field(at: &cursor, line: &line, recordStart: start, recordLine: startLine))
                    if cursor < bytes.count && bytes[cursor] == Self.comma {
                        cursor += 1
                        continue
                    }
                    let end = cursor
                    if cursor < bytes.count && bytes[cursor] == Self.carriageReturn { cursor += 1 }
                    if cursor < bytes.count && bytes[cursor] == Self.lineFeed { cursor += 1 }
                    line += 1
                    if fields != [""] {
                        records.append(Record(line: startLine, fields: fields, text: text(start..<end)))
                    }
                    break
                }
            }
            return records
        }

        /// Reads the field at `cursor`, leaving `cursor` on the comma or line end after it.
        private func field(at cursor: inout Int, line: inout Int, recordStart: Int, recordLine: Int) throws -> String {
            func failure(_ reason: String) -> DataError {
                let end = bytes[recordStart...].firstIndex(of: Self.lineFeed) ?? bytes.count
                return DataError.malformedRow(path: path, line: recordLine, text: text(recordStart..<end), reason: reason)
            }
            guard cursor < bytes.count && bytes[cursor] == Self.quote else {
                let start = cursor
                while cursor < bytes.count, ![Self.comma, Self.lineFeed, Self.carriageReturn].contains(bytes[cursor]) {
                    if bytes[cursor] == Self.quote { throw failure("a quote inside an unquoted field; quote the whole field") }
                    cursor += 1
                }
                return try decoded(bytes[start..<cursor], line: recordLine)
            }
            cursor += 1
            var content: [UInt8] = []
            while cursor < bytes.count {
                let byte = bytes[cursor]
                cursor += 1
                if byte == Self.quote {
                    guard cursor < bytes.count && bytes[cursor] == Self.quote else {
                        guard cursor == bytes.count || [Self.comma, Self.lineFeed, Self.carriageReturn].contains(bytes[cursor])
                        else { throw failure("text after the closing quote of a field") }
                        return try decoded(content[...], line: recordLine)
                    }
                    cursor += 1
                }
                if byte == Self.lineFeed { line += 1 }
                content.append(byte)
            }
            throw failure("a quoted field is never closed")
        }

        private func decoded(_ field: ArraySlice<UInt8>, line: Int) throws -> String {
            guard let string = String(validating: field, as: UTF8.self) else {
                throw DataError.undecodableBytes(path: path, line: line, encoding: "UTF-8")
            }
            return string
        }

        private func text(_ range: Range<Int>) -> String {
            String(decoding: bytes[range], as: UTF8.self)
        }
    }
}
