import RecShieldCore

/// Removes flagged profiles from a data set — the "sanitise" step of sanitise-and-retrain.
public enum ProfileSanitizer {
    /// `data` without the interactions of `users`, in the original order. The ID maps are kept,
    /// so the removed users stay known (without interactions) and models trained on the result
    /// share user and item indices with models trained on `data`.
    /// - Precondition: every index is a user of `data`.
    /// - Complexity: O(interactions + users).
    public static func removing<Users: Sequence>(_ users: Users, from data: InteractionDataset) -> InteractionDataset
    where Users.Element == Int {
        var removed = [Bool](repeating: false, count: data.userCount)
        for user in users {
            precondition(user >= 0 && user < data.userCount, "user index out of range")
            removed[user] = true
        }
        return data.subset(data.users.indices.lazy.filter { !removed[Int(data.users[$0])] })
    }

    /// `clean` with its users and items re-indexed by raw ID onto `poisoned`'s ID maps, so the
    /// clean, poisoned and sanitised data sets share indices (fake users are then simply users
    /// without interactions in the clean data).
    /// - Throws: ``DataError/invalidParameter(name:value:expected:)`` for a user or item of
    ///   `clean` that `poisoned` lacks (the poisoned data was not made from this clean data).
    public static func reindexed(_ clean: InteractionDataset, onto poisoned: InteractionDataset) throws -> InteractionDataset {
        if clean.userIDs == poisoned.userIDs && clean.itemIDs == poisoned.itemIDs { return clean }
        func map(_ ids: IDMap, onto target: IDMap, kind: String) throws -> [Int32] {
            try ids.rawIDs.map { raw in
                guard let index = target.index(of: raw) else {
                    throw DataError.invalidParameter(
                        name: "clean data", value: "\(kind) '\(raw)' (not in the poisoned data)",
                        expected: "the data the poisoned data was made from, loaded with the same options")
                }
                return Int32(index)
            }
        }
        let users = try map(clean.userIDs, onto: poisoned.userIDs, kind: "user")
        let items = try map(clean.itemIDs, onto: poisoned.itemIDs, kind: "item")
        return InteractionDataset(
            userIDs: poisoned.userIDs, itemIDs: poisoned.itemIDs,
            users: clean.users.map { users[Int($0)] }, items: clean.items.map { items[Int($0)] },
            ratings: clean.ratings, timestamps: clean.timestamps)
    }
}
