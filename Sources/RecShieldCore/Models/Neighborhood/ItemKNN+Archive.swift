/// Saving and loading ItemKNN models. Arrays (see `ModelArchive+SparseMatrix.swift`):
/// `interactions` (the user × item training matrix with its values) and `neighbors` (the
/// item × item lists with their similarities); metadata: ``ModelMetadata`` of
/// ``NeighborhoodConfiguration``. The rating means of explicit feedback are recomputed from the
/// stored ratings, as training computed them, so scores match bit for bit.
extension ItemKNN {
    /// The model as an archive.
    /// - Throws: ``ModelError`` when the metadata cannot be encoded or a matrix is too large.
    public func archive() throws -> ModelArchive {
        var archive = try ModelArchive(
            kind: Self.archiveKind,
            metadata: ModelMetadata(hyperparameters: configuration, userIDs: userIDs, itemIDs: itemIDs))
        try archive.append(interactions, named: "interactions")
        try archive.append(neighbors, named: "neighbors")
        return archive
    }

    /// Restores a model saved by ``archive()``.
    /// - Throws: ``ModelError`` when the archive is of another kind or its content does not fit.
    public init(archive: ModelArchive) throws {
        try archive.requireKind(Self.archiveKind)
        let metadata = try archive.decodeMetadata(as: ModelMetadata<NeighborhoodConfiguration>.self)
        let configuration = metadata.hyperparameters
        do {
            try configuration.validate()
        } catch {
            throw ModelError.malformed(path: archive.source, reason: "invalid hyperparameters (\(error))")
        }
        let (users, items) = try metadata.idMaps(source: archive.source)
        let interactions = try archive.sparseMatrix(
            named: "interactions", rowCount: users.count, columnCount: items.count)
        let neighbors = try archive.sparseMatrix(
            named: "neighbors", rowCount: items.count, columnCount: items.count)
        self.init(
            interactions: interactions, neighbors: neighbors,
            means: configuration.feedback == .explicit ? RatingMeans(interactions) : nil,
            configuration: configuration, userIDs: users, itemIDs: items)
    }
}