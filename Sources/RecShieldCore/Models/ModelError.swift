/// Errors in training settings, training data that a model cannot use, and model files. Each case
/// carries what the message needs to say what is wrong, where, and how to fix it.
public enum ModelError: Error, CustomStringConvertible, Equatable {
    /// A training setting outside its accepted range.
    case invalidParameter(name: String, value: String, expected: String)
    /// Training data the model cannot learn from (e.g. explicit factorisation on unrated data).
    case unsuitableData(model: String, reason: String)
    /// The model file does not exist.
    case fileNotFound(path: String)
    /// The model file exists but could not be read.
    case unreadable(path: String, reason: String)
    /// The model file could not be written.
    case unwritable(path: String, reason: String)
    /// The file is shorter than its header says.
    case truncated(path: String, expectedBytes: Int, actualBytes: Int)
    /// The file does not start with the RecShield model signature.
    case notAModelFile(path: String)
    /// The file was written in a format version this build cannot read.
    case unsupportedVersion(path: String, found: UInt32, supported: UInt32)
    /// The payload's checksum does not match the one stored in the header.
    case checksumMismatch(path: String, stored: UInt64, computed: UInt64)
    /// The payload is structurally invalid (a length or value that cannot be right).
    case malformed(path: String, reason: String)
    /// The file holds a different kind of model than the one being loaded.
    case wrongKind(path: String, expected: String, found: String)
    /// A parameter array the model needs is absent.
    case missingArray(path: String, name: String)
    /// The file holds a kind of model this build does not know.
    case unknownKind(path: String, kind: String)
    /// A raw user ID the model was not trained on.
    case unknownUser(path: String, user: String)

    public var description: String {
        switch self {
        case let .invalidParameter(name, value, expected):
            return "invalid \(name) '\(value)': expected \(expected)"
        case let .unsuitableData(model, reason):
            return "cannot train \(model): \(reason)"
        case let .fileNotFound(path):
            return "\(path): no such model file"
        case let .unreadable(path, reason):
            return "\(path): cannot read the model file (\(reason))"
        case let .unwritable(path, reason):
            return "\(path): cannot write the model file (\(reason))"
        case let .truncated(path, expected, actual):
            return "\(path): the model file is truncated (\(actual) of \(expected) bytes); "
                + "copy or save it again"
        case let .notAModelFile(path):
            return "\(path): not a RecShield model file (wrong signature)"
        case let .unsupportedVersion(path, found, supported):
            return "\(path): model format version \(found) is not supported (this build reads "
                + "version \(supported)); retrain the model or use a matching RecShield"
        case let .checksumMismatch(path, stored, computed):
            return "\(path): the model file is corrupted (checksum \(hex(computed)), header says "
                + "\(hex(stored))); save it again"
        case let .malformed(path, reason):
            return "\(path): malformed model file: \(reason)"
        case let .wrongKind(path, expected, found):
            return "\(path): holds a '\(found)' model, not '\(expected)'"
        case let .missingArray(path, name):
            return "\(path): the model file lacks the parameter array '\(name)'"
        case let .unknownKind(path, kind):
            return "\(path): holds a '\(kind)' model, which this build of RecShield does not know "
                + "(it reads \(ModelKind.allCases.map(\.archiveKind).joined(separator: ", ")))"
        case let .unknownUser(path, user):
            return "\(path): user '\(user)' is not in the model's training data; pick a user the model "
                + "was trained on"
        }
    }

    private func hex(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
