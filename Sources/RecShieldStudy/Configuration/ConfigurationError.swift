/// A configuration file that cannot be used, with the file, line, key path and what would be
/// accepted, e.g.
/// `study.yaml:14: models[1].kind: unknown value 'bprr'; accepted: mf, bpr, …; did you mean 'bpr'?`
public enum ConfigurationError: Error, CustomStringConvertible, Equatable {
    /// The file does not exist.
    case fileNotFound(path: String)
    /// The file exists but cannot be read as UTF-8 text.
    case unreadable(path: String, reason: String)
    /// The text is not valid YAML.
    case syntax(file: String, line: Int?, reason: String)
    /// A key the section does not know.
    case unknownKey(file: String, line: Int?, path: String, key: String, accepted: [String], suggestion: String?)
    /// A value outside a fixed list of names.
    case unknownValue(file: String, line: Int?, path: String, value: String, accepted: [String], suggestion: String?)
    /// A value of the right type but out of range.
    case invalidValue(file: String, line: Int?, path: String, value: String, expected: String)
    /// A value of the wrong type.
    case wrongType(file: String, line: Int?, path: String, expected: String, found: String)
    /// Keys that exclude each other, a key that does not apply, or a reference to nothing.
    case conflict(file: String, line: Int?, path: String, message: String)

    public var description: String {
        switch self {
        case let .fileNotFound(path):
            return "\(path): configuration file not found"
        case let .unreadable(path, reason):
            return "\(path): cannot read the configuration: \(reason)"
        case let .syntax(file, line, reason):
            return Self.location(file, line, "") + "not valid YAML: \(reason)"
        case let .unknownKey(file, line, path, key, accepted, suggestion):
            return Self.location(file, line, path) + "unknown key '\(key)'; accepted: "
                + accepted.joined(separator: ", ") + Self.hint(suggestion)
        case let .unknownValue(file, line, path, value, accepted, suggestion):
            return Self.location(file, line, path) + "unknown value '\(value)'; accepted: "
                + accepted.joined(separator: ", ") + Self.hint(suggestion)
        case let .invalidValue(file, line, path, value, expected):
            return Self.location(file, line, path) + "invalid value \(value); expected \(expected)"
        case let .wrongType(file, line, path, expected, found):
            return Self.location(file, line, path) + "expected \(expected), found \(found)"
        case let .conflict(file, line, path, message):
            return Self.location(file, line, path) + message
        }
    }

    /// `file:line: path: ` with the parts that are known.
    private static func location(_ file: String, _ line: Int?, _ path: String) -> String {
        let place = line.map { "\(file):\($0): " } ?? "\(file): "
        return path.isEmpty ? place : place + path + ": "
    }

    private static func hint(_ suggestion: String?) -> String {
        suggestion.map { "; did you mean '\($0)'?" } ?? ""
    }

    /// The error for `issue` found in `file`.
    init(_ issue: ConfigurationIssue, file: String) {
        let path = KeyPath.text(issue.codingPath)
        let line = issue.line
        switch issue.problem {
        case let .unknownKey(key, accepted):
            self = .unknownKey(
                file: file, line: line, path: path, key: key, accepted: accepted,
                suggestion: Suggestion.closest(to: key, among: accepted))
        case let .unknownValue(value, accepted):
            self = .unknownValue(
                file: file, line: line, path: path, value: value, accepted: accepted,
                suggestion: Suggestion.closest(to: value, among: accepted))
        case let .invalidValue(value, expected):
            self = .invalidValue(file: file, line: line, path: path, value: value, expected: expected)
        case let .wrongType(expected, found):
            self = .wrongType(file: file, line: line, path: path, expected: expected, found: found)
        case let .conflict(message):
            self = .conflict(file: file, line: line, path: path, message: message)
        }
    }
}
