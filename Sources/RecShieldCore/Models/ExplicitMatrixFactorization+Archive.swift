/// Saving and loading explicit-MF models. Arrays: `user_factors`, `item_factors`, `user_biases`,
/// `item_biases`, and `scalars` = [μ, lowest rating, highest rating]; metadata: ``ModelMetadata``
/// of ``Configuration``.
extension ExplicitMatrixFactorization {
    /// The model as an archive.
    public func archive() throws -> ModelArchive {
        var archive = try ModelArchive(
            kind: Self.archiveKind,
            metadata: ModelMetadata(hyperparameters: configuration, userIDs: userIDs, itemIDs: itemIDs))
        archive.append(userFactors, named: "user_factors")
        archive.append(itemFactors, named: "item_factors")
        archive.append(userBiases, named: "user_biases")
        archive.append(itemBiases, named: "item_biases")
        archive.append([globalMean, ratingRange.lowerBound, ratingRange.upperBound], named: "scalars")
        return archive
    }

    /// Restores a model saved by ``archive()``.
    /// - Throws: ``ModelError`` when the archive is of another kind or its content does not fit.
    public init(archive: ModelArchive) throws {
        try archive.requireKind(Self.archiveKind)
        let metadata = try archive.decodeMetadata(as: ModelMetadata<Configuration>.self)
        let configuration = metadata.hyperparameters
        do {
            try configuration.training.validate()
        } catch {
            throw ModelError.malformed(path: archive.source, reason: "invalid hyperparameters (\(error))")
        }
        let (users, items) = try metadata.idMaps(source: archive.source)
        let d = configuration.training.factors
        let scalars = try archive.floats(named: "scalars", count: 3)
        guard scalars[1] <= scalars[2] else {
            throw ModelError.malformed(path: archive.source, reason: "the rating range is empty")
        }
        self.init(
            configuration: configuration, userIDs: users, itemIDs: items,
            userFactors: try archive.factorMatrix(named: "user_factors", rowCount: users.count, columnCount: d),
            itemFactors: try archive.factorMatrix(named: "item_factors", rowCount: items.count, columnCount: d),
            userBiases: try archive.floats(named: "user_biases", count: users.count),
            itemBiases: try archive.floats(named: "item_biases", count: items.count),
            globalMean: scalars[0], ratingRange: scalars[1]...scalars[2])
    }
}