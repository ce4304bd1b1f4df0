/// Saving and loading NeuMF models. Arrays: `user_gmf`, `item_gmf`, `user_mlp`, `item_mlp` (the
/// embedding tables, row-major), `tower` and `prediction` (each ``MLP/parameters``); metadata:
/// ``ModelMetadata`` of ``Configuration``, whose widths fix every array's shape.
extension NeuMF {
    /// The model as an archive.
    /// - Throws: ``ModelError/malformed(path:reason:)`` when the metadata cannot be encoded.
    public func archive() throws -> ModelArchive {
        checkShapes()
        var archive = try ModelArchive(
            kind: Self.archiveKind,
            metadata: ModelMetadata(hyperparameters: configuration, userIDs: userIDs, itemIDs: itemIDs))
        archive.append(userGMF, named: "user_gmf")
        archive.append(itemGMF, named: "item_gmf")
        archive.append(userMLP, named: "user_mlp")
        archive.append(itemMLP, named: "item_mlp")
        archive.append(tower.parameters, named: "tower")
        archive.append(prediction.parameters, named: "prediction")
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
        let gmf = configuration.gmfDimension
        let mlp = configuration.mlpDimension
        let widths = [2 * mlp] + configuration.hiddenLayers
        var tower = MLP(layers: (1..<widths.count).map {
            Dense(inputCount: widths[$0 - 1], outputCount: widths[$0], activation: .relu)
        })
        var prediction = MLP(layers: [Dense(inputCount: gmf + tower.outputCount, outputCount: 1, activation: .identity)])
        tower.parameters = try archive.floats(named: "tower", count: tower.parameterCount)
        prediction.parameters = try archive.floats(named: "prediction", count: prediction.parameterCount)
        self.configuration = configuration
        userIDs = users
        itemIDs = items
        userCount = users.count
        itemCount = items.count
        gmfDimension = gmf
        mlpDimension = mlp
        userGMF = try archive.floats(named: "user_gmf", count: users.count * gmf)
        itemGMF = try archive.floats(named: "item_gmf", count: items.count * gmf)
        userMLP = try archive.floats(named: "user_mlp", count: users.count * mlp)
        itemMLP = try archive.floats(named: "item_mlp", count: items.count * mlp)
        self.tower = tower
        self.prediction = prediction
    }
}
