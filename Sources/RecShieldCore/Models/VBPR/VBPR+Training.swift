extension VBPR {
    /// Trains a model on the observed pairs of a user × item matrix (users and items get
    /// positional IDs).
    /// - Parameters:
    ///   - interactions: the user × item matrix of observed pairs (values are ignored).
    ///   - features: the content vector of every item (one row per column of `interactions`).
    ///   - configuration: the model shape and training settings.
    ///   - earlyStopping: an optional validation rule (e.g. NDCG@10 on a validation split).
    ///   - callback: receives an ``EpochReport`` (loss = mean BPR loss, samples = SGD steps)
    ///     after every epoch and may stop training.
    /// - Returns: the trained model (the best validated one, with early stopping).
    /// - Throws: ``ConfigurationError`` when a setting is out of range or the features do not
    ///   fit the items; ``ModelError/invalidParameter(name:value:expected:)`` for a bad
    ///   early-stopping rule.
    public static func train(
        on interactions: SparseMatrix, features: ItemFeatureMatrix, configuration: Configuration = Configuration(),
        earlyStopping: EarlyStopping? = nil, callback: ((EpochReport) -> TrainingControl)? = nil
    ) throws -> VBPR {
        var trainer = try VBPRTrainer(interactions: interactions, features: features, configuration: configuration)
        try trainer.train(earlyStopping: earlyStopping, callback: callback)
        return trainer.model
    }

    /// Trains a model on every interaction of a data set, treated as an observed pair (ratings
    /// are ignored; filter with ``InteractionDataset/implicit(threshold:)`` first to keep only
    /// high ones). The model takes the data set's ID maps.
    /// - Throws: as the training on a matrix does.
    public static func train(
        on data: InteractionDataset, features: ItemFeatureMatrix, configuration: Configuration = Configuration(),
        earlyStopping: EarlyStopping? = nil, callback: ((EpochReport) -> TrainingControl)? = nil
    ) throws -> VBPR {
        let model = try VBPR(userIDs: data.userIDs, itemIDs: data.itemIDs, features: features, configuration: configuration)
        var trainer = try VBPRTrainer(model: model, interactions: data.implicit().byUser(), configuration: configuration)
        try trainer.train(earlyStopping: earlyStopping, callback: callback)
        return trainer.model
    }
}
