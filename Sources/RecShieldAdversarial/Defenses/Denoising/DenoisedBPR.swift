import RecShieldCore

/// BPR-MF trained with an adaptive denoising loss (T-CE or R-CE), so false-positive
/// interactions weigh less in the learned ranking.
///
/// **The positive loss of a pairwise model.** BPR has no per-positive loss, only the loss of a
/// triple, and a triple's loss mostly reflects its random negative: a hard (popular) negative
/// makes a clean positive look noisy. RecShield therefore scores a positive `(u, i)` against the
/// *mean item*: with `v̄ = (1/n) Σ_j v_j`, `b̄ = (1/n) Σ_j b_j`,
/// ```
/// x̄_ui = ŷ_ui − (1/n) Σ_j ŷ_uj = u·(v_i − v̄) + b_i − b̄,    ℓ_ui = −ln σ(x̄_ui),    ŷ_ui = σ(x̄_ui)
/// ```
/// — the BPR loss against the average item, i.e. the expected preference over a uniformly drawn
/// negative moved inside the loss. `v̄` and `b̄` are recomputed at the start of every epoch
/// (O(items · d)). Then
/// - T-CE: triples are drawn in batches of ``batchSize``; in each, the `⌊drop_rate(t) · B⌋`
///   triples whose positives have the largest `ℓ_ui` at the batch's start are dropped and the
///   others take plain BPR SGD steps in draw order (`t` the progress in epochs, see
///   ``DropRateSchedule``);
/// - R-CE: every triple takes its SGD step on `σ(x̄_ui)^β · (−ln σ(x̂_uij))`, the weight
///   computed at the step's parameters and held constant.
///
/// Initialisation, sampling, learning rate, regularisation, epochs, seed and threads are the BPR
/// configuration's (one thread is deterministic; more run Hogwild-style). Training starts from
/// scratch, as in the paper. The reported epoch loss is the weighted (R-CE) or kept (T-CE) loss
/// per drawn triple.
///
/// References:
/// - Wang, Feng, He, Nie & Chua, "Denoising implicit feedback for recommendation", WSDM 2021.
/// - Rendle, Freudenthaler, Gantner & Schmidt-Thieme, "BPR", UAI 2009.
public enum DenoisedBPR {
    /// The number of triples per T-CE batch.
    public static let batchSize = 256

    /// Trains BPR-MF with a denoising loss.
    /// - Parameters:
    ///   - data: the (possibly noisy) training interactions.
    ///   - configuration: the BPR settings.
    ///   - loss: T-CE or R-CE.
    ///   - callback: receives every epoch's report and may stop training.
    /// - Returns: the trained model.
    /// - Throws: ``ModelError`` for bad settings or unusable data;
    ///   ``DefenseError/unsupported(defense:reason:)`` for the Adam optimiser.
    public static func train(
        on data: InteractionDataset,
        configuration: BPRMatrixFactorization.Configuration = BPRMatrixFactorization.Configuration(),
        loss: DenoisingLoss, callback: ((EpochReport) -> TrainingControl)? = nil
    ) throws -> BPRMatrixFactorization {
        try loss.validate()
        try configuration.validate()
        if case .adam = configuration.optimizer {
            throw DefenseError.unsupported(
                defense: "denoising", reason: "denoised BPR takes SGD steps; set the optimizer to sgd")
        }
        var start = configuration
        start.training.epochs = 0
        var model = try BPRMatrixFactorization.train(on: data, configuration: start)
        let samples = try BPRSampleSet(data: data, sampling: configuration.negativeSampling)
        TrainingLoop.run(&model, epochs: configuration.training.epochs, callback: callback) { model, epoch in
            var users = model.userFactors
            var items = model.itemFactors
            var biases = model.itemBiases
            let total = runEpoch(epoch, users: &users, items: &items, biases: &biases, samples: samples,
                                 configuration: configuration, loss: loss)
            model = BPRMatrixFactorization(
                configuration: configuration, userIDs: model.userIDs, itemIDs: model.itemIDs,
                userFactors: users, itemFactors: items, itemBiases: biases)
            return (total / Double(samples.count), samples.count)
        }
        return model
    }

    static func runEpoch(
        _ epoch: Int, users: inout FactorMatrix, items: inout FactorMatrix, biases: inout [Float],
        samples: BPRSampleSet, configuration: BPRMatrixFactorization.Configuration, loss: DenoisingLoss
    ) -> Double {
        let training = configuration.training
        let count = samples.count
        return users.withUnsafeMutablePointer { userPointer in
            items.withUnsafeMutablePointer { itemPointer in
                biases.withUnsafeMutableBufferPointer { biasBuffer in
                    samples.withSampler { sampler in
                        let context = WeightedBPRStep(
                            users: userPointer, items: itemPointer, biases: biasBuffer, dimension: training.factors,
                            sampler: sampler, usesBiases: configuration.usesItemBiases,
                            learningRate: training.learningRate, regularization: training.regularization)
                        let mean = context.meanItem(itemCount: biasBuffer.count)
                        return mean.withUnsafeBufferPointer { mean in
                            Hogwild.run(
                                samples: count, threads: training.threads, seed: training.seed, epoch: epoch
                            ) { steps, generator in
                                switch loss {
                                case let .reweighted(exponent):
                                    return DenoisedBPRKernels.reweightedSteps(
                                        steps, context, mean: mean.baseAddress!, exponent: exponent, &generator)
                                case let .truncated(schedule):
                                    let batch = TruncationBatch(capacity: batchSize)
                                    defer { batch.deallocate() }
                                    return DenoisedBPRKernels.truncatedSteps(
                                        steps, context, batch: batch, mean: mean.baseAddress!, rate: { step in
                                            schedule.rate(atEpoch: Double(epoch) + Double(step) / Double(count))
                                        }, &generator)
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}
