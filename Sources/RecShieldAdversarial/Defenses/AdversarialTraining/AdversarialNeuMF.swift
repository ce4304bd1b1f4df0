import RecShieldCore

/// Adversarial training of ``NeuMF``'s embeddings: APR's objective on binary cross-entropy, with
/// the worst-case perturbation of the four embedding tables (GMF and MLP, users and items).
///
/// For each mini-batch `B` with loss `L_B = Σ_(u,i,y)∈B ℓ(s(u, i), y)`:
/// ```
/// G_r     = Σ over the batch's samples using row r of ∂ℓ/∂(row r)     (per table, per row)
/// Δ_r     = ε · G_r / ‖G_r‖                                            (rows the batch touches)
/// L       = L_B(Θ) + λ · L_B(Θ + Δ)                                    (Δ constant)
/// ```
/// — the reference implementation's per-batch normalisation: a row's gradient is summed over the
/// batch's samples that use it, then scaled to norm `ε`, separately in each table. The dense
/// layers are not perturbed. Gradients come from ``NeuMF/gradients(users:items:labels:weights:)``
/// (two forward and backward passes per batch), and the step is Adam as in ``NeuMFTrainer``.
///
/// Training first runs the configuration's own `epochs` with ``NeuMFTrainer`` (pretraining),
/// then ``AdversarialTrainingConfiguration/epochs`` adversarial epochs with the same settings.
///
/// References:
/// - He, He, Du & Chua, "Adversarial personalized ranking for recommendation", SIGIR 2018.
/// - He, Liao, Zhang, Nie, Hu & Chua, "Neural collaborative filtering", WWW 2017.
public enum AdversarialNeuMF {
    /// Trains NeuMF: plain pretraining, then adversarial epochs.
    /// - Parameters:
    ///   - interactions: the user × item matrix of observed pairs.
    ///   - configuration: the NeuMF settings; `epochs` is the pretraining length.
    ///   - adversarial: `ε`, `λ` and the number of adversarial epochs.
    ///   - onEpoch: called after every epoch (pretraining, then adversarial, numbered on) with
    ///     its mean loss; return `false` to stop.
    /// - Throws: ``NeuMF/ConfigurationError`` or ``ModelError`` for bad settings.
    public static func train(
        on interactions: SparseMatrix, configuration: NeuMF.Configuration = NeuMF.Configuration(),
        adversarial: AdversarialTrainingConfiguration = AdversarialTrainingConfiguration(),
        onEpoch: (_ epoch: Int, _ loss: Double) -> Bool = { _, _ in true }
    ) throws -> NeuMF {
        try adversarial.validate()
        var stopped = false
        let pretrained = try withoutActuallyEscaping(onEpoch) { onEpoch in
            try NeuMF.train(on: interactions, configuration: configuration) { report in
                stopped = !onEpoch(report.epoch, report.loss)
                return stopped ? .stop : .continue
            }
        }
        if stopped { return pretrained }
        return try fineTune(
            pretrained, on: interactions, configuration: configuration, adversarial: adversarial,
            firstEpoch: configuration.epochs, onEpoch: onEpoch)
    }

    /// Continues training a NeuMF model adversarially (fresh Adam state).
    /// - Parameters:
    ///   - model: the starting point, shaped like `interactions`.
    ///   - interactions: the user × item matrix of observed pairs.
    ///   - configuration: the training settings (its `epochs` is ignored).
    ///   - adversarial: `ε`, `λ` and the number of epochs.
    ///   - firstEpoch: epochs already run, added to reported epoch numbers and sampling streams.
    ///   - onEpoch: called after every epoch with its number and mean loss; return `false` to stop.
    /// - Throws: ``NeuMF/ConfigurationError`` or ``ModelError`` for bad settings;
    ///   ``DefenseError/mismatchedData(reason:)`` when the matrix does not fit the model.
    public static func fineTune(
        _ model: NeuMF, on interactions: SparseMatrix, configuration: NeuMF.Configuration,
        adversarial: AdversarialTrainingConfiguration, firstEpoch: Int = 0,
        onEpoch: (_ epoch: Int, _ loss: Double) -> Bool = { _, _ in true }
    ) throws -> NeuMF {
        try adversarial.validate()
        guard interactions.rowCount == model.userCount && interactions.columnCount == model.itemCount else {
            throw DefenseError.mismatchedData(reason: "the interaction matrix is not shaped like the model")
        }
        var settings = configuration
        settings.seed = configuration.seed &+ UInt64(firstEpoch)
        var trainer = try NeuMFBatchTrainer(model: model, interactions: interactions, configuration: settings)
        for epoch in 0..<adversarial.epochs {
            let loss = trainer.trainEpoch { model, batch in
                batchGradients(&model, batch, adversarial: adversarial)
            }
            if !onEpoch(firstEpoch + epoch + 1, loss) { break }
        }
        return trainer.model
    }

    /// The summed loss `L_B(Θ) + λ L_B(Θ + Δ)` of a batch and its gradients; the model is
    /// perturbed in place for the second pass and restored exactly afterwards.
    static func batchGradients(
        _ model: inout NeuMF, _ batch: NeuMFBatch, adversarial: AdversarialTrainingConfiguration
    ) -> NeuMF.Gradients {
        let clean = model.gradients(users: batch.users, items: batch.items, labels: batch.labels)
        guard adversarial.adversarialWeight > 0 else { return clean }
        let perturbation = NeuMFAdversarialPerturbation(
            gradients: clean, users: batch.users, items: batch.items, model: model, epsilon: adversarial.epsilon)
        let originals = perturbation.apply(to: &model)
        let perturbed = model.gradients(users: batch.users, items: batch.items, labels: batch.labels)
        perturbation.restore(originals, in: &model)
        let lambda = adversarial.adversarialWeight
        func combine(_ a: [Float], _ b: [Float]) -> [Float] { zip(a, b).map { $0 + lambda * $1 } }
        var combined = clean
        combined.loss = clean.loss + Double(lambda) * perturbed.loss
        combined.userGMF = combine(clean.userGMF, perturbed.userGMF)
        combined.itemGMF = combine(clean.itemGMF, perturbed.itemGMF)
        combined.userMLP = combine(clean.userMLP, perturbed.userMLP)
        combined.itemMLP = combine(clean.itemMLP, perturbed.itemMLP)
        combined.tower = combine(clean.tower, perturbed.tower)
        combined.prediction = combine(clean.prediction, perturbed.prediction)
        return combined
    }
}
