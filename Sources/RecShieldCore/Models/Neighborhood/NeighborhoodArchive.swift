/// The model-file layout ItemKNN and UserKNN share. Arrays (see `ModelArchive+SparseMatrix.swift`):
/// `interactions` (the user × item training matrix with its values) and `neighbors` (the item × item
/// or user × user lists with their similarities); metadata: ``ModelMetadata`` of
/// ``NeighborhoodConfiguration``. The rating means of explicit feedback are recomputed from the
/// stored ratings, as training computed them, so scores match bit for bit.
enum NeighborhoodArchive {
    /// What a neighbourhood model is rebuilt from.
    struct Parts {
        var configuration: NeighborhoodConfiguration
        var userIDs: IDMap
        var itemIDs: IDMap
        var interactions: SparseMatrix
        var neighbors: SparseMatrix
        var means: RatingMeans?
    }

    /// Whose neighbours a model keeps: the rows and columns of its `neighbors` matrix.
    enum NeighborSpace {
        case items, users
    }

    /// A model as an archive.
    /// - Throws: ``ModelError`` when the metadata cannot be encoded or a matrix is too large.
    static func archive(
        kind: String, configuration: NeighborhoodConfiguration, userIDs: IDMap, itemIDs: IDMap,
        interactions: SparseMatrix, neighbors: SparseMatrix
    ) throws -> ModelArchive {
        var archive = try ModelArchive(
            kind: kind, metadata: ModelMetadata(hyperparameters: configuration, userIDs: userIDs, itemIDs: itemIDs))
        try archive.append(interactions, named: "interactions")
        try archive.append(neighbors, named: "neighbors")
        return archive
    }

    /// The parts stored in `archive`.
    /// - Throws: ``ModelError`` when the archive is of another kind or its content does not fit.
    static func parts(of archive: ModelArchive, kind: String, space: NeighborSpace) throws -> Parts {
        try archive.requireKind(kind)
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
        let size = space == .items ? items.count : users.count
        let neighbors = try archive.sparseMatrix(named: "neighbors", rowCount: size, columnCount: size)
        return Parts(
            configuration: configuration, userIDs: users, itemIDs: items, interactions: interactions,
            neighbors: neighbors, means: configuration.feedback == .explicit ? RatingMeans(interactions) : nil)
    }
}
