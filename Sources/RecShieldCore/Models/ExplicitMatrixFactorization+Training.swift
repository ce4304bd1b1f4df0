/// Training explicit matrix factorisation.
extension ExplicitMatrixFactorization {
    /// Trains a model on rated interactions.
    ///
    /// Factors start as `N(0, σ²)` draws from `Xoshiro256StarStar(seed:)` (user rows, then item
    /// rows), biases at 0, `μ` at the mean training rating. Each epoch draws as many ratings as
    /// the data holds (uniformly, with replacement) and takes one SGD step per draw; see the type's
    /// documentation for the update and ``Hogwild`` for threads and reproducibility.
    ///
    /// - Parameters:
    ///   - data: the training ratings; its ID maps become the model's.
    ///   - configuration: hyperparameters.
    ///   - earlyStopping: an optional validation rule (e.g. RMSE with `higherIsBetter: false`).
    ///   - callback: receives an ``EpochReport`` (loss = mean squared error) after every epoch.
    /// - Returns: the trained model (the best validated one, with early stopping).
    /// - Throws: ``ModelError/invalidParameter(name:value:expected:)`` for a bad setting,
    ///   ``ModelError/unsuitableData(model:reason:)`` for unrated, empty or non-finite data.
    /// - Complexity: O(epochs · ratings · factors).
    public static func train(
        on data: InteractionDataset,
        configuration: Configuration = Configuration(),
        earlyStopping: EarlyStopping? = nil,
        callback: ((EpochReport) -> TrainingControl)? = nil
    ) throws -> ExplicitMatrixFactorization {
        try configuration.training.validate()
        try earlyStopping?.validate()
        let triples = try RatingTriples(data: data)
        let training = configuration.training
        let (users, items) = training.initialFactors(userCount: data.userCount, itemCount: data.itemCount)
        var model = ExplicitMatrixFactorization(
            configuration: configuration, userIDs: data.userIDs, itemIDs: data.itemIDs,
            userFactors: users, itemFactors: items,
            userBiases: [Float](repeating: 0, count: data.userCount),
            itemBiases: [Float](repeating: 0, count: data.itemCount),
            globalMean: configuration.usesBiases ? triples.mean : 0, ratingRange: triples.range)
        let mean = model.globalMean
        TrainingLoop.run(
            &model, epochs: training.epochs, earlyStopping: earlyStopping, callback: callback
        ) { model, epoch in
            let loss = runEpoch(
                epoch, users: &model.userFactors, items: &model.itemFactors, userBiases: &model.userBiases,
                itemBiases: &model.itemBiases, triples: triples, mean: mean, configuration: configuration)
            return (loss / Double(triples.count), triples.count)
        }
        return model
    }

    /// Runs one epoch over borrowed parameters and returns the summed squared error.
    static func runEpoch(
        _ epoch: Int, users: inout FactorMatrix, items: inout FactorMatrix,
        userBiases: inout [Float], itemBiases: inout [Float],
        triples: RatingTriples, mean: Float, configuration: Configuration
    ) -> Double {
        let training = configuration.training
        let prefetches = CachePrefetch.pays(rows: users.rowCount + items.rowCount, columns: training.factors)
        return users.withUnsafeMutablePointer { userPointer in
            items.withUnsafeMutablePointer { itemPointer in
                userBiases.withUnsafeMutableBufferPointer { userBiasBuffer in
                    itemBiases.withUnsafeMutableBufferPointer { itemBiasBuffer in
                        triples.values.withUnsafeBufferPointer { values in
                            let context = MFStepContext(
                                users: userPointer, items: itemPointer, userBiases: userBiasBuffer,
                                itemBiases: itemBiasBuffer, dimension: training.factors, triples: values,
                                mean: mean, usesBiases: configuration.usesBiases,
                                learningRate: training.learningRate, regularization: training.regularization,
                                prefetches: prefetches)
                            return Hogwild.run(
                                samples: triples.count, threads: training.threads, seed: training.seed, epoch: epoch
                            ) { steps, generator in MFKernels.sgdSteps(steps, context, &generator) }
                        }
                    }
                }
            }
        }
    }
}
