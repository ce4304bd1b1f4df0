#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads the whitespace-separated rows of a TREC qrels or run file.
///
/// Accepts what `trec_eval` accepts and the usual variants: any mix of spaces and tabs between
/// fields, CRLF line ends, a UTF-8 byte-order mark, blank lines and `#` comment lines (both
/// skipped). Bytes that are not UTF-8 are an error naming the line.
enum TRECTextFile {
    /// One data row: its 1-based line number, its text and its fields.
    struct Row {
        let line: Int
        let text: String
        let fields: [Substring]
    }

    /// The bytes of the file at `path`.
    /// - Throws: ``DataError/fileNotFound(path:)`` or ``DataError/unreadable(path:reason:)``.
    static func contents(ofFile path: String) throws -> [UInt8] {
        guard let file = fopen(path, "rb") else {
            let code = errno
            if code == ENOENT { throw DataError.fileNotFound(path: path) }
            throw DataError.unreadable(path: path, reason: String(cString: strerror(code)))
        }
        defer { fclose(file) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let read = chunk.withUnsafeMutableBytes { fread($0.baseAddress, 1, $0.count, file) }
            if read > 0 { bytes.append(contentsOf: chunk[0..<read]) }
            if read < chunk.count {
                if ferror(file) != 0 { throw DataError.unreadable(path: path, reason: "read error") }
                return bytes
            }
        }
    }

    /// The data rows of the file at `path`.
    /// - Throws: as ``contents(ofFile:)`` and ``dataRows(of:path:)``.
    static func dataRows(ofFile path: String) throws -> [Row] {
        try dataRows(of: contents(ofFile: path), path: path)
    }

    /// The data rows of `bytes`, read from `path` (used in error messages); at least one.
    /// - Throws: ``DataError/undecodableBytes(path:line:encoding:)`` for a line that is not UTF-8,
    ///   ``DataError/emptyFile(path:)`` when there is no data row.
    static func dataRows(of bytes: [UInt8], path: String) throws -> [Row] {
        let rows = try rows(of: bytes, path: path)
        guard !rows.isEmpty else { throw DataError.emptyFile(path: path) }
        return rows
    }

    /// The data rows of `bytes`, read from `path` (used in error messages).
    /// - Throws: ``DataError/undecodableBytes(path:line:encoding:)`` for a line that is not UTF-8.
    static func rows(of bytes: [UInt8], path: String) throws -> [Row] {
        var rows: [Row] = []
        var start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        var line = 0
        while start < bytes.count {
            line += 1
            var end = start
            while end < bytes.count && bytes[end] != UInt8(ascii: "\n") { end += 1 }
            let next = end + 1
            if end > start && bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
            guard let text = String(validating: bytes[start..<end], as: UTF8.self) else {
                throw DataError.undecodableBytes(path: path, line: line, encoding: "UTF-8")
            }
            start = next
            let fields = text.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\r" || $0 == "\u{0B}" || $0 == "\u{0C}" })
            if fields.isEmpty || fields[0].hasPrefix("#") { continue }
            rows.append(Row(line: line, text: text, fields: fields))
        }
        return rows
    }

    /// Remembers the line of each (query, document) pair so a repeat is reported with both lines.
    struct PairLines {
        private var lines: [String: [String: Int]] = [:]

        /// Records the pair of `row`.
        /// - Throws: ``DataError/malformedRow(path:line:text:reason:)`` when the pair was seen before;
        ///   `repeated` completes the reason, e.g. "is judged twice".
        mutating func record(query: String, document: String, row: Row, path: String, repeated: String) throws {
            if let earlier = lines[query]?[document] {
                throw DataError.malformedRow(
                    path: path, line: row.line, text: row.text,
                    reason: "document '\(document)' \(repeated) for query '\(query)' (first on line \(earlier))")
            }
            lines[query, default: [:]][document] = row.line
        }
    }
}
