import RecShieldCore

/// Adversarial personalised ranking (APR): BPR-MF trained to keep its ranking under worst-case
/// perturbations of its embeddings — the adversarial-training defense for matrix factorisation
/// (the paper calls the resulting model AMF).
///
/// ```
/// L_APR(Θ) = Σ_(u,i,j) [ ℓ(x̂_uij(Θ)) + λ ℓ(x̂_uij(Θ + Δ_adv)) ] + λ_reg ‖Θ‖²,   ℓ(x) = −ln σ(x)
/// Δ_adv    = ε · g / ‖g‖  per row,   g = ∂ℓ(x̂_uij(Θ + Δ))/∂Δ at Δ = 0
/// ```
/// **Normalisation.** Training is per-sample SGD (one triple per step, like RecShield's BPR), so
/// the perturbation of a step is built from that triple's gradient alone: the three rows it
/// involves — `u`, `v_i`, `v_j` — are each perturbed by `ε` times their own normalised gradient
/// row, and no other row moves. This is the batch-size-1 case of the reference implementation,
/// which L2-normalises every row of the mini-batch gradient of the embedding tables (rows of users
/// and items that appear several times in a batch summing their gradients first). For one
/// triple the directions do not depend on `σ`:
/// `Δ_u = −ε (v_i − v_j)/‖v_i − v_j‖`, `Δ_i = −ε u/‖u‖`, `Δ_j = +ε u/‖u‖` (see ``APRKernels``).
/// The perturbation covers the embeddings only — item biases are not perturbed — and the data
/// term alone (`λ_reg` enters once, on `Θ`). `Δ_adv` is a constant during the step.
///
/// Training first runs the BPR configuration's own `epochs` of plain BPR (pretraining), then
/// ``AdversarialTrainingConfiguration/epochs`` APR epochs with the same learning rate,
/// regularisation, sampling, seed and threads; epoch `e` of the adversarial phase reports as
/// epoch `pretraining + e`, with the loss `Σ(ℓ + λℓ_adv)` per triple. One thread is
/// deterministic; more run Hogwild-style (see ``Hogwild``).
///
/// References:
/// - He, He, Du & Chua, "Adversarial personalized ranking for recommendation", SIGIR 2018.
public enum APR {
    /// Trains BPR-MF with APR: plain BPR pretraining, then adversarial epochs.
    /// - Parameters:
    ///   - data: the training interactions (every interaction is a positive).
    ///   - configuration: the BPR settings; `training.epochs` is the pretraining length.
    ///   - adversarial: `ε`, `λ` and the number of adversarial epochs.
    ///   - callback: receives every epoch's report (pretraining, then adversarial) and may stop
    ///     training; a stop during pretraining skips the adversarial phase.
    /// - Returns: the trained model.
    /// - Throws: ``ModelError`` for bad settings or unusable data; ``DefenseError/unsupported(defense:reason:)``
    ///   for the Adam optimiser (APR steps are SGD).
    /// - Complexity: O((pretraining + adversarial epochs) · interactions · factors).
    public static func train(
        on data: InteractionDataset,
        configuration: BPRMatrixFactorization.Configuration = BPRMatrixFactorization.Configuration(),
        adversarial: AdversarialTrainingConfiguration = AdversarialTrainingConfiguration(),
        callback: ((EpochReport) -> TrainingControl)? = nil
    ) throws -> BPRMatrixFactorization {
        try adversarial.validate()
        try checkOptimizer(configuration)
        var stopped = false
        let pretrained = try BPRMatrixFactorization.train(on: data, configuration: configuration) { report in
            let control = callback?(report) ?? .continue
            stopped = control == .stop
            return control
        }
        if stopped { return pretrained }
        return try fineTune(
            pretrained, on: data, adversarial: adversarial, firstEpoch: configuration.training.epochs, callback: callback)
    }

