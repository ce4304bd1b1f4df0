/// Relevance judgements in TREC qrels format: one `query iteration document relevance` row per
/// judged document, fields separated by whitespace (the iteration field is ignored).
///
/// ```
/// 301 0 FBIS3-10082 1
/// 301 0 FBIS3-10169 0
/// ```
///
/// Relevance is an integer: `≥ 1` is relevant (and is the gain of graded measures), `0` judged
/// not relevant, negative judged-but-unassessed (counted as not relevant), as in `trec_eval`.
/// A document judged twice for one query is an error, as in `trec_eval`.
public struct TRECQrels: Sendable, Equatable {
    /// Where the judgements came from (a file path, or a label for parsed text).
    public let path: String
    /// `judgments[query][document]` is the relevance of `document` for `query`.
    public let judgments: [String: [String: Int]]

    /// Creates judgements directly.
    public init(judgments: [String: [String: Int]], path: String = "<qrels>") {
        self.judgments = judgments
        self.path = path
    }

    /// Reads a qrels file.
    /// - Throws: ``DataError`` when the file is missing, unreadable, empty or has a malformed row
    ///   (wrong field count, non-integer relevance, repeated document), naming file, line and text.
    public init(contentsOfFile path: String) throws {
        try self.init(rows: TRECTextFile.dataRows(ofFile: path), path: path)
    }

    /// Parses qrels text; `path` labels error messages.
    /// - Throws: as ``init(contentsOfFile:)``.
    public init(parsing text: String, path: String = "<qrels>") throws {
        try self.init(rows: TRECTextFile.dataRows(of: Array(text.utf8), path: path), path: path)
    }

    private init(rows: [TRECTextFile.Row], path: String) throws {
        var judgments: [String: [String: Int]] = [:]
        var pairs = TRECTextFile.PairLines()
        for row in rows {
            guard row.fields.count == 4 else {
                throw DataError.malformedRow(
                    path: path, line: row.line, text: row.text,
                    reason: "expected 4 whitespace-separated fields (query, iteration, document, relevance), "
                        + "found \(row.fields.count)")
            }
            let query = String(row.fields[0])
            let document = String(row.fields[2])
            guard let relevance = Int(row.fields[3]) else {
                throw DataError.malformedRow(
                    path: path, line: row.line, text: row.text,
                    reason: "relevance '\(row.fields[3])' is not an integer")
            }
            try pairs.record(query: query, document: document, row: row, path: path, repeated: "is judged twice")
            judgments[query, default: [:]][document] = relevance
        }
        self.init(judgments: judgments, path: path)
    }
}
