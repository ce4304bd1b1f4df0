/// Why one row could not be read; the reader adds file, line and row text.
struct RowProblem: Error {
    let reason: String
}

/// A forward scanner over the fields of a delimited text buffer, record by record.
///
/// It works on raw bytes and hands out field bounds, so the hot loop of a loader never builds a
/// `String` per line. A record ends at `\n`; a `\r` right before it (CRLF files) is not part of
/// the last field. With quotes allowed, a field that starts with `"` runs to the matching `"`
/// (RFC 4180): separators and line ends inside are data and `""` stands for one quote.
///
/// The scanner borrows the bytes: use it only inside the buffer's `withUnsafeBufferPointer`.
struct FieldScanner {
    /// The bounds of one field and what ended it.
    struct Field {
        /// First byte of the content (after an opening quote).
        var start: Int
        /// One past the last byte of the content (before a closing quote).
        var end: Int
        /// Whether the content holds doubled quotes that stand for one quote each.
        var hasEscapedQuotes: Bool
        /// Whether the field was the last of its record.
        var endsRecord: Bool
    }

    /// What a line that holds only spaces, tabs or `\r` means.
    enum BlankLine {
        /// The line has data.
        case none
        /// A blank line followed only by more blank lines: the data has ended.
        case trailing
        /// A blank line with data after it.
        case inside
    }

    let base: UnsafePointer<UInt8>
    let count: Int
    private let separatorFirst: UInt8
    private let separatorTail: [UInt8]
    private let allowsQuotes: Bool
    /// The offset of the next unread byte.
    private(set) var position: Int
    /// The 1-based line number of ``position``.
    private(set) var line: Int

    /// Creates a scanner starting at `start`, which lies on line `line`.
    init(buffer: UnsafeBufferPointer<UInt8>, start: Int, line: Int, dialect: TextDialect) {
        base = buffer.baseAddress ?? UnsafePointer(bitPattern: 1)!
        count = buffer.count
        separatorFirst = dialect.separator[0]
        separatorTail = Array(dialect.separator.dropFirst())
        allowsQuotes = dialect.allowsQuotes
        position = start
        self.line = line
    }

    /// Whether every byte has been read.
    var isAtEnd: Bool { position >= count }

    /// Reads the next field of the current record.
    /// - Throws: ``RowProblem`` for an unterminated quote or text after a closing quote.
    @inline(__always)
    mutating func nextField() throws(RowProblem) -> Field {
        if allowsQuotes && position < count && base[position] == UInt8(ascii: "\"") {
            return try quotedField()
        }
        let start = position
        var scan = start
        if separatorTail.isEmpty {
            let separator = separatorFirst
            while scan < count {
                let byte = base[scan]
                if byte == separator || byte == 0x0A { break }
                scan += 1
            }
        } else {
            while scan < count {
                let byte = base[scan]
                if byte == 0x0A || (byte == separatorFirst && separatorFollows(at: scan)) { break }
                scan += 1
            }
        }
        if scan < count && base[scan] != 0x0A {
            position = scan + 1 + separatorTail.count
            return Field(start: start, end: scan, hasEscapedQuotes: false, endsRecord: false)
        }
        var end = scan
        if end > start && base[end - 1] == 0x0D { end -= 1 }
        finishRecord(at: scan)
        return Field(start: start, end: end, hasEscapedQuotes: false, endsRecord: true)
    }

    private func separatorFollows(at offset: Int) -> Bool {
        guard offset + separatorTail.count < count else { return false }
        for (k, byte) in separatorTail.enumerated() where base[offset + 1 + k] != byte { return false }
        return true
    }

    /// Moves past the line end at `offset` (or to the end of the buffer).
    private mutating func finishRecord(at offset: Int) {
        if offset < count {
            position = offset + 1
            line += 1
        } else {
            position = count
        }
    }

    private mutating func quotedField() throws(RowProblem) -> Field {
        let start = position + 1
        var scan = start
        var escaped = false
        var embeddedLines = 0
        while true {
            guard scan < count else {
                position = count
                line += embeddedLines
                throw RowProblem(reason: "a quoted field has no closing quote")
            }
            let byte = base[scan]
            if byte == UInt8(ascii: "\"") {
                if scan + 1 < count && base[scan + 1] == UInt8(ascii: "\"") {
                    escaped = true
                    scan += 2
                    continue
                }
                break
            }
            if byte == 0x0A { embeddedLines += 1 }
            scan += 1
        }
        line += embeddedLines
        let end = scan
        var after = scan + 1
        if after < count && base[after] == 0x0D && (after + 1 == count || base[after + 1] == 0x0A) { after += 1 }
        if after >= count || base[after] == 0x0A {
            finishRecord(at: after)
            return Field(start: start, end: end, hasEscapedQuotes: escaped, endsRecord: true)
        }
        if base[after] == separatorFirst && (separatorTail.isEmpty || separatorFollows(at: after)) {
            position = after + 1 + separatorTail.count
            return Field(start: start, end: end, hasEscapedQuotes: escaped, endsRecord: false)
        }
        position = after
        throw RowProblem(reason: "text follows a closing quote; double quotes inside a quoted field")
    }

    /// Skips to the start of the next record (after a bad field), ignoring quotes.
    mutating func skipRestOfRecord() {
        var scan = position
        while scan < count && base[scan] != 0x0A { scan += 1 }
        finishRecord(at: scan)
    }

    /// Classifies the line at ``position``; a ``BlankLine/trailing`` answer means no data follows.
    func blankLine() -> BlankLine {
        var scan = position
        while scan < count {
            let byte = base[scan]
            if byte == 0x0A { break }
            if byte != 0x20 && byte != 0x09 && byte != 0x0D { return .none }
            scan += 1
        }
        while scan < count {
            let byte = base[scan]
            if byte != 0x0A && byte != 0x20 && byte != 0x09 && byte != 0x0D { return .inside }
            scan += 1
        }
        return .trailing
    }

    /// The text of a field, with doubled quotes collapsed, decoded with `encoding`.
    func text(of field: Field, encoding: TextEncoding) -> String {
        let bytes = UnsafeBufferPointer(start: base + field.start, count: field.end - field.start)
        guard field.hasEscapedQuotes else { return encoding.decode(bytes) }
        var collapsed: [UInt8] = []
        collapsed.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            collapsed.append(bytes[index])
            index += bytes[index] == UInt8(ascii: "\"") ? 2 : 1
        }
        return collapsed.withUnsafeBufferPointer { encoding.decode($0) }
    }

    /// Reads all fields of the next record as text, or `nil` at the end of the data. Blank lines
    /// at the end are skipped; a blank line with data after it is a ``RowProblem``. After a
    /// problem the scanner stands at the next record.
    mutating func nextRecord(encoding: TextEncoding) throws(RowProblem) -> [String]? {
        switch blankLine() {
        case .trailing:
            position = count
            return nil
        case .inside:
            skipRestOfRecord()
            throw RowProblem(reason: "empty row; remove blank lines between data rows")
        case .none:
            break
        }
        var fields: [String] = []
        do {
            while true {
                let field = try nextField()
                fields.append(text(of: field, encoding: encoding))
                if field.endsRecord { return fields }
            }
        } catch {
            skipRestOfRecord()
            throw error
        }
    }
}
