import RecShieldCore

extension AttackArtefact {
    /// `training` with this artefact's fake profiles appended — how the effect of an attack made
    /// on a whole data set is measured on a split of it: split the clean data once, add the same
    /// fake rows to the training part, keep the test part of real users.
    ///
    /// Fake users are appended after `training`'s users in artefact order, with their raw IDs;
    /// their items are looked up by raw ID in `training`'s item map. Ratings and timestamps are
    /// copied when `training` has them.
    /// - Returns: the poisoned training data; its users `training.userCount…` are the fake ones.
    /// - Throws: ``DataError/unknownID(kind:id:)`` for a fake row's item that `training`'s item map
    ///   lacks, ``DataError/duplicateID(_:)`` for a fake user ID that is also a real user of
    ///   `training`, and ``DataError/invalidParameter(name:value:expected:)`` when `training` is
    ///   rated (or timed) and the artefact is not.
    public func injectingFakeProfiles(into training: InteractionDataset) throws -> InteractionDataset {
        if training.isRated && !poisoned.isRated {
            throw DataError.invalidParameter(
                name: "attack artefact", value: "unrated", expected: "ratings for the fake rows, as the clean data is rated")
        }
        if training.hasTimestamps && !poisoned.hasTimestamps {
            throw DataError.invalidParameter(
                name: "attack artefact", value: "no timestamps", expected: "timestamps for the fake rows, as the clean data has them")
        }
        var result = training
        var newUsers: [Int: Int32] = [:]
        for fake in fakeUsers {
            let raw = poisoned.userIDs.rawID(at: fake)
            guard training.userIDs.index(of: raw) == nil else { throw DataError.duplicateID(raw) }
            newUsers[fake] = Int32(result.userIDs.insert(raw))
        }
        for row in 0..<poisoned.count {
            guard let user = newUsers[Int(poisoned.users[row])] else { continue }
            let raw = poisoned.itemIDs.rawID(at: Int(poisoned.items[row]))
            guard let item = training.itemIDs.index(of: raw) else { throw DataError.unknownID(kind: "fake profile's item", id: raw) }
            result.users.append(user)
            result.items.append(Int32(item))
            if training.isRated, let ratings = poisoned.ratings { result.ratings?.append(ratings[row]) }
            if training.hasTimestamps, let times = poisoned.timestamps { result.timestamps?.append(times[row]) }
        }
        return result
    }
}