    /// Continues training a BPR-MF model with APR for ``AdversarialTrainingConfiguration/epochs``
    /// epochs, with the model's own learning rate, regularisation, sampling, seed and threads.
    /// - Parameters:
    ///   - model: the starting point (typically BPR-pretrained); `data` must share its ID maps.
    ///   - data: the training interactions.
    ///   - adversarial: `ε`, `λ` and the number of epochs.
    ///   - firstEpoch: the number of epochs already run, added to reported epoch numbers and to
    ///     the sampling stream so the epochs continue the model's own sequence.
    ///   - callback: receives every epoch's report and may stop training.
    /// - Throws: as ``train(on:configuration:adversarial:callback:)``, and
    ///   ``DefenseError/mismatchedData(reason:)`` when `data` does not fit the model.
    public static func fineTune(
        _ model: BPRMatrixFactorization, on data: InteractionDataset,
        adversarial: AdversarialTrainingConfiguration = AdversarialTrainingConfiguration(),
        firstEpoch: Int = 0, callback: ((EpochReport) -> TrainingControl)? = nil
    ) throws -> BPRMatrixFactorization {
        let configuration = model.configuration
        try adversarial.validate()
        try configuration.validate()
        try checkOptimizer(configuration)
        guard data.userCount == model.userCount && data.itemCount == model.itemCount else {
            throw DefenseError.mismatchedData(
                reason: "the data has \(data.userCount) users and \(data.itemCount) items, the model "
                    + "\(model.userCount) and \(model.itemCount)")
        }
        let samples = try BPRSampleSet(data: data, sampling: configuration.negativeSampling)
        var trained = model
        TrainingLoop.run(&trained, epochs: adversarial.epochs, callback: offsetting(callback, by: firstEpoch)) {
            model, epoch in
            var users = model.userFactors
            var items = model.itemFactors
            var biases = model.itemBiases
            let loss = runEpoch(
                firstEpoch + epoch, users: &users, items: &items, biases: &biases, samples: samples,
                configuration: configuration, adversarial: adversarial)
            model = BPRMatrixFactorization(
                configuration: configuration, userIDs: model.userIDs, itemIDs: model.itemIDs,
                userFactors: users, itemFactors: items, itemBiases: biases)
            return (loss / Double(samples.count), samples.count)
        }
        return trained
    }

    /// Runs one APR epoch over borrowed parameters and returns the summed APR data loss.
    static func runEpoch(
        _ epoch: Int, users: inout FactorMatrix, items: inout FactorMatrix, biases: inout [Float],
        samples: BPRSampleSet, configuration: BPRMatrixFactorization.Configuration,
        adversarial: AdversarialTrainingConfiguration
    ) -> Double {
        let training = configuration.training
        return users.withUnsafeMutablePointer { userPointer in
            items.withUnsafeMutablePointer { itemPointer in
                biases.withUnsafeMutableBufferPointer { biasBuffer in
                    samples.withSampler { sampler in
                        let context = APRStepContext(
                            users: userPointer, items: itemPointer, biases: biasBuffer,
                            dimension: training.factors, sampler: sampler, usesBiases: configuration.usesItemBiases,
                            learningRate: training.learningRate, regularization: training.regularization,
                            epsilon: adversarial.epsilon, adversarialWeight: adversarial.adversarialWeight)
                        return Hogwild.run(
                            samples: samples.count, threads: training.threads, seed: training.seed, epoch: epoch
                        ) { steps, generator in APRKernels.sgdSteps(steps, context, &generator) }
                    }
                }
            }
        }
    }

    /// A callback that sees epoch numbers shifted by `offset`.
    static func offsetting(
        _ callback: ((EpochReport) -> TrainingControl)?, by offset: Int
    ) -> ((EpochReport) -> TrainingControl)? {
        guard let callback else { return nil }
        return { report in
            var shifted = report
            shifted.epoch += offset
            return callback(shifted)
        }
    }

    private static func checkOptimizer(_ configuration: BPRMatrixFactorization.Configuration) throws {
        if case .adam = configuration.optimizer {
            throw DefenseError.unsupported(
                defense: "apr", reason: "APR takes SGD steps; set the BPR optimizer to sgd")
        }
    }
}
