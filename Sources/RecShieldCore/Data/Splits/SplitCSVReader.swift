/// A canonical split file `train.csv`, `validation.csv` or `test.csv`, read: UTF-8 CSV
/// (RFC 4180 quoting, LF or CRLF line ends, optional byte-order mark) with the header
/// `user,item,rating,timestamp`, raw IDs, and empty rating/timestamp fields when absent.
///
/// Every problem is reported as a ``DataError`` with the file, the 1-based line where the record
/// starts and the offending text. Blank lines are skipped.
struct SplitCSVReader {
    /// One data row of a split file.
    struct Row {
        /// The 1-based line where the record starts.
        let line: Int
        /// The record's bytes in the file (for error messages).
        let range: Range<Int>
        let user: String
        let item: String
        let rating: Float?
        let timestamp: Int64?
    }

    /// The columns of the canonical header, in order.
    static let columns = ["user", "item", "rating", "timestamp"]

    /// The file's path.
    let path: String
    /// The data rows in file order.
    let rows: [Row]
    private let tokenizer: Tokenizer

    /// Reads and parses the split file at `path`.
    /// - Throws: ``DataError`` for a missing, empty or malformed file.
    init(path: String) throws {
        let tokenizer = Tokenizer(bytes: try OutputFile.read(path), path: path)
        let records = try tokenizer.records()
        guard let header = records.first else { throw DataError.emptyFile(path: path) }
        guard header.fields == Self.columns else {
            let text = tokenizer.text(header.range)
            if let missing = Self.columns.first(where: { !header.fields.contains($0) }) {
                throw DataError.missingColumn(path: path, column: missing, header: text)
            }
            throw DataError.malformedRow(
                path: path, line: header.line, text: text,
                reason: "expected the header user,item,rating,timestamp in this order")
        }
        self.path = path
        self.tokenizer = tokenizer
        rows = try records.dropFirst().map { try Self.row($0, tokenizer: tokenizer) }
    }

    /// The text of `row` as written.
    func text(of row: Row) -> String {
        tokenizer.text(row.range)
    }

    private static func row(_ record: Tokenizer.Record, tokenizer: Tokenizer) throws -> Row {
        func failure(_ reason: String) -> DataError {
            DataError.malformedRow(
                path: tokenizer.path, line: record.line, text: tokenizer.text(record.range), reason: reason)
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
            line: record.line, range: record.range, user: fields[0], item: fields[1],
            rating: rating, timestamp: timestamp)
    }
}
