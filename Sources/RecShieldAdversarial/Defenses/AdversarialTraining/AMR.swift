import RecShieldCore

/// Adversarial multimedia recommendation (AMR): ``VBPR`` trained against worst-case
/// perturbations of the item content features, so its ranking survives small changes to an
/// item's image or text representation.
///
/// ```
/// L = Σ_(u,i,j) [ ℓ(x̂_uij(Θ, F)) + λ ℓ(x̂_uij(Θ, F + Δ_adv)) ] + penalties,   ℓ(x) = −ln σ(x)
/// Δ_adv = ε · g / ‖g‖  on f_i and on f_j,   g = ∂ℓ(x̂_uij(Θ, F + Δ))/∂Δ at Δ = 0
/// ```
/// Per triple (per-sample SGD, as ``VBPRTrainer``) only the two items' feature rows are
/// perturbed, each by `ε` times its own normalised gradient (`Δ_i = −ε d/‖d‖`, `Δ_j = +ε d/‖d‖`
/// with `d = Eᵀθ_u + β′`); the perturbation is never stored (the features stay as given) and is
/// constant during the step. See ``AMRStep`` for the update.
///
/// Training first runs the VBPR configuration's own `epochs` (pretraining, as the paper does),
/// then ``AdversarialTrainingConfiguration/epochs`` AMR epochs with the same settings; each epoch
/// visits every observed pair once in a shuffled order with a uniformly drawn unobserved item
/// (at most 64 draws), from `Xoshiro256StarStar(seed:, stream: epoch)` with the 1-based epoch
/// continuing the pretraining's count. Single-threaded and deterministic.
///
/// References:
/// - Tang, He, Du, Yuan, Feng & Chua, "Adversarial training towards robust multimedia
///   recommender system", IEEE TKDE 32(5), 2019.
public enum AMR {
    /// Trains VBPR with AMR: plain pretraining, then adversarial epochs.
    /// - Parameters:
    ///   - interactions: the user × item matrix of observed pairs.
    ///   - features: the content vector of every item.
    ///   - configuration: the VBPR settings; `epochs` is the pretraining length.
    ///   - adversarial: `ε`, `λ` and the number of adversarial epochs.
    ///   - onEpoch: called after every epoch with its number and mean loss; return `false` to stop.
    /// - Throws: ``VBPR/ConfigurationError`` or ``ModelError`` for bad settings or features.
    public static func train(
        on interactions: SparseMatrix, features: ItemFeatureMatrix,
        configuration: VBPR.Configuration = VBPR.Configuration(),
        adversarial: AdversarialTrainingConfiguration = AdversarialTrainingConfiguration(),
        onEpoch: (_ epoch: Int, _ loss: Double) -> Bool = { _, _ in true }
    ) throws -> VBPR {
        try adversarial.validate()
        var stopped = false
        let pretrained = try withoutActuallyEscaping(onEpoch) { onEpoch in
            try VBPR.train(on: interactions, features: features, configuration: configuration) { report in
                stopped = !onEpoch(report.epoch, report.loss)
                return stopped ? .stop : .continue
            }
        }
        if stopped { return pretrained }
        return try fineTune(
            pretrained, on: interactions, configuration: configuration, adversarial: adversarial,
            firstEpoch: configuration.epochs, onEpoch: onEpoch)
    }

