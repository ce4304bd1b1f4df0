/// A defense that cannot run as asked: a setting out of range, a model it does not apply to, or
/// inputs that do not fit together. Each message says what is wrong and how to fix it.
public enum DefenseError: Error, CustomStringConvertible, Equatable {
    /// A defense setting outside its accepted range.
    case invalidSetting(name: String, value: String, expected: String)
    /// The defense does not apply to this model or configuration.
    case unsupported(defense: String, reason: String)
    /// An input the defense needs is missing (e.g. item features, a fake-profile source).
    case missingInput(defense: String, input: String)
    /// Data, model and side inputs do not fit together (different users or items).
    case mismatchedData(reason: String)

    public var description: String {
        switch self {
        case let .invalidSetting(name, value, expected):
            return "invalid defense setting \(name) '\(value)': expected \(expected)"
        case let .unsupported(defense, reason):
            return "the \(defense) defense cannot run here: \(reason)"
        case let .missingInput(defense, input):
            return "the \(defense) defense needs \(input)"
        case let .mismatchedData(reason):
            return "the defense's inputs do not fit together: \(reason)"
        }
    }
}
