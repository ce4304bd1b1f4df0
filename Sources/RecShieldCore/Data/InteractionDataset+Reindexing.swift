/// Moving a data set into another ID space — typically a trained model's, to evaluate the model on
/// a file read on its own, whose dense indices differ from the model's.
extension InteractionDataset {
    /// A data set re-expressed in other ID maps, and what could not be carried over.
    public struct Reindexing: Sendable, Equatable {
        /// The interactions whose user and item the target maps know, with the target maps.
        public var dataset: InteractionDataset
        /// Distinct users with interactions that the target user map does not know.
        public var unknownUsers: Int
        /// Distinct items with interactions that the target item map does not know.
        public var unknownItems: Int
        /// Interactions dropped because their user or item is unknown.
        public var droppedInteractions: Int
    }

    /// The interactions re-indexed through the raw IDs into `userIDs` and `itemIDs`, in input
    /// order, keeping ratings and timestamps; interactions with an unknown user or item are
    /// dropped and counted.
    /// - Complexity: O(count + self.userCount + self.itemCount) hash lookups.
    public func reindexed(userIDs targetUsers: IDMap, itemIDs targetItems: IDMap) -> Reindexing {
        let userIndex = self.userIDs.rawIDs.map { targetUsers.index(of: $0).map(Int32.init) ?? -1 }
        let itemIndex = self.itemIDs.rawIDs.map { targetItems.index(of: $0).map(Int32.init) ?? -1 }
        var unknownUser = [Bool](repeating: false, count: userCount)
        var unknownItem = [Bool](repeating: false, count: itemCount)
        var kept: [Int] = []
        kept.reserveCapacity(count)
        for position in 0..<count {
            let user = Int(users[position])
            let item = Int(items[position])
            if userIndex[user] < 0 { unknownUser[user] = true }
            if itemIndex[item] < 0 { unknownItem[item] = true }
            if userIndex[user] >= 0 && itemIndex[item] >= 0 { kept.append(position) }
        }
        let dataset = InteractionDataset(
            userIDs: targetUsers, itemIDs: targetItems,
            users: kept.map { userIndex[Int(users[$0])] }, items: kept.map { itemIndex[Int(items[$0])] },
            ratings: ratings.map { values in kept.map { values[$0] } },
            timestamps: timestamps.map { values in kept.map { values[$0] } })
        return Reindexing(
            dataset: dataset, unknownUsers: unknownUser.filter { $0 }.count,
            unknownItems: unknownItem.filter { $0 }.count, droppedInteractions: count - kept.count)
    }
}