    /// Continues training a VBPR model with AMR.
    /// - Parameters:
    ///   - model: the starting point, shaped like `interactions`.
    ///   - interactions: the user × item matrix of observed pairs.
    ///   - configuration: the training settings (its `epochs` is ignored).
    ///   - adversarial: `ε`, `λ` and the number of epochs.
    ///   - firstEpoch: epochs already run (offsets reported numbers and sampling streams).
    ///   - onEpoch: called after every epoch with its number and mean loss `ℓ + λℓ_adv`; return
    ///     `false` to stop.
    /// - Throws: ``VBPR/ConfigurationError`` or ``ModelError`` for bad settings;
    ///   ``DefenseError/mismatchedData(reason:)`` when the matrix does not fit the model.
    public static func fineTune(
        _ model: VBPR, on interactions: SparseMatrix, configuration: VBPR.Configuration,
        adversarial: AdversarialTrainingConfiguration, firstEpoch: Int = 0,
        onEpoch: (_ epoch: Int, _ loss: Double) -> Bool = { _, _ in true }
    ) throws -> VBPR {
        try configuration.validate()
        try adversarial.validate()
        guard interactions.rowCount == model.userCount && interactions.columnCount == model.itemCount else {
            throw DefenseError.mismatchedData(reason: "the interaction matrix is not shaped like the model")
        }
        var trainer = AMRTrainer(model: model, configuration: configuration, adversarial: adversarial)
        var entryUsers = [Int32](repeating: 0, count: interactions.entryCount)
        for user in 0..<interactions.rowCount {
            for entry in interactions.entryRange(ofRow: user) { entryUsers[entry] = Int32(user) }
        }
        for epoch in 0..<adversarial.epochs {
            var rng = Xoshiro256StarStar(seed: configuration.seed, stream: UInt64(firstEpoch + epoch + 1))
            var order = (0..<interactions.entryCount).map { Int32($0) }
            order.fisherYatesShuffle(using: &rng)
            var total = 0.0
            var steps = 0
            for entry in order {
                let user = Int(entryUsers[Int(entry)])
                let positive = Int(interactions.columns[Int(entry)])
                for _ in 0..<64 {
                    let negative = rng.nextIndex(below: interactions.columnCount)
                    if !interactions.contains(row: user, column: negative) {
                        total += Double(trainer.step(user: user, positive: positive, negative: negative))
                        steps += 1
                        break
                    }
                }
            }
            if !onEpoch(firstEpoch + epoch + 1, steps > 0 ? total / Double(steps) : 0) { break }
        }
        return trainer.model
    }
}

/// The parameters of a VBPR model being trained with AMR, as plain arrays the step writes
/// through raw pointers; ``model`` rebuilds the model (and its content cache).
struct AMRTrainer {
    private var base: VBPR
    private var projection: [Float]
    private var featureBiases: [Float]
    private var scratch: [Float]
    let configuration: VBPR.Configuration
    let adversarial: AdversarialTrainingConfiguration

    init(model: VBPR, configuration: VBPR.Configuration, adversarial: AdversarialTrainingConfiguration) {
        base = model
        projection = model.projection
        featureBiases = model.featureBiases
        scratch = [Float](repeating: 0, count: model.factors + 2 * model.contentFactors + 3 * model.featureDimension)
        self.configuration = configuration
        self.adversarial = adversarial
    }

    /// The model with the trained parameters.
    var model: VBPR {
        var result = base
        result.projection = projection
        result.featureBiases = featureBiases
        return result
    }

    /// One AMR step on a triple; returns `ℓ + λℓ_adv` before it.
    mutating func step(user: Int, positive: Int, negative: Int) -> Float {
        let settings = configuration
        let adversarial = adversarial
        let shape = (k: base.factors, kc: base.contentFactors, f: base.featureDimension)
        let features = base.features
        return base.itemBiases.withUnsafeMutableBufferPointer { itemBiases in
            base.userFactors.withUnsafeMutableBufferPointer { userFactors in
                base.itemFactors.withUnsafeMutableBufferPointer { itemFactors in
                    base.userContentFactors.withUnsafeMutableBufferPointer { theta in
                        projection.withUnsafeMutableBufferPointer { projection in
                            featureBiases.withUnsafeMutableBufferPointer { featureBiases in
                                features.withUnsafeBufferPointer { features in
                                    scratch.withUnsafeMutableBufferPointer { scratch in
                                        AMRStep(
                                            itemBiases: itemBiases.baseAddress!, userFactors: userFactors.baseAddress!,
                                            itemFactors: itemFactors.baseAddress!, userContentFactors: theta.baseAddress!,
                                            projection: projection.baseAddress!, featureBiases: featureBiases.baseAddress!,
                                            features: features.baseAddress!, scratch: scratch.baseAddress!,
                                            factors: shape.k, contentFactors: shape.kc, featureDimension: shape.f,
                                            learningRate: settings.learningRate, regularization: settings.regularization,
                                            biasRegularization: settings.biasRegularization,
                                            contentRegularization: settings.contentRegularization,
                                            epsilon: adversarial.epsilon, adversarialWeight: adversarial.adversarialWeight
                                        ).apply(user: user, positive: positive, negative: negative)
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}
