/// Saving and loading BPR-MF models. Arrays: `user_factors` (users × d), `item_factors`
/// (items × d), `item_biases` (items); metadata: ``ModelMetadata`` of ``Configuration``.
extension BPRMatrixFactorization {
    /// The model as an archive.
    public func archive() throws -> ModelArchive {
        var archive = try ModelArchive(
            kind: Self.archiveKind,
            metadata: ModelMetadata(hyperparameters: configuration, userIDs: userIDs, itemIDs: itemIDs))
        archive.append(userFactors, named: "user_factors")
        archive.append(itemFactors, named: "item_factors")
        archive.append(itemBiases, named: "item_biases")
        return archive
    }

    /// Restores a model saved by ``archive()``.
    /// - Throws: ``ModelError`` when the archive is of another kind or its content does not fit.
    public init(archive: ModelArchive) throws {
        try archive.requireKind(Self.archiveKind)
        let metadata = try archive.decodeMetadata(as: ModelMetadata<Configuration>.self)
        let configuration = metadata.hyperparameters
        do {
            try configuration.validate()
        } catch {
            throw ModelError.malformed(path: archive.source, reason: "invalid hyperparameters (\(error))")
        }
        let (users, items) = try metadata.idMaps(source: archive.source)
        let d = configuration.training.factors
        self.init(
            configuration: configuration, userIDs: users, itemIDs: items,
            userFactors: try archive.factorMatrix(named: "user_factors", rowCount: users.count, columnCount: d),
            itemFactors: try archive.factorMatrix(named: "item_factors", rowCount: items.count, columnCount: d),
            itemBiases: try archive.floats(named: "item_biases", count: items.count))
    }
}
