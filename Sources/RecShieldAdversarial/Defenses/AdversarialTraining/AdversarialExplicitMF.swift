import RecShieldCore

/// Adversarial training of explicit matrix factorisation: APR's idea applied to the squared
/// error, so predicted ratings stay accurate when user and item factors are pushed in the
/// direction that hurts them most.
///
/// ```
/// L(Θ) = Σ_(u,i) [ e_ui(Θ)² + λ e_ui(Θ + Δ_adv)² ] + λ_reg ‖Θ‖²,   e_ui = r_ui − p_ui
/// Δ_adv = ε · g / ‖g‖ per row,   g = ∂e_ui(Θ + Δ)²/∂Δ at Δ = 0
/// ```
/// Per rating (per-sample SGD, as ``ExplicitMatrixFactorization`` trains) the two rows involved
/// are perturbed by `ε` times their own normalised gradient: `Δ_u = −ε sign(e) v/‖v‖`,
/// `Δ_v = −ε sign(e) u/‖u‖`, which moves the prediction away from the rating by about
/// `ε(‖u‖ + ‖v‖)`. Biases are not perturbed; `λ_reg` enters once; `Δ_adv` is constant during the
/// step (see ``AdversarialMFKernels`` for the update).
///
/// Training runs the MF configuration's own `epochs` of plain training (pretraining), then
/// ``AdversarialTrainingConfiguration/epochs`` adversarial epochs with the same settings,
/// reporting the loss `Σ(e² + λe_adv²)` per rating.
///
/// References:
/// - He, He, Du & Chua, "Adversarial personalized ranking for recommendation", SIGIR 2018 (the
///   method, for BPR); Koren, Bell & Volinsky, IEEE Computer 2009 (the model).
public enum AdversarialExplicitMF {
    /// Trains explicit MF: plain pretraining, then adversarial epochs.
    /// - Parameters:
    ///   - data: rated training interactions.
    ///   - configuration: the MF settings; `training.epochs` is the pretraining length.
    ///   - adversarial: `ε`, `λ` and the number of adversarial epochs.
    ///   - callback: receives every epoch's report and may stop training.
    /// - Throws: ``ModelError`` for bad settings or unrated data.
    public static func train(
        on data: InteractionDataset,
        configuration: ExplicitMatrixFactorization.Configuration = ExplicitMatrixFactorization.Configuration(),
        adversarial: AdversarialTrainingConfiguration = AdversarialTrainingConfiguration(),
        callback: ((EpochReport) -> TrainingControl)? = nil
    ) throws -> ExplicitMatrixFactorization {
        try adversarial.validate()
        var stopped = false
        let pretrained = try ExplicitMatrixFactorization.train(on: data, configuration: configuration) { report in
            let control = callback?(report) ?? .continue
            stopped = control == .stop
            return control
        }
        if stopped { return pretrained }
        return try fineTune(
            pretrained, on: data, adversarial: adversarial, firstEpoch: configuration.training.epochs, callback: callback)
    }

    /// Continues training an explicit MF model adversarially, with its own settings.
    /// - Parameters:
    ///   - model: the starting point; `data` must share its ID maps.
    ///   - data: rated training interactions.
    ///   - adversarial: `ε`, `λ` and the number of epochs.
    ///   - firstEpoch: epochs already run (offsets reported epochs and the sampling stream).
    ///   - callback: receives every epoch's report and may stop training.
    /// - Throws: ``ModelError`` for bad settings or unrated data; ``DefenseError/mismatchedData(reason:)``.
    public static func fineTune(
        _ model: ExplicitMatrixFactorization, on data: InteractionDataset,
        adversarial: AdversarialTrainingConfiguration = AdversarialTrainingConfiguration(),
        firstEpoch: Int = 0, callback: ((EpochReport) -> TrainingControl)? = nil
    ) throws -> ExplicitMatrixFactorization {
        let configuration = model.configuration
        try adversarial.validate()
        try configuration.training.validate()
        guard data.userCount == model.userCount && data.itemCount == model.itemCount else {
            throw DefenseError.mismatchedData(
                reason: "the data has \(data.userCount) users and \(data.itemCount) items, the model "
                    + "\(model.userCount) and \(model.itemCount)")
        }
        let triples = try RatingTriples(data: data)
        var trained = model
        TrainingLoop.run(&trained, epochs: adversarial.epochs, callback: APR.offsetting(callback, by: firstEpoch)) {
            model, epoch in
            var users = model.userFactors
            var items = model.itemFactors
            var userBiases = model.userBiases
            var itemBiases = model.itemBiases
            let loss = runEpoch(
                firstEpoch + epoch, users: &users, items: &items, userBiases: &userBiases, itemBiases: &itemBiases,
                triples: triples, mean: model.globalMean, configuration: configuration, adversarial: adversarial)
            model = ExplicitMatrixFactorization(
                configuration: configuration, userIDs: model.userIDs, itemIDs: model.itemIDs,
                userFactors: users, itemFactors: items, userBiases: userBiases, itemBiases: itemBiases,
                globalMean: model.globalMean, ratingRange: model.ratingRange)
            return (loss / Double(triples.count), triples.count)
        }
        return trained
    }

    static func runEpoch(
        _ epoch: Int, users: inout FactorMatrix, items: inout FactorMatrix, userBiases: inout [Float],
        itemBiases: inout [Float], triples: RatingTriples, mean: Float,
        configuration: ExplicitMatrixFactorization.Configuration, adversarial: AdversarialTrainingConfiguration
    ) -> Double {
        let training = configuration.training
        return users.withUnsafeMutablePointer { userPointer in
            items.withUnsafeMutablePointer { itemPointer in
                userBiases.withUnsafeMutableBufferPointer { userBiasBuffer in
                    itemBiases.withUnsafeMutableBufferPointer { itemBiasBuffer in
                        triples.values.withUnsafeBufferPointer { values in
                            let context = AdversarialMFStepContext(
                                users: userPointer, items: itemPointer, userBiases: userBiasBuffer,
                                itemBiases: itemBiasBuffer, dimension: training.factors, triples: values, mean: mean,
                                usesBiases: configuration.usesBiases, learningRate: training.learningRate,
                                regularization: training.regularization, epsilon: adversarial.epsilon,
                                adversarialWeight: adversarial.adversarialWeight)
                            return Hogwild.run(
                                samples: triples.count, threads: training.threads, seed: training.seed, epoch: epoch
                            ) { steps, generator in AdversarialMFKernels.sgdSteps(steps, context, &generator) }
                        }
                    }
                }
            }
        }
    }
}
