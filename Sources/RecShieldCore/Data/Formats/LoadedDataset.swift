/// A data set read from disk together with its side information and a report of the reading.
public struct LoadedDataset: Sendable, Equatable {
    /// The interactions.
    public var dataset: InteractionDataset
    /// What the loader read, skipped and merged.
    public var report: LoadReport
    /// Item genres (or RecBole classes), aligned with `dataset.itemIDs`, when the format's
    /// metadata file was found next to the interactions.
    ///
    /// Only items that have at least one interaction are in the data set's item map: items that
    /// appear in the metadata file alone (movies nobody rated) are left out, so indices stay
    /// those of the interactions. Rated items missing from the metadata have no categories.
    public var itemCategories: ItemCategories?
    /// Item tags (`tags.csv`, `tags.dat`), aligned like ``itemCategories``: each rated item's
    /// distinct tags exactly as written, whoever tagged it.
    public var itemTags: ItemCategories?

    /// Creates a loaded data set.
    public init(
        dataset: InteractionDataset, report: LoadReport,
        itemCategories: ItemCategories? = nil, itemTags: ItemCategories? = nil
    ) {
        self.dataset = dataset
        self.report = report
        self.itemCategories = itemCategories
        self.itemTags = itemTags
    }
}
