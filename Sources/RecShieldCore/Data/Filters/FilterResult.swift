/// The outcome of a ``DatasetFilter``: the surviving data set and what the filter removed.
///
/// Filters compact the ID maps (see ``InteractionDataset/compacted()``): the result's maps hold
/// only users and items that still have an interaction, so its indices differ from the input's.
public struct FilterResult: Sendable, Equatable {
    /// The surviving interactions with compacted ID maps.
    public var dataset: InteractionDataset
    /// What was removed.
    public var report: FilterReport

    /// Creates a result.
    public init(dataset: InteractionDataset, report: FilterReport) {
        self.dataset = dataset
        self.report = report
    }

    /// Compacts `kept` and reports the difference to `original`.
    /// - Parameters:
    ///   - original: the filter's input.
    ///   - kept: the surviving interactions, still indexed by `original`'s maps.
    ///   - rounds: how many removal rounds the filter ran.
    init(original: InteractionDataset, kept: InteractionDataset, rounds: Int) {
        let compact = kept.compacted()
        dataset = compact
        report = FilterReport(
            removedUsers: original.userCount - compact.userCount,
            removedItems: original.itemCount - compact.itemCount,
            removedInteractions: original.count - compact.count,
            rounds: rounds)
    }
}

/// Counts of what a filter removed.
///
/// Removed users and items are the entries that left the ID maps, including entries the input's
/// maps held without any interaction.
public struct FilterReport: Sendable, Equatable, Codable {
    /// Users dropped from the user ID map.
    public var removedUsers: Int
    /// Items dropped from the item ID map.
    public var removedItems: Int
    /// Interactions dropped.
    public var removedInteractions: Int
    /// Rounds that removed interactions (1 for a one-pass filter that removed any,
    /// the number of peeling rounds for ``KCoreFilter``, 0 when nothing was removed).
    public var rounds: Int

    /// Creates a report.
    public init(removedUsers: Int, removedItems: Int, removedInteractions: Int, rounds: Int) {
        self.removedUsers = removedUsers
        self.removedItems = removedItems
        self.removedInteractions = removedInteractions
        self.rounds = rounds
    }

    /// The report of applying two filters one after the other (counts and rounds add up).
    public static func + (lhs: FilterReport, rhs: FilterReport) -> FilterReport {
        FilterReport(
            removedUsers: lhs.removedUsers + rhs.removedUsers,
            removedItems: lhs.removedItems + rhs.removedItems,
            removedInteractions: lhs.removedInteractions + rhs.removedInteractions,
            rounds: lhs.rounds + rhs.rounds)
    }

    enum CodingKeys: String, CodingKey {
        case removedUsers = "removed_users"
        case removedItems = "removed_items"
        case removedInteractions = "removed_interactions"
        case rounds
    }
}
