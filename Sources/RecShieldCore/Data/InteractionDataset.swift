/// A set of user–item interactions with optional ratings and timestamps — RecShield's data model.
///
/// Interactions are stored column-wise (structure of arrays) in the order they were read. Users
/// and items are dense indices into ``userIDs`` and ``itemIDs``; the raw IDs a person wrote stay
/// available through those maps. Splits and filters produce new data sets that share the same ID
/// maps, so a model trained on a training part scores the test part with the same indices.
///
/// A data set holds at most one interaction per (user, item) pair; loaders merge duplicates
/// according to their duplicate policy before building one.
public struct InteractionDataset: Sendable, Equatable {
    /// Raw user IDs ↔ dense user indices.
    public var userIDs: IDMap
    /// Raw item IDs ↔ dense item indices.
    public var itemIDs: IDMap
    /// The user index of each interaction.
    public var users: [Int32]
    /// The item index of each interaction.
    public var items: [Int32]
    /// The rating of each interaction, or `nil` for implicit (unrated) data.
    public var ratings: [Float]?
    /// The Unix timestamp (seconds) of each interaction, or `nil` when the data has none.
    public var timestamps: [Int64]?

    /// Creates a data set from parallel arrays.
    /// - Precondition: the arrays have equal length and indices lie inside the ID maps.
    public init(
        userIDs: IDMap, itemIDs: IDMap, users: [Int32], items: [Int32],
        ratings: [Float]? = nil, timestamps: [Int64]? = nil
    ) {
        precondition(users.count == items.count, "users and items differ in length")
        precondition(ratings == nil || ratings!.count == users.count, "ratings differ in length")
        precondition(timestamps == nil || timestamps!.count == users.count, "timestamps differ in length")
        self.userIDs = userIDs
        self.itemIDs = itemIDs
        self.users = users
        self.items = items
        self.ratings = ratings
        self.timestamps = timestamps
    }

    /// The number of interactions.
    public var count: Int { users.count }
    /// The number of users in the ID map (some may have no interaction in this part).
    public var userCount: Int { userIDs.count }
    /// The number of items in the ID map (some may have no interaction in this part).
    public var itemCount: Int { itemIDs.count }
    /// Whether interactions carry ratings.
    public var isRated: Bool { ratings != nil }
    /// Whether interactions carry timestamps.
    public var hasTimestamps: Bool { timestamps != nil }
    /// Share of the user × item matrix that holds an interaction.
    public var density: Double {
        userCount == 0 || itemCount == 0 ? 0 : Double(count) / (Double(userCount) * Double(itemCount))
    }

    /// The user × item matrix: row = user, column = item, value = rating (1 when unrated).
    /// - Complexity: O(count log count) at worst.
    public func byUser() -> SparseMatrix {
        SparseMatrix(rowCount: userCount, columnCount: itemCount, rows: users, columns: items, values: ratings)
    }

    /// The item × user matrix: row = item, column = user, value = rating (1 when unrated).
    public func byItem() -> SparseMatrix {
        SparseMatrix(rowCount: itemCount, columnCount: userCount, rows: items, columns: users, values: ratings)
    }

    /// The interactions at `positions`, in that order, with the same ID maps.
    public func subset<Positions: Sequence>(_ positions: Positions) -> InteractionDataset
    where Positions.Element == Int {
        let chosen = Array(positions)
        return InteractionDataset(
            userIDs: userIDs, itemIDs: itemIDs,
            users: chosen.map { users[$0] }, items: chosen.map { items[$0] },
            ratings: ratings.map { r in chosen.map { r[$0] } },
            timestamps: timestamps.map { t in chosen.map { t[$0] } })
    }

    /// The implicit-feedback view: interactions whose rating is at least `threshold` (all of them
    /// when the data is unrated or `threshold` is `nil`), without ratings.
    public func implicit(threshold: Float? = nil) -> InteractionDataset {
        var kept = self
        if let threshold, let ratings {
            kept = subset(ratings.indices.lazy.filter { ratings[$0] >= threshold })
        }
        kept.ratings = nil
        return kept
    }
}
