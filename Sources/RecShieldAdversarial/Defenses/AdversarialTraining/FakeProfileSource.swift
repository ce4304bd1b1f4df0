import RecShieldCore

/// Anything that generates fake user profiles over a data set's items — the role the GAN attack
/// plays in GAN-augmented adversarial training, kept as a protocol so training does not depend
/// on how profiles are made.
///
/// A source returns a data set holding only the fake users' interactions: its user map lists the
/// `count` fake users (any raw IDs), its item map is the real data's item map, and its ratings
/// are present when the real data is rated. The same `(count, seed)` must give the same profiles.
public protocol FakeProfileSource: Sendable {
    /// `count` fake profiles, drawn with `seed`.
    /// - Throws: whatever the generator throws for settings it cannot meet.
    func profiles(count: Int, seed: UInt64) throws -> InteractionDataset
}

/// A fake-profile source without a GAN: the profiles of a heuristic shilling attack
/// (``ProfileInjector``) on the real data, with the attack's fake-user amount and seed replaced
/// by the requested count and seed.
///
/// The profiles are only as realistic as the attack: a random attack rates fillers drawn
/// uniformly from the catalogue (around the global mean), so its profiles look like the cheap
/// shilling profiles detectors catch, not like real users. Its targets are pushed by every
/// profile; pick `.chosen(.random, count:)` targets when the attacker's real targets are unknown.
public struct ShillingProfileSource: FakeProfileSource {
    /// The attack whose profiles are generated.
    public var attack: AttackConfiguration
    /// The real data the attack runs on (its items, rating scale and statistics).
    public var data: InteractionDataset

    /// Creates a source.
    public init(attack: AttackConfiguration = AttackConfiguration(), data: InteractionDataset) {
        self.attack = attack
        self.data = data
    }

    /// - Throws: ``DataError`` when the attack cannot run on the data.
    public func profiles(count: Int, seed: UInt64) throws -> InteractionDataset {
        var configuration = attack
        configuration.fakeUsers = .count(count)
        configuration.seed = seed
        let injection = try ProfileInjector.inject(configuration, into: data)
        let poisoned = injection.poisoned
        let rows = Array(data.count..<poisoned.count)
        return InteractionDataset(
            userIDs: try IDMap(rawIDs: injection.fakeUsers.map { poisoned.userIDs.rawID(at: $0) }),
            itemIDs: data.itemIDs,
            users: rows.map { poisoned.users[$0] - Int32(injection.realUserCount) },
            items: rows.map { poisoned.items[$0] },
            ratings: poisoned.ratings.map { ratings in rows.map { ratings[$0] } })
    }
}
