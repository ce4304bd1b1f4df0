extension VBPR {
    /// Trains a model on the observed pairs of a user × item matrix.
    /// - Parameters:
    ///   - interactions: the user × item matrix of observed pairs (values are ignored).
    ///   - features: the content vector of every item (one row per column of `interactions`).
    ///   - configuration: the model shape and training settings.
    ///   - onEpoch: called after each epoch with its 1-based number and mean BPR loss; return
    ///     `false` to stop early.
    /// - Returns: the trained model.
    /// - Throws: ``ConfigurationError`` when a setting is out of range or the features do not
    ///   fit the items.
    public static func train(
        on interactions: SparseMatrix, features: ItemFeatureMatrix, configuration: Configuration = Configuration(),
        onEpoch: (_ epoch: Int, _ loss: Double) -> Bool = { _, _ in true }
    ) throws -> VBPR {
        var trainer = try VBPRTrainer(interactions: interactions, features: features, configuration: configuration)
        trainer.train(onEpoch: onEpoch)
        return trainer.model
    }

    /// Trains a model on every interaction of a data set, treated as an observed pair (ratings
    /// are ignored; filter with ``InteractionDataset/implicit(threshold:)`` first to keep only
    /// high ones).
    /// - Throws: ``ConfigurationError`` when a setting is out of range or the features do not
    ///   fit the items.
    public static func train(
        on data: InteractionDataset, features: ItemFeatureMatrix, configuration: Configuration = Configuration(),
        onEpoch: (_ epoch: Int, _ loss: Double) -> Bool = { _, _ in true }
    ) throws -> VBPR {
        try train(on: data.implicit().byUser(), features: features, configuration: configuration, onEpoch: onEpoch)
    }
}
