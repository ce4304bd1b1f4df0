/// A generated data set: interactions, item genres and item titles, aligned by item index.
public struct SyntheticDataset: Sendable, Equatable {
    /// Rated, timestamped interactions; users `"1"…`, items `"1"…` (the whole catalogue, in
    /// numeric order, including items nobody interacted with).
    public var interactions: InteractionDataset
    /// One to three genres per item, rows following the item indices of ``interactions``.
    public var categories: ItemCategories
    /// A made-up title per item index, MovieLens style (`"Harbor, The (1994)"`).
    public var titles: [String]

    /// Creates a data set.
    /// - Precondition: `titles` and `categories` have one entry per item of `interactions`.
    public init(interactions: InteractionDataset, categories: ItemCategories, titles: [String]) {
        precondition(titles.count == interactions.itemCount, "one title per item")
        precondition(categories.matrix.rowCount == interactions.itemCount, "one category row per item")
        self.interactions = interactions
        self.categories = categories
        self.titles = titles
    }
}
