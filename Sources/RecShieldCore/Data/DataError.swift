/// Errors in user-supplied data and data parameters. Each case names where the problem is and
/// its message says how to fix it; the CLI maps these to exit code 65 (66 for missing files).
public enum DataError: Error, CustomStringConvertible, Equatable {
    /// The file does not exist or cannot be opened.
    case fileNotFound(path: String)
    /// The file exists but could not be read.
    case unreadable(path: String, reason: String)
    /// An output file or directory could not be created or written.
    case unwritable(path: String, reason: String)
    /// The file holds no data rows.
    case emptyFile(path: String)
    /// A row could not be parsed; `line` is 1-based, `text` is the offending row (shortened).
    case malformedRow(path: String, line: Int, text: String, reason: String)
    /// A header lacks a column the chosen format needs.
    case missingColumn(path: String, column: String, header: String)
    /// Bytes that are not valid in the file's encoding.
    case undecodableBytes(path: String, line: Int, encoding: String)
    /// A (user, item) pair appears twice and the duplicate policy is `error`.
    case duplicateInteraction(path: String, line: Int, user: String, item: String)
    /// The format could not be recognised from the path or the content.
    case unknownFormat(path: String, reason: String)
    /// A raw ID appears twice where IDs must be unique.
    case duplicateID(String)
    /// A raw user or item ID that the data does not contain.
    case unknownID(kind: String, id: String)
    /// A parameter outside its accepted range.
    case invalidParameter(name: String, value: String, expected: String)

    public var description: String {
        switch self {
        case let .fileNotFound(path):
            return "\(path): no such file"
        case let .unreadable(path, reason):
            return "\(path): cannot read the file (\(reason))"
        case let .unwritable(path, reason):
            return "\(path): cannot write the file (\(reason)); check the directory exists and is writable"
        case let .emptyFile(path):
            return "\(path): the file holds no data rows"
        case let .malformedRow(path, line, text, reason):
            return "\(path):\(line): \(reason): \"\(Self.shortened(text))\""
        case let .missingColumn(path, column, header):
            return "\(path):1: the header has no column '\(column)' (header: \"\(Self.shortened(header))\")"
        case let .undecodableBytes(path, line, encoding):
            return "\(path):\(line): bytes that are not valid \(encoding); convert the file to \(encoding)"
        case let .duplicateInteraction(path, line, user, item):
            return "\(path):\(line): user \(user) rated item \(item) twice; "
                + "choose --duplicates keep-last or mean to merge duplicates"
        case let .unknownFormat(path, reason):
            return "\(path): cannot tell the file's format (\(reason)); pass --format"
        case let .duplicateID(id):
            return "the ID '\(id)' appears twice"
        case let .unknownID(kind, id):
            return "unknown \(kind) ID '\(id)'"
        case let .invalidParameter(name, value, expected):
            return "invalid \(name) '\(value)': expected \(expected)"
        }
    }

    /// Cuts long offending text so an error stays one readable line.
    static func shortened(_ text: String, limit: Int = 120) -> String {
        let printable = String(text.unicodeScalars.map { $0.value < 32 ? " " : Character($0) })
        return printable.count <= limit ? printable : String(printable.prefix(limit)) + "…"
    }
}
