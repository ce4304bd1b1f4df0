/// Saving and loading the random baseline. No arrays; metadata: ``ModelMetadata`` whose
/// hyperparameters hold the `seed`, which with the ID maps fixes every score.
extension RandomBaseline {
    /// The settings recorded in the file.
    struct Hyperparameters: Codable, Sendable {
        /// The seed of the hash.
        var seed: UInt64
    }

    /// The model as an archive.
    /// - Throws: ``ModelError/malformed(path:reason:)`` when the metadata cannot be encoded.
    public func archive() throws -> ModelArchive {
        try ModelArchive(
            kind: Self.archiveKind,
            metadata: ModelMetadata(hyperparameters: Hyperparameters(seed: seed), userIDs: userIDs, itemIDs: itemIDs))
    }

    /// Restores a model saved by ``archive()``.
    /// - Throws: ``ModelError`` when the archive is of another kind or its metadata does not fit.
    public init(archive: ModelArchive) throws {
        try archive.requireKind(Self.archiveKind)
        let metadata = try archive.decodeMetadata(as: ModelMetadata<Hyperparameters>.self)
        let (users, items) = try metadata.idMaps(source: archive.source)
        self.init(userIDs: users, itemIDs: items, seed: metadata.hyperparameters.seed)
    }
}
