extension SplitCSVReader {
    /// Splits bytes into RFC 4180 CSV records, tracking line numbers.
    struct Tokenizer {
        /// One record: the line where it starts, its fields and its bytes (without the line end).
        struct Record {
            let line: Int
            let fields: [String]
            let range: Range<Int>
        }

        let bytes: [UInt8]
        let path: String

        private static let comma = UInt8(ascii: ","), quote = UInt8(ascii: "\"")
        private static let lineFeed = UInt8(ascii: "\n"), carriageReturn = UInt8(ascii: "\r")

        /// All non-blank records in order.
        /// - Throws: ``DataError/malformedRow(path:line:text:reason:)`` for broken quoting,
        ///   ``DataError/undecodableBytes(path:line:encoding:)`` for invalid UTF-8.
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
                    if fields != [""] { records.append(Record(line: startLine, fields: fields, range: start..<end)) }
                    break
                }
            }
            return records
        }

        /// The bytes of `range` as text (invalid UTF-8 replaced), for error messages.
        func text(_ range: Range<Int>) -> String {
            String(decoding: bytes[range], as: UTF8.self)
        }

        private static func endsField(_ byte: UInt8) -> Bool {
            byte == comma || byte == lineFeed || byte == carriageReturn
        }

        /// Reads the field at `cursor`, leaving `cursor` on the comma or line end after it.
        private func field(at cursor: inout Int, line: inout Int, recordStart: Int, recordLine: Int) throws -> String {
            func failure(_ reason: String) -> DataError {
                let end = bytes[recordStart...].firstIndex(of: Self.lineFeed) ?? bytes.count
                return DataError.malformedRow(path: path, line: recordLine, text: text(recordStart..<end), reason: reason)
            }
            guard cursor < bytes.count && bytes[cursor] == Self.quote else {
                let start = cursor
                while cursor < bytes.count && !Self.endsField(bytes[cursor]) {
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
                        guard cursor == bytes.count || Self.endsField(bytes[cursor]) else {
                            throw failure("text after the closing quote of a field")
                        }
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
    }
}
