import RecShieldCore

/// Small hand-made data sets for the attack tests.
enum AttackFixtures {
    /// Six users, eight items with popularity 6, 5, 4, 3, 2, 1, 1, 1 (items `i1`…`i8`), ratings
    /// from {1, 2, 2.5, 3, 4, 5} (3.5 is never used), timestamps in [1000, 1100].
    ///
    /// ```
    /// u1: i1 5, i2 4, i3 4, i4 3, i5 2, i6 1
    /// u2: i1 4, i2 5, i3 3, i4 2, i5 3
    /// u3: i1 3, i2 4, i3 2, i4 4, i7 2.5
    /// u4: i1 5, i2 3, i3 4, i8 1
    /// u5: i1 4, i2 4
    /// u6: i1 2
    /// ```
    /// Global mean 74.5 / 23 ≈ 3.239.
    static let rated: InteractionDataset = make([
        ("u1", ["i1": 5, "i2": 4, "i3": 4, "i4": 3, "i5": 2, "i6": 1]),
        ("u2", ["i1": 4, "i2": 5, "i3": 3, "i4": 2, "i5": 3]),
        ("u3", ["i1": 3, "i2": 4, "i3": 2, "i4": 4, "i7": 2.5]),
        ("u4", ["i1": 5, "i2": 3, "i3": 4, "i8": 1]),
        ("u5", ["i1": 4, "i2": 4]),
        ("u6", ["i1": 2]),
    ])

    /// A data set from each user's item ratings; items enter the item map in the order `i1`, `i2`, …
    /// (sorted names), users in the given order, timestamps `1000 + 20·user + position`, with
    /// the last interaction of the data at 1100.
    static func make(_ profiles: [(user: String, ratings: [String: Float])]) -> InteractionDataset {
        let itemNames = Set(profiles.flatMap { $0.ratings.keys })
            .sorted { $0.count != $1.count ? $0.count < $1.count : $0 < $1 }
        var userIDs = IDMap()
        var users: [Int32] = []
        var items: [Int32] = []
        var ratings: [Float] = []
        var timestamps: [Int64] = []
        for (index, profile) in profiles.enumerated() {
            let user = Int32(userIDs.insert(profile.user))
            var position = 0
            for (item, name) in itemNames.enumerated() {
                guard let rating = profile.ratings[name] else { continue }
                users.append(user)
                items.append(Int32(item))
                ratings.append(rating)
                timestamps.append(1000 + Int64(20 * index + position))
                position += 1
            }
        }
        timestamps[timestamps.count - 1] = 1100
        return InteractionDataset(
            userIDs: userIDs, itemIDs: (try? IDMap(rawIDs: itemNames)) ?? IDMap(), users: users, items: items, ratings: ratings, timestamps: timestamps)
    }

    /// The dense index of raw item ID `raw` in `data`.
    static func item(_ raw: String, in data: InteractionDataset = rated) -> Int {
        data.itemIDs.index(of: raw) ?? -1
    }

    /// The rows of user `user` as `(raw item ID, rating, timestamp)`, in stored order.
    static func rows(ofUser user: Int, in data: InteractionDataset) -> [(item: String, rating: Float?, time: Int64?)] {
        data.users.indices.filter { data.users[$0] == Int32(user) }.map {
            (data.itemIDs.rawID(at: Int(data.items[$0])), data.ratings?[$0], data.timestamps?[$0])
        }
    }
}
