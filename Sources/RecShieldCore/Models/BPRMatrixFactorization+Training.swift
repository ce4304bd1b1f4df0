/// Training BPR-MF.
extension BPRMatrixFactorization {
    /// Trains a model on implicit feedback (ratings, if any, are ignored: every interaction is a
    /// positive).
    ///
    /// Factors start as `N(0, σ²)` draws from `Xoshiro256StarStar(seed:)` (user rows, then item
    /// rows), biases at 0. Each epoch draws as many triples as there are interactions (uniformly,
    /// with replacement) and updates after each one; see ``Configuration`` for the update rules
    /// and ``Hogwild`` for threads and reproducibility.
    ///
    /// - Parameters:
    ///   - data: the training interactions; its ID maps become the model's.
    ///   - configuration: hyperparameters.
    ///   - earlyStopping: an optional validation rule.
    ///   - callback: receives an ``EpochReport`` after every epoch and may stop training.
    /// - Returns: the trained model (the best validated one, with early stopping).
    /// - Throws: ``ModelError/invalidParameter(name:value:expected:)`` for a bad setting,
    ///   ``ModelError/unsuitableData(model:reason:)`` when there is nothing to sample.
    /// - Complexity: O(epochs · interactions · factors).
    public static func train(
        on data: InteractionDataset,
        configuration: Configuration = Configuration(),
        earlyStopping: EarlyStopping? = nil,
        callback: ((EpochReport) -> TrainingControl)? = nil
    ) throws -> BPRMatrixFactorization {
        try train(
            on: data, configuration: configuration, earlyStopping: earlyStopping, callback: callback,
            bitsetLimit: BPRSampleSet.bitsetLimit)
    }

    /// Trains with a given limit on the negative-check bitset (see ``BPRSampleSet``).
    static func train(
        on data: InteractionDataset, configuration: Configuration, earlyStopping: EarlyStopping?,
        callback: ((EpochReport) -> TrainingControl)?, bitsetLimit: Int
    ) throws -> BPRMatrixFactorization {
        try configuration.validate()
        try earlyStopping?.validate()
        let samples = try BPRSampleSet(
            data: data, sampling: configuration.negativeSampling, bitsetLimit: bitsetLimit)
        let training = configuration.training
        let (users, items) = training.initialFactors(userCount: data.userCount, itemCount: data.itemCount)
        var model = BPRMatrixFactorization(
            configuration: configuration, userIDs: data.userIDs, itemIDs: data.itemIDs,
            userFactors: users, itemFactors: items, itemBiases: [Float](repeating: 0, count: data.itemCount))
        var adam: BPRAdamState?
        if case .adam = configuration.optimizer {
            adam = BPRAdamState(userCount: data.userCount, itemCount: data.itemCount, factors: training.factors)
        }
        TrainingLoop.run(
            &model, epochs: training.epochs, earlyStopping: earlyStopping, callback: callback
        ) { model, epoch in
            let loss = runEpoch(
                epoch, users: &model.userFactors, items: &model.itemFactors, biases: &model.itemBiases,
                samples: samples, adam: &adam, configuration: configuration)
            return (loss / Double(samples.count), samples.count)
        }
        return model
    }

    /// Runs one epoch over borrowed parameters and returns the summed loss.
    static func runEpoch(
        _ epoch: Int, users: inout FactorMatrix, items: inout FactorMatrix, biases: inout [Float],
        samples: BPRSampleSet, adam: inout BPRAdamState?, configuration: Configuration
    ) -> Double {
        let training = configuration.training
        let prefetches = CachePrefetch.pays(rows: users.rowCount + items.rowCount, columns: training.factors)
        return users.withUnsafeMutablePointer { userPointer in
            items.withUnsafeMutablePointer { itemPointer in
                biases.withUnsafeMutableBufferPointer { biasBuffer in
                    samples.withSampler { sampler in
                        let context = BPRStepContext(
                            users: userPointer, items: itemPointer, biases: biasBuffer,
                            dimension: training.factors, sampler: sampler, usesBiases: configuration.usesItemBiases,
                            learningRate: training.learningRate, regularization: training.regularization,
                            prefetchesRows: prefetches)
                        return runSteps(epoch, context: context, samples: samples.count, adam: &adam, configuration)
                    }
                }
            }
        }
    }

    private static func runSteps(
        _ epoch: Int, context: BPRStepContext, samples: Int, adam: inout BPRAdamState?,
        _ configuration: Configuration
    ) -> Double {
        let training = configuration.training
        if case let .adam(beta1, beta2, epsilon) = configuration.optimizer,
            let loss = adam?.withPointers({ moments in
                Hogwild.run(samples: samples, threads: training.threads, seed: training.seed, epoch: epoch) {
                    steps, generator in
                    BPRKernels.adamSteps(
                        steps, context, moments, beta1: beta1, beta2: beta2, epsilon: epsilon,
                        firstStep: epoch * samples + steps.lowerBound, &generator)
                }
            })
        {
            return loss
        }
        return Hogwild.run(samples: samples, threads: training.threads, seed: training.seed, epoch: epoch) {
            steps, generator in BPRKernels.sgdSteps(steps, context, &generator)
        }
    }
}
