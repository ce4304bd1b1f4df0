import RecShieldCore

/// Implicit, timestamped data sets from `(user, item, time)` rows, for the drift tests.
enum TimedRows {
    static func make(_ rows: [(String, String, Int64)]) -> InteractionDataset {
        var userIDs = IDMap()
        var itemIDs = IDMap()
        let users = rows.map { Int32(userIDs.insert($0.0)) }
        let items = rows.map { Int32(itemIDs.insert($0.1)) }
        return InteractionDataset(userIDs: userIDs, itemIDs: itemIDs, users: users, items: items, timestamps: rows.map(\.2))
    }

    /// One interaction per timestamp, user `u<k>` with item `i<k>`.
    static func times(_ times: [Int64]) -> InteractionDataset {
        make(times.enumerated().map { ("u\($0.offset)", "i\($0.offset)", $0.element) })
    }
}
