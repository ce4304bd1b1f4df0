import RecShieldCore

/// BPR-MF with a per-user sample weight: triples of generated users count `w` times, real ones
/// once — the low-confidence variant of ``GANAugmentedTraining``. Initialisation, sampling,
/// epochs, seed and threads are the BPR configuration's; the steps are ``WeightedBPRStep``.
enum LowConfidenceBPR {
    /// Trains on augmented data with weight `weight` on the generated users' triples.
    static func train(
        on augmented: AugmentedDataset, weight: Float, configuration: BPRMatrixFactorization.Configuration,
        callback: ((EpochReport) -> TrainingControl)?
    ) throws -> BPRMatrixFactorization {
        try configuration.validate()
        if case .adam = configuration.optimizer {
            throw DefenseError.unsupported(
                defense: "gan-augment", reason: "low-confidence samples take SGD steps; set the BPR optimizer to sgd")
        }
        var start = configuration
        start.training.epochs = 0
        var model = try BPRMatrixFactorization.train(on: augmented.data, configuration: start)
        let samples = try BPRSampleSet(data: augmented.data, sampling: configuration.negativeSampling)
        let weights = (0..<augmented.data.userCount).map { $0 < augmented.realUserCount ? 1 : weight }
        let training = configuration.training
        TrainingLoop.run(&model, epochs: training.epochs, callback: callback) { model, epoch in
            var users = model.userFactors
            var items = model.itemFactors
            var biases = model.itemBiases
            let total = users.withUnsafeMutablePointer { userPointer in
                items.withUnsafeMutablePointer { itemPointer in
                    biases.withUnsafeMutableBufferPointer { biasBuffer in
                        weights.withUnsafeBufferPointer { weights in
                            samples.withSampler { sampler in
                                let step = WeightedBPRStep(
                                    users: userPointer, items: itemPointer, biases: biasBuffer,
                                    dimension: training.factors, sampler: sampler,
                                    usesBiases: configuration.usesItemBiases, learningRate: training.learningRate,
                                    regularization: training.regularization)
                                return Hogwild.run(
                                    samples: samples.count, threads: training.threads, seed: training.seed, epoch: epoch
                                ) { steps, generator in
                                    var total = 0.0
                                    for _ in steps {
                                        let (user, positive, negative) = sampler.drawTriple(&generator)
                                        total += Double(step.step(user: user, positive: positive, negative: negative) { _ in
                                            weights[user]
                                        })
                                    }
                                    return total
                                }
                            }
                        }
                    }
                }
            }
            model = BPRMatrixFactorization(
                configuration: configuration, userIDs: model.userIDs, itemIDs: model.itemIDs,
                userFactors: users, itemFactors: items, itemBiases: biases)
            return (total / Double(samples.count), samples.count)
        }
        return model
    }
}
