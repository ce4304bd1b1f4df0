/// Saving and loading UserKNN models in the layout of `NeighborhoodArchive`.
extension UserKNN {
    /// The model as an archive.
    /// - Throws: ModelError when the metadata cannot be encoded or a matrix is too large.
    public func archive() throws -> ModelArchive {
        try NeighborhoodArchive.archive(
            kind: Self.archiveKind, configuration: configuration, userIDs: userIDs, itemIDs: itemIDs,
            interactions: interactions, neighbors: neighbors)
    }

    /// Restores a model saved by archive().
    /// - Throws: ModelError when the archive is of another kind or its content does not fit.
    public init(archive: ModelArchive) throws {
        let parts = try NeighborhoodArchive.parts(of: archive, kind: Self.archiveKind, space: .users)
        self.init(
            interactions: parts.interactions, neighbors: parts.neighbors, means: parts.means,
            configuration: parts.configuration, userIDs: parts.userIDs, itemIDs: parts.itemIDs)
    }
}
