import RecShieldAdversarial

/// The `targets` mapping of a profile attack: `count` items drawn from `pool`.
///
/// Keys: `pool` (`unpopular`, `popular`, `random`; default `unpopular`) and `count` (integer ≥ 1,
/// default 5).
struct TargetPoolSection: Codable, Equatable {
    var pool: TargetSelection.Pool
    var count: Int

    init(pool: TargetSelection.Pool, count: Int) {
        self.pool = pool
        self.count = count
    }

    init(from decoder: any Decoder) throws {
        let reader = try ConfigurationReader(decoder, keys: ["pool", "count"])
        pool = try reader.choice("pool", default: .unpopular)
        count = try reader.value("count", default: 5, expected: "an integer ≥ 1") { $0 >= 1 }
    }

    func encode(to encoder: any Encoder) throws {
        var writer = ConfigurationWriter(encoder)
        try writer.write("pool", choice: pool)
        try writer.write("count", count)
    }
}
