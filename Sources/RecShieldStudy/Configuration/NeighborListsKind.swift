import RecShieldCore

/// Whose top-k lists link a user's items to a scored item in ItemKNN (`neighbor_lists`).
public enum NeighborListsKind: String, Codable, Sendable, CaseIterable {
    /// An item `j` the user has votes for `i` when `j` is among `i`'s `k` nearest items.
    case scoredItem = "scored-item"
    /// An item `j` the user has votes for `i` when `i` is among `j`'s `k` nearest items —
    /// Deshpande & Karypis's item-based top-N model.
    case ratedItems = "rated-items"

    /// The model's setting of the same name.
    public var modelSetting: NeighborhoodConfiguration.NeighborLists {
        switch self {
        case .scoredItem: return .scoredItem
        case .ratedItems: return .ratedItems
        }
    }
}
