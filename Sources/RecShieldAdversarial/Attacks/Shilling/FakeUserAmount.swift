import RecShieldCore

/// How many fake profiles an attack injects: a share of the real users *or* a number, never a
/// value whose meaning depends on its size.
///
/// JSON: `{"fraction": 0.03}` or `{"count": 50}`.
public enum FakeUserAmount: Sendable, Equatable {
    /// A share in (0, 1] of the real users (those with at least one interaction).
    case fraction(Double)
    /// An exact number of fake profiles, at least 1.
    case count(Int)

    /// The number of fake profiles for `realUsers` real users:
    /// `max(1, round(fraction · realUsers))` with halves rounded away from zero, or the count.
    /// - Throws: ``DataError/invalidParameter(name:value:expected:)`` for a fraction outside
    ///   (0, 1] or a count below 1.
    public func resolved(realUsers: Int) throws -> Int {
        switch self {
        case let .fraction(fraction):
            guard fraction > 0 && fraction <= 1 else {
                throw DataError.invalidParameter(
                    name: "fake user fraction", value: "\(fraction)", expected: "a number in (0, 1]")
            }
            return max(1, Int((fraction * Double(realUsers)).rounded()))
        case let .count(count):
            guard count >= 1 else {
                throw DataError.invalidParameter(name: "fake user count", value: "\(count)", expected: "an integer ≥ 1")
            }
            return count
        }
    }
}

extension FakeUserAmount: Codable {
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
