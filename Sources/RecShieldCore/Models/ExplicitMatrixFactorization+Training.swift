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
        var generator = Xoshiro256StarStar(seed: training.seed)
        let users = FactorMatrix(
            rowCount: data.userCount, columnCount: training.factors,
            standardDeviation: training.initialStandardDeviation, using: &generator)
        let items = FactorMatrix(
            rowCount: data.itemCount, columnCount: training.factors,
            standardDeviation: training.initialStandardDeviation, using: &generator)
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
        return users.withUnsafeMutablePointer { userPointer in
            items.withUnsafeMutablePointer { itemPointer in
                userBiases.withUnsafeMutableBufferPointer { userBiasBuffer in
                    itemBiases.withUnsafeMutableBufferPointer { itemBiasBuffer in
                        triples.values.withUnsafeBufferPointer { values in
                            let context = MFStepContext(
                                users: userPointer, items: itemPointer, userBiases: userBiasBuffer,
                                itemBiases: itemBiasBuffer, dimension: training.factors, triples: values,
                                mean: mean, usesBiases: configuration.usesBiases,
                                learningRate: training.learningRate, regularization: training.regularization)
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

/// The training ratings packed for the inner loop, with their mean and range.
struct RatingTriples {
    /// One rating, packed so a draw touches one cache line.
    struct Triple {
        var user: Int32
        var item: Int32
        var rating: Float
    }

    /// The ratings in data order.
    let values: [Triple]
    /// The mean rating, summed in `Double`.
    let mean: Float
    /// The smallest and largest rating.
    let range: ClosedRange<Float>

    /// - Throws: ``ModelError/unsuitableData(model:reason:)`` for unrated, empty or non-finite data.
    init(data: InteractionDataset) throws {
        guard let ratings = data.ratings else {
            throw ModelError.unsuitableData(
                model: "explicit matrix factorisation",
                reason: "the data has no ratings; use an implicit model such as BPR-MF")
        }
        guard !ratings.isEmpty else {
            throw ModelError.unsuitableData(
                model: "explicit matrix factorisation", reason: "the training data holds no ratings")
        }
        if let bad = ratings.firstIndex(where: { !$0.isFinite }) {
            throw ModelError.unsuitableData(
                model: "explicit matrix factorisation", reason: "rating \(bad + 1) is \(ratings[bad]), not a finite number")
        }
        var sum: Double = 0
        for rating in ratings { sum += Double(rating) }
        mean = Float(sum / Double(ratings.count))
        range = (ratings.min() ?? 0)...(ratings.max() ?? 0)
        values = ratings.indices.map { Triple(user: data.users[$0], item: data.items[$0], rating: ratings[$0]) }
    }

    /// The number of ratings, and of SGD steps per epoch.
    var count: Int { values.count }
}
