/// A ranked retrieval run in TREC format: one `query Q0 document rank score tag` row per retrieved
/// document, fields separated by whitespace; fields after the tag are ignored.
///
/// ```
/// 301 Q0 FBIS3-10082 1 12.75 my-run
/// 301 Q0 FBIS3-10169 2 11.20 my-run
/// ```
///
/// As in `trec_eval`, only the query, document and score matter: the rank column is ignored and
/// the ranking is rebuilt from the scores (see ``TRECEvaluation``). A document listed twice for
/// one query is an error, as `trec_eval` rejects it too.
public struct TRECRun: Sendable, Equatable {
    /// One retrieved document and its score.
    public struct Entry: Sendable, Equatable {
        /// The document ID.
        public let document: String
        /// The retrieval score (higher is retrieved first).
        public let score: Double

        /// Creates an entry.
        public init(document: String, score: Double) {
            self.document = document
            self.score = score
        }
    }

    /// Where the run came from (a file path, or a label for parsed text).
    public let path: String
    /// `results[query]` lists the retrieved documents in file order.
    public let results: [String: [Entry]]

    /// Creates a run directly.
    /// - Precondition: no document appears twice for one query.
    public init(results: [String: [Entry]], path: String = "<run>") {
        for entries in results.values {
            precondition(Set(entries.map(\.document)).count == entries.count, "a document appears twice for one query")
        }
        self.results = results
        self.path = path
    }

    /// Reads a run file.
    /// - Throws: ``DataError`` when the file is missing, unreadable, empty or has a malformed row
    ///   (too few fields, a score that is not a number, a repeated document), naming file, line and text.
    public init(contentsOfFile path: String) throws {
        try self.init(rows: TRECTextFile.dataRows(ofFile: path), path: path)
    }

    /// Parses run text; `path` labels error messages.
    /// - Throws: as ``init(contentsOfFile:)``.
    public init(parsing text: String, path: String = "<run>") throws {
        try self.init(rows: TRECTextFile.dataRows(of: Array(text.utf8), path: path), path: path)
    }

    private init(rows: [TRECTextFile.Row], path: String) throws {
        var results: [String: [Entry]] = [:]
        var pairs = TRECTextFile.PairLines()
        for row in rows {
            guard row.fields.count >= 6 else {
                throw DataError.malformedRow(
                    path: path, line: row.line, text: row.text,
                    reason: "expected 6 whitespace-separated fields (query, Q0, document, rank, score, tag), "
                        + "found \(row.fields.count)")
            }
            let query = String(row.fields[0])
            let document = String(row.fields[2])
            guard let score = Double(row.fields[4]), !score.isNaN else {
                throw DataError.malformedRow(
                    path: path, line: row.line, text: row.text, reason: "score '\(row.fields[4])' is not a number")
            }
            try pairs.record(query: query, document: document, row: row, path: path, repeated: "appears twice")
            results[query, default: []].append(Entry(document: document, score: score))
        }
        self.init(results: results, path: path)
    }
}
