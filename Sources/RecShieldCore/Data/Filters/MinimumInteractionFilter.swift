/// Keeps the interactions whose user and item each have at least a minimum number of
/// interactions in the input — a single pass.
///
/// Counts are taken once, on the input. Removing a user's interactions can leave an item below its
/// minimum in the result (and vice versa); use ``KCoreFilter`` when every remaining user and item
/// must meet the minimum.
public struct MinimumInteractionFilter: DatasetFilter, Equatable {
    /// The fewest interactions a user needs in the input to keep them.
    public let minimumPerUser: Int
    /// The fewest interactions an item needs in the input to keep them.
    public let minimumPerItem: Int

    /// Creates the filter; a minimum of 1 keeps every user (or item).
    /// - Throws: ``DataError/invalidParameter(name:value:expected:)`` when a minimum is below 1.
    public init(minimumPerUser: Int = 1, minimumPerItem: Int = 1) throws {
        guard minimumPerUser >= 1 else {
            throw DataError.invalidParameter(
                name: "minimum interactions per user", value: "\(minimumPerUser)", expected: "an integer ≥ 1")
        }
        guard minimumPerItem >= 1 else {
            throw DataError.invalidParameter(
                name: "minimum interactions per item", value: "\(minimumPerItem)", expected: "an integer ≥ 1")
        }
        self.minimumPerUser = minimumPerUser
        self.minimumPerItem = minimumPerItem
    }

    /// Drops interactions of users or items under their minimum, counted on the input.
    /// - Complexity: O(count + userCount + itemCount).
    public func filter(_ dataset: InteractionDataset) -> FilterResult {
        var userDegree = [Int](repeating: 0, count: dataset.userCount)
        var itemDegree = [Int](repeating: 0, count: dataset.itemCount)
        for position in 0..<dataset.count {
            userDegree[Int(dataset.users[position])] += 1
            itemDegree[Int(dataset.items[position])] += 1
        }
        let kept = (0..<dataset.count).filter { position in
            userDegree[Int(dataset.users[position])] >= minimumPerUser
                && itemDegree[Int(dataset.items[position])] >= minimumPerItem
        }
        return FilterResult(
            original: dataset, kept: dataset.subset(kept), rounds: kept.count < dataset.count ? 1 : 0)
    }
}
