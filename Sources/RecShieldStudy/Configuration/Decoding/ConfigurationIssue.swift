import Yams

/// A problem found while decoding one value of a configuration, before the file name is known.
///
/// Decoding code throws it with the coding path of the offending key; ``StudyConfiguration``
/// turns it into a ``ConfigurationError`` that also names the file and line.
struct ConfigurationIssue: Error {
    /// What is wrong.
    enum Problem {
        /// A key the section does not know.
        case unknownKey(String, accepted: [String])
        /// A text value outside a fixed list.
        case unknownValue(String, accepted: [String])
        /// A value of the right type but out of range.
        case invalidValue(String, expected: String)
        /// A value of the wrong type (a list where a number belongs, …).
        case wrongType(expected: String, found: String)
        /// Keys that exclude each other, or a key that does not apply here.
        case conflict(String)
    }

    /// The keys leading to the offending value.
    var codingPath: [any CodingKey]
    /// The line of the offending value (1-based), when known.
    var line: Int?
    /// What is wrong.
    var problem: Problem

    /// An issue at `decoder`'s position, or at its child `key`.
    init(_ decoder: any Decoder, key: String? = nil, _ problem: Problem) {
        codingPath = decoder.codingPath + (key.map { [ConfigurationKey($0)] } ?? [])
        line = decoder.mark.map { $0.line }
        self.problem = problem
    }

    /// An issue at an explicit path.
    init(codingPath: [any CodingKey], line: Int?, _ problem: Problem) {
        self.codingPath = codingPath
        self.line = line
        self.problem = problem
    }
}
