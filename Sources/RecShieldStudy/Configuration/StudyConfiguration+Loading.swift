import Foundation
import Yams

extension StudyConfiguration {
    /// Reads and checks the configuration file at `path`.
    /// - Throws: ``ConfigurationError`` naming the file, line, key path and accepted values.
    public init(contentsOf path: String) throws {
        guard FileManager.default.fileExists(atPath: path) else { throw ConfigurationError.fileNotFound(path: path) }
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw ConfigurationError.unreadable(path: path, reason: error.localizedDescription)
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw ConfigurationError.unreadable(path: path, reason: "the file is not UTF-8 text")
        }
        try self.init(yaml: text, file: path)
    }

    /// Parses and checks configuration text.
    /// - Parameters:
    ///   - yaml: the YAML text; an empty document gives every default.
    ///   - file: the name errors use for the text.
    /// - Throws: ``ConfigurationError``.
    public init(yaml: String, file: String = "configuration") throws {
        let root: Node
        do {
            root = try Yams.compose(yaml: yaml) ?? Node.mapping(Node.Mapping([]))
        } catch let error as YamlError {
            throw Self.syntaxError(error, file: file)
        } catch {
            throw ConfigurationError.syntax(file: file, line: nil, reason: "\(error)")
        }
        do {
            let configuration = try YAMLDecoder().decode(StudyConfiguration.self, from: root)
            try configuration.validateReferences()
            self = configuration
        } catch var issue as ConfigurationIssue {
            if issue.line == nil { issue.line = Self.line(of: issue.codingPath, in: root) }
            throw ConfigurationError(issue, file: file)
        } catch let error as DecodingError {
            throw Self.decodingError(error, file: file, root: root)
        }
    }

    /// The resolved configuration as YAML: every key with its value, defaults filled in. It
    /// decodes back to the same configuration and is stored with the results.
    public func resolvedYAML() throws -> String {
        try YAMLEncoder().encode(self)
    }

    /// The line of the value at `codingPath`, or of its closest ancestor that exists.
    static func line(of codingPath: [any CodingKey], in root: Node) -> Int? {
        var node = root
        var line = root.mark?.line
        for key in codingPath {
            let child: Node?
            if let index = key.intValue {
                child = node.sequence.flatMap { index < $0.count ? $0[index] : nil }
            } else {
                child = node.mapping?.first { $0.key.string == key.stringValue }?.value
            }
            guard let child else { break }
            node = child
            line = child.mark?.line ?? line
        }
        return line
    }

    private static func syntaxError(_ error: YamlError, file: String) -> ConfigurationError {
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _),
            let .composer(context, problem, mark, _):
            return .syntax(file: file, line: mark.line, reason: (context.map { "\($0.text) " } ?? "") + problem)
        case let .duplicatedKeysInMapping(duplicates, context):
            return .syntax(
                file: file, line: context.mark.line,
                reason: "the key \(duplicates.map { "'\($0)'" }.joined(separator: ", ")) appears twice in one mapping")
        default:
            return .syntax(file: file, line: nil, reason: "\(error)")
        }
    }

    private static func decodingError(_ error: DecodingError, file: String, root: Node) -> ConfigurationError {
        let context: DecodingError.Context
        let expected: String
        switch error {
        case let .typeMismatch(type, errorContext):
            context = errorContext
            expected = (type as? any ConfigurationValue.Type)?.valueDescription ?? "a value of type \(type)"
        case let .valueNotFound(type, errorContext):
            context = errorContext
            expected = (type as? any ConfigurationValue.Type)?.valueDescription ?? "a value of type \(type)"
        case let .keyNotFound(key, errorContext):
            context = errorContext
            expected = "a key '\(key.stringValue)'"
        case let .dataCorrupted(errorContext):
            context = errorContext
            expected = errorContext.debugDescription
        @unknown default:
            return .syntax(file: file, line: nil, reason: "\(error)")
        }
        return .wrongType(
            file: file, line: line(of: context.codingPath, in: root), path: KeyPath.text(context.codingPath),
            expected: expected, found: "something else")
    }
}
