extension NeuMF {
    /// Trains a model on the observed pairs of a user × item matrix (users and items get
    /// positional IDs).
    /// - Parameters:
    ///   - interactions: the user × item matrix of observed pairs.
    ///   - configuration: the model shape and training settings.
    ///   - earlyStopping: an optional validation rule (e.g. NDCG@10 on a validation split).
    ///   - callback: receives an ``EpochReport`` (loss = mean binary cross-entropy, samples =
    ///     positives and sampled negatives) after every epoch and may stop training.
    /// - Returns: the trained model (the best validated one, with early stopping).
    /// - Throws: ``ConfigurationError`` when a setting is out of range,
    ///   ``ModelError/invalidParameter(name:value:expected:)`` for a bad early-stopping rule.
    public static func train(
        on interactions: SparseMatrix, configuration: Configuration = Configuration(),
        earlyStopping: EarlyStopping? = nil, callback: ((EpochReport) -> TrainingControl)? = nil
    ) throws -> NeuMF {
        var trainer = try NeuMFTrainer(interactions: interactions, configuration: configuration)
        try trainer.train(earlyStopping: earlyStopping, callback: callback)
        return trainer.model
    }

    /// Trains a model on every interaction of a data set, treated as an observed pair (ratings
    /// are ignored; filter with ``InteractionDataset/implicit(threshold:)`` first to keep only
    /// high ones). The model takes the data set's ID maps.
    /// - Throws: as the training on a matrix does.
    public static func train(
        on data: InteractionDataset, configuration: Configuration = Configuration(),
        earlyStopping: EarlyStopping? = nil, callback: ((EpochReport) -> TrainingControl)? = nil
    ) throws -> NeuMF {
        let model = try NeuMF(userIDs: data.userIDs, itemIDs: data.itemIDs, configuration: configuration)
        var trainer = try NeuMFTrainer(
            model: model, interactions: data.implicit().byUser(), configuration: configuration)
        try trainer.train(earlyStopping: earlyStopping, callback: callback)
        return trainer.model
    }
}
