/// Saving and loading the popularity baseline. Arrays: `interaction_counts` (Int32, one per
/// item); metadata: ``ModelMetadata`` with no hyperparameters.
extension PopularityBaseline {
    /// The baseline has no settings; its metadata records an empty object.
    struct Hyperparameters: Codable, Sendable {}

    /// The model as an archive.
    /// - Throws: ``ModelError`` when a count exceeds the Int32 range of the file format.
    public func archive() throws -> ModelArchive {
        var archive = try ModelArchive(
            kind: Self.archiveKind,
            metadata: ModelMetadata(hyperparameters: Hyperparameters(), userIDs: userIDs, itemIDs: itemIDs))
        if let largest = interactionCounts.max(), largest > Int(Int32.max) {
            throw ModelError.unwritable(
                path: archive.source, reason: "an item count of \(largest) exceeds the file format's 2^31 - 1")
        }
        archive.append(interactionCounts.map { Int32($0) }, named: "interaction_counts")
        return archive
    }

    /// Restores a model saved by ``archive()``.
    /// - Throws: ``ModelError`` when the archive is of another kind or its content does not fit.
    public init(archive: ModelArchive) throws {
        try archive.requireKind(Self.archiveKind)
        let metadata = try archive.decodeMetadata(as: ModelMetadata<Hyperparameters>.self)
        let (users, items) = try metadata.idMaps(source: archive.source)
        let counts = try archive.int32s(named: "interaction_counts", count: items.count)
        if let negative = counts.first(where: { $0 < 0 }) {
            throw ModelError.malformed(path: archive.source, reason: "negative interaction count \(negative)")
        }
        self.init(userIDs: users, itemIDs: items, interactionCounts: counts.map(Int.init))
    }
}
