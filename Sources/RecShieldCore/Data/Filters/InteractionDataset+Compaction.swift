extension InteractionDataset {
    /// The same interactions, in the same order, with ID maps that hold only the users and items
    /// that occur in them, re-indexed densely in order of first appearance.
    ///
    /// First-appearance order is the order a loader gives when it reads the interactions from a
    /// file, so compacting a data set and loading the written result yield the same indices. Users
    /// and items without an interaction disappear from the maps, so a model trained on the result
    /// allocates no rows for them.
    /// - Complexity: O(count + userCount + itemCount).
    public func compacted() -> InteractionDataset {
        let (newUserIDs, newUsers) = Self.reindexed(users, in: userIDs)
        let (newItemIDs, newItems) = Self.reindexed(items, in: itemIDs)
        return InteractionDataset(
            userIDs: newUserIDs, itemIDs: newItemIDs, users: newUsers, items: newItems,
            ratings: ratings, timestamps: timestamps)
    }

    /// Maps `indices` to dense new indices in order of first appearance and builds the new map.
    private static func reindexed(_ indices: [Int32], in map: IDMap) -> (IDMap, [Int32]) {
        var newIndexOf = [Int32](repeating: -1, count: map.count)
        var raws: [String] = []
        var reindexed = [Int32](repeating: 0, count: indices.count)
        for (position, old) in indices.enumerated() {
            if newIndexOf[Int(old)] < 0 {
                newIndexOf[Int(old)] = Int32(raws.count)
                raws.append(map.rawID(at: Int(old)))
            }
            reindexed[position] = newIndexOf[Int(old)]
        }
        var newMap = IDMap()
        for raw in raws { newMap.insert(raw) }
        return (newMap, reindexed)
    }
}
