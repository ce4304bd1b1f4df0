import RecShieldCore

/// How many filler items each fake profile rates: a share of the item catalogue *or* a number.
/// Fillers are drawn uniformly, without repeats, from the catalogue (items with at least one
/// interaction) minus the targets and the selected items.
///
/// JSON: `{"fraction": 0.02}` or `{"count": 30}`.
public enum FillerAmount: Sendable, Equatable {
    /// A share in (0, 1] of the item catalogue.
    case fraction(Double)
    /// An exact number of filler items, at least 1.
    case count(Int)

    /// The number of filler items: `max(1, round(fraction · catalogue))` with halves rounded away
    /// from zero, or the count.
    /// - Parameters:
    ///   - catalogue: the number of items with at least one interaction.
    ///   - available: how many of them are neither targets nor selected items.
    /// - Throws: ``DataError/invalidParameter(name:value:expected:)`` for a fraction outside
    ///   (0, 1], a count below 1, or more fillers than `available`.
    public func resolved(catalogue: Int, available: Int) throws -> Int {
        let count: Int
        switch self {
        case let .fraction(fraction):
            guard fraction > 0 && fraction <= 1 else {
                throw DataError.invalidParameter(name: "filler fraction", value: "\(fraction)", expected: "a number in (0, 1]")
            }
            count = max(1, Int((fraction * Double(catalogue)).rounded()))
        case let .count(value):
            guard value >= 1 else {
                throw DataError.invalidParameter(name: "filler count", value: "\(value)", expected: "an integer ≥ 1")
            }
            count = value
        }
        guard count <= available else {
            throw DataError.invalidParameter(
                name: "filler size", value: "\(count) items",
                expected: "at most \(available) (the catalogue's \(catalogue) items minus targets and selected items)")
        }
        return count
    }
}

extension FillerAmount: Codable {
    enum CodingKeys: String, CodingKey {
        case fraction, count
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self = try AmountCoding.decode(from: container, fraction: Self.fraction, count: Self.count)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case let .fraction(value): try container.encode(value, forKey: .fraction)
        case let .count(value): try container.encode(value, forKey: .count)
        }
    }
}

/// Decoding shared by the two amount enums: exactly one of `fraction` and `count`.
enum AmountCoding {
    static func decode<Keys: CodingKey, Amount>(
        from container: KeyedDecodingContainer<Keys>, fraction: (Double) -> Amount, count: (Int) -> Amount
    ) throws -> Amount {
        let keys = container.allKeys.map(\.stringValue).sorted()
        guard keys.count == 1 else {
            throw DecodingError.dataCorrupted(DecodingError.Context(
                codingPath: container.codingPath,
                debugDescription: "expected exactly one of 'fraction' and 'count', found \(keys)"))
        }
        let key = container.allKeys[0]
        if key.stringValue == "fraction" { return fraction(try container.decode(Double.self, forKey: key)) }
        return count(try container.decode(Int.self, forKey: key))
    }
}
