extension NeuMF {
    /// Trains a model on the observed pairs of a user × item matrix.
    /// - Parameters:
    ///   - interactions: the user × item matrix of observed pairs.
    ///   - configuration: the model shape and training settings.
    ///   - onEpoch: called after each epoch with its 1-based number and mean loss; return `false`
    ///     to stop early.
    /// - Returns: the trained model.
    /// - Throws: ``ConfigurationError`` when a setting is out of range.
    public static func train(
        on interactions: SparseMatrix, configuration: Configuration = Configuration(),
        onEpoch: (_ epoch: Int, _ loss: Double) -> Bool = { _, _ in true }
    ) throws -> NeuMF {
        var trainer = try NeuMFTrainer(interactions: interactions, configuration: configuration)
        trainer.train(onEpoch: onEpoch)
        return trainer.model
    }

    /// Trains a model on every interaction of a data set, treated as an observed pair (ratings
    /// are ignored; filter with ``InteractionDataset/implicit(threshold:)`` first to keep only
    /// high ones).
    /// - Throws: ``ConfigurationError`` when a setting is out of range.
    public static func train(
        on data: InteractionDataset, configuration: Configuration = Configuration(),
        onEpoch: (_ epoch: Int, _ loss: Double) -> Bool = { _, _ in true }
    ) throws -> NeuMF {
        try train(on: data.implicit().byUser(), configuration: configuration, onEpoch: onEpoch)
    }
}
