import RecShieldAdversarial
import RecShieldCore

/// Data sets for the detection and sanitisation tests.
enum DetectionFixtures {
    /// Four users, five items, ratings 1…5; every feature of it is computed by hand in
    /// `ProfileFeatureExtractorTests`.
    ///
    /// ```
    ///        i1  i2  i3  i4  i5        item means: i1 14/3, i2 2, i3 3, i4 3, i5 4
    /// u1      5   3   4   ·   ·        NR:         i1 3,    i2 3, i3 3, i4 2, i5 2
    /// u2      4   ·   2   5   ·        user means: u1 4, u2 11/3, u3 3, u4 11/4
    /// u3      5   1   ·   ·   3
    /// u4      ·   2   3   1   5
    /// ```
    static let handMade: InteractionDataset = AttackFixtures.make([
        ("u1", ["i1": 5, "i2": 3, "i3": 4]),
        ("u2", ["i1": 4, "i3": 2, "i4": 5]),
        ("u3", ["i1": 5, "i2": 1, "i5": 3]),
        ("u4", ["i2": 2, "i3": 3, "i4": 1, "i5": 5]),
    ])

    /// A small MovieLens-like data set: 150 users, 120 items, 3 000 half-star ratings.
    static let synthetic: InteractionDataset = {
        let configuration = SyntheticDataConfiguration(
            userCount: 150, itemCount: 120, interactionCount: 3_000, seed: 7)
        // The configuration is valid by construction; an empty data set would fail every test.
        return (try? SyntheticDataGenerator(configuration: configuration).generate().interactions)
            ?? InteractionDataset(userIDs: IDMap(), itemIDs: IDMap(), users: [], items: [])
    }()

    /// `synthetic` attacked with `kind`: 10 % fake users (15 profiles), 10 % fillers (12 items),
    /// three unpopular targets pushed.
    static func attacked(_ kind: ShillingAttackKind, seed: UInt64 = 1, fraction: Double = 0.1) throws -> AttackArtefact {
        try AttackArtefact(
            attacking: synthetic, format: .movielensCSV,
            configuration: configuration(kind, seed: seed, fraction: fraction))
    }

    /// The attack configuration of ``attacked(_:seed:fraction:)``.
    static func configuration(_ kind: ShillingAttackKind, seed: UInt64 = 1, fraction: Double = 0.1) -> AttackConfiguration {
        AttackConfiguration(
            kind: kind, fakeUsers: .fraction(fraction), filler: .fraction(0.1),
            targets: .chosen(.unpopular, count: 3), goal: .push, seed: seed)
    }
}
