import RecShieldCore

/// Which items an attack pushes or nukes: named raw IDs, or a number drawn from a pool.
///
/// Pools, over the catalogue of the `n` items with at least one interaction:
/// - `random`: the whole catalogue.
/// - `popular`: the `⌈0.2 n⌉` items with the most interactions (ties: lower item index first).
/// - `unpopular`: the `⌈0.2 n⌉` items with the fewest interactions (ties: lower item index first) —
///   on MovieLens latest small these are items with a single rating.
///
/// `count` distinct targets are drawn uniformly from the pool with the attack's seed (stream 0).
///
/// JSON: `{"ids": ["318", "296"]}` or `{"pool": "unpopular", "count": 5}`.
public enum TargetSelection: Sendable, Equatable {
    /// Where chosen targets come from.
    public enum Pool: String, Codable, Sendable, CaseIterable {
        /// The whole catalogue.
        case random
        /// The most popular fifth of the catalogue.
        case popular
        /// The least popular fifth of the catalogue.
        case unpopular
    }

    /// These raw item IDs, in this order.
    case ids([String])
    /// `count` items drawn from `pool`.
    case chosen(Pool, count: Int)

    /// Parses the command-line form `pool:count`, e.g. `unpopular:5`.
    /// - Throws: ``DataError/invalidParameter(name:value:expected:)``.
    public init(parsing text: String) throws {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, let pool = Pool(rawValue: String(parts[0])), let count = Int(parts[1]), count >= 1 else {
            throw DataError.invalidParameter(
                name: "targets", value: text, expected: "random|popular|unpopular:COUNT with COUNT ≥ 1, e.g. unpopular:5")
        }
        self = .chosen(pool, count: count)
    }

    /// The target item indices in `context`'s data.
    /// - Throws: ``DataError/unknownID(kind:id:)`` for an ID the data lacks;
    ///   ``DataError/invalidParameter(name:value:expected:)`` for no IDs, a repeated ID, a count
    ///   below 1 or above the pool's size.
    public func resolve(in context: AttackContext, using generator: inout Xoshiro256StarStar) throws -> [Int] {
        switch self {
        case let .ids(ids):
            guard !ids.isEmpty else {
                throw DataError.invalidParameter(name: "target IDs", value: "", expected: "at least one raw item ID")
            }
            var seen = Set<Int>()
            return try ids.map { raw in
                guard let item = context.data.itemIDs.index(of: raw) else { throw DataError.unknownID(kind: "target item", id: raw) }
                guard seen.insert(item).inserted else {
                    throw DataError.invalidParameter(name: "target IDs", value: raw, expected: "each ID once")
                }
                return item
            }
        case let .chosen(pool, count):
            var candidates: [Int]
            switch pool {
            case .random: candidates = context.catalogue
            case .popular: candidates = Array(context.popularItems)
            case .unpopular: candidates = Array(context.unpopularItems)
            }
            guard count >= 1 && count <= candidates.count else {
                throw DataError.invalidParameter(
                    name: "target count", value: "\(count)",
                    expected: "an integer in 1…\(candidates.count) (the size of the \(pool.rawValue) pool)")
            }
            for position in 0..<count {
                candidates.swapAt(position, position + generator.nextIndex(below: candidates.count - position))
            }
            return Array(candidates.prefix(count))
        }
    }
}

extension TargetSelection: Codable {
    enum CodingKeys: String, CodingKey {
        case ids, pool, count
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        if container.contains(.ids) {
            guard !container.contains(.pool) && !container.contains(.count) else {
                throw DecodingError.dataCorruptedError(
                    forKey: .ids, in: container, debugDescription: "give either 'ids' or 'pool' with 'count', not both")
            }
            self = .ids(try container.decode([String].self, forKey: .ids))
        } else {
            self = .chosen(try container.decode(Pool.self, forKey: .pool), count: try container.decode(Int.self, forKey: .count))
        }
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case let .ids(ids):
            try container.encode(ids, forKey: .ids)
        case let .chosen(pool, count):
            try container.encode(pool, forKey: .pool)
            try container.encode(count, forKey: .count)
        }
    }
}
