/// The positions of each user's interactions in a data set, grouped by user in input order
/// (a counting sort, so positions within a user stay ascending).
struct UserPositionIndex {
    /// `userCount + 1` offsets into ``positions``.
    let offsets: [Int]
    /// Interaction positions grouped by user.
    let positions: [Int]

    /// Groups the interactions of `dataset` by user.
    /// - Complexity: O(count + userCount).
    init(_ dataset: InteractionDataset) {
        var offsets = [Int](repeating: 0, count: dataset.userCount + 1)
        for user in dataset.users { offsets[Int(user) + 1] += 1 }
        for user in 0..<dataset.userCount { offsets[user + 1] += offsets[user] }
        var cursor = offsets
        var positions = [Int](repeating: 0, count: dataset.count)
        for (position, user) in dataset.users.enumerated() {
            positions[cursor[Int(user)]] = position
            cursor[Int(user)] += 1
        }
        self.offsets = offsets
        self.positions = positions
    }

    /// The number of users.
    var userCount: Int { offsets.count - 1 }

    /// The positions of `user`'s interactions, ascending.
    func positions(ofUser user: Int) -> ArraySlice<Int> {
        positions[offsets[user]..<offsets[user + 1]]
    }
}
