/// One value of a sweep axis: a YAML scalar (integer, number, true/false, text) or a list of them.
public enum SweepValue: Sendable, Hashable, Codable, CustomStringConvertible {
    /// An integer.
    case integer(Int)
    /// A number with a fraction.
    case number(Double)
    /// true or false.
    case boolean(Bool)
    /// A text.
    case text(String)
    /// A list (e.g. `hidden_layers`).
    case list([SweepValue])

    /// The canonical text used in cell keys: `32`, `0.01`, `true`, `cosine`, `[64,32]`.
    public var description: String {
        switch self {
        case let .integer(value): return "\(value)"
        case let .number(value): return "\(value)"
        case let .boolean(value): return "\(value)"
        case let .text(value): return value
        case let .list(values): return "[" + values.map(\.description).joined(separator: ",") + "]"
        }
    }

    public init(from decoder: any Decoder) throws {
        if var list = try? decoder.unkeyedContainer() {
            var values: [SweepValue] = []
            while !list.isAtEnd { values.append(try list.decode(SweepValue.self)) }
            self = .list(values)
            return
        }
        guard let container = try? decoder.singleValueContainer() else {
            throw ConfigurationIssue(decoder, .wrongType(expected: "a value or a list of values", found: "a mapping"))
        }
        if let value = try? container.decode(Int.self) {
            self = .integer(value)
        } else if let value = try? container.decode(Double.self) {
            self = .number(value)
        } else if let value = try? container.decode(Bool.self) {
            self = .boolean(value)
        } else if let value = try? container.decode(String.self) {
            self = .text(value)
        } else {
            throw ConfigurationIssue(decoder, .wrongType(expected: "a value or a list of values", found: ConfigurationReader.found(in: decoder)))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        switch self {
        case let .integer(value):
            var container = encoder.singleValueContainer()
            try container.encode(value)
        case let .number(value):
            var container = encoder.singleValueContainer()
            try container.encode(value)
        case let .boolean(value):
            var container = encoder.singleValueContainer()
            try container.encode(value)
        case let .text(value):
            var container = encoder.singleValueContainer()
            try container.encode(value)
        case let .list(values):
            var container = encoder.unkeyedContainer()
            for value in values { try container.encode(value) }
        }
    }
}
