import RecShieldCore

/// Finished fake profiles with their raw user IDs, ready to be written or injected into the data
/// they were made for.
///
/// Fake user `n` (1-based) gets the raw ID `prefix + n`, skipping any ID a real user already has,
/// so fake IDs never collide with real ones and the numbering is the same on every run.
public struct GANFakeProfiles: Sendable, Equatable {
    /// The raw user ID of each fake profile.
    public let userIDs: [String]
    /// The profiles, item indices referring to ``itemIDs``.
    public let profiles: [GANProfile]
    /// The items of the data the profiles were made for.
    public let itemIDs: IDMap

    /// Names the profiles.
    /// - Parameters:
    ///   - profiles: the fake profiles.
    ///   - itemIDs: the item map their item indices refer to.
    ///   - realUserIDs: the real users, whose IDs are avoided.
    ///   - prefix: the start of every fake ID (e.g. `"fake-"`).
    /// - Throws: ``GANError/invalidSetting(name:value:requirement:)`` for an empty prefix.
    public init(profiles: [GANProfile], itemIDs: IDMap, realUserIDs: IDMap, prefix: String) throws {
        guard !prefix.isEmpty else {
            throw GANError.invalidSetting(name: "user_id_prefix", value: "\"\"", requirement: "a non-empty text")
        }
        var names: [String] = []
        var number = 0
        while names.count < profiles.count {
            number += 1
            let name = prefix + String(number)
            if realUserIDs.index(of: name) == nil { names.append(name) }
        }
        self.userIDs = names
        self.profiles = profiles
        self.itemIDs = itemIDs
    }

    /// The number of fake interactions (the attack's size in ratings).
    public var interactionCount: Int { profiles.reduce(0) { $0 + $1.length } }

    /// The fake profiles alone as a data set: users are the fake IDs, items the original item map.
    /// - Complexity: O(fake interactions).
    public func dataset() -> InteractionDataset {
        var users = IDMap()
        for name in userIDs { users.insert(name) }
        let columns = columns(userOffset: 0)
        return InteractionDataset(
            userIDs: users, itemIDs: itemIDs, users: columns.users, items: columns.items, ratings: columns.ratings)
    }

    /// The real data with the fake users appended after the real ones (real interactions first,
    /// unchanged).
    /// - Parameters:
    ///   - real: the data the profiles were made for (same item map).
    ///   - timestamp: the time of every fake interaction when the data has timestamps; by default
    ///     the latest real timestamp.
    /// - Precondition: `real` has the profiles' item map, and ratings exactly when the profiles do.
    public func injected(into real: InteractionDataset, timestamp: Int64? = nil) -> InteractionDataset {
        precondition(real.itemIDs == itemIDs, "fake profiles were made for another item map")
        precondition(
            real.isRated == (profiles.first?.ratings != nil) || profiles.isEmpty,
            "fake profiles and data differ in having ratings")
        var users = real.userIDs
        for name in userIDs { users.insert(name) }
        let columns = columns(userOffset: real.userCount)
        let timestamps = real.timestamps.map { times in
            times + [Int64](repeating: timestamp ?? times.max() ?? 0, count: columns.users.count)
        }
        return InteractionDataset(
            userIDs: users, itemIDs: itemIDs, users: real.users + columns.users, items: real.items + columns.items,
            ratings: real.ratings.map { $0 + (columns.ratings ?? []) }, timestamps: timestamps)
    }

    /// The interaction columns of the profiles, fake user `k` at index `userOffset + k`.
    private func columns(userOffset: Int) -> (users: [Int32], items: [Int32], ratings: [Float]?) {
        var users: [Int32] = []
        var items: [Int32] = []
        var ratings: [Float]? = profiles.first?.ratings == nil ? nil : []
        for (index, profile) in profiles.enumerated() {
            users += [Int32](repeating: Int32(userOffset + index), count: profile.length)
            items += profile.items
            if let profileRatings = profile.ratings { ratings? += profileRatings }
        }
        return (users, items, ratings)
    }
}
