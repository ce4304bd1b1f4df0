import RecShieldCore

/// ``NeuMF`` trained with an adaptive denoising loss (T-CE or R-CE) instead of plain binary
/// cross-entropy, so false-positive interactions weigh less in the learned model.
///
/// Sampling and Adam steps are those of ``NeuMFTrainer``. For each mini-batch the logits
/// `s(u, i)` are computed at the current parameters first; a positive's loss is its binary
/// cross-entropy `ℓ = softplus(−s)` and its predicted probability `ŷ = σ(s)`. Then
/// - T-CE: the `⌊drop_rate(t) · P⌋` positives of the batch with the largest `ℓ` (`P` the
///   batch's positives, `t` the progress in epochs) get weight 0;
/// - R-CE: every positive gets weight `ŷ^β`;
///
/// negatives keep weight 1, and the step follows the gradient of `Σ wₙ ℓₙ` averaged over the
/// whole batch (a dropped sample still counts in the batch size; with Adam the scale hardly
/// matters). The reported epoch loss is that weighted loss per sample. Training starts from
/// scratch (no pretraining), as in the paper, and is deterministic for a seed.
///
/// Differences from the reference implementation, stated so results can be compared: it counts
/// the drop share against the whole batch (negatives included), and its R-CE also weights
/// negatives by `(1 − ŷ)^β`; RecShield follows the paper's text (shares of positives; positives
/// reweighted).
///
/// References:
/// - Wang, Feng, He, Nie & Chua, "Denoising implicit feedback for recommendation", WSDM 2021.
public enum DenoisedNeuMF {
    /// Trains NeuMF with a denoising loss.
    /// - Parameters:
    ///   - interactions: the user × item matrix of observed (possibly noisy) pairs.
    ///   - configuration: the NeuMF settings (shape, epochs, batch size, Adam, seed).
    ///   - loss: T-CE or R-CE.
    ///   - onEpoch: called after every epoch with its number and mean weighted loss; return
    ///     `false` to stop.
    /// - Throws: ``NeuMF/ConfigurationError`` or ``ModelError`` for bad settings.
    public static func train(
        on interactions: SparseMatrix, configuration: NeuMF.Configuration = NeuMF.Configuration(),
        loss: DenoisingLoss, onEpoch: (_ epoch: Int, _ loss: Double) -> Bool = { _, _ in true }
    ) throws -> NeuMF {
        try loss.validate()
        let model = try NeuMF(
            userCount: interactions.rowCount, itemCount: interactions.columnCount, configuration: configuration)
        var trainer = try NeuMFBatchTrainer(model: model, interactions: interactions, configuration: configuration)
        for epoch in 0..<configuration.epochs {
            let mean = trainer.trainEpoch { model, batch in
                model.gradients(
                    users: batch.users, items: batch.items, labels: batch.labels,
                    weights: weights(of: batch, model: model, loss: loss))
            }
            if !onEpoch(epoch + 1, mean) { break }
        }
        return trainer.model
    }

    /// The weight of every sample of a batch under `loss` at the model's current parameters.
    static func weights(of batch: NeuMFBatch, model: NeuMF, loss: DenoisingLoss) -> [Float] {
        let logits = model.logits(users: batch.users, items: batch.items)
        var weights = [Float](repeating: 1, count: logits.count)
        let positives = batch.labels.indices.filter { batch.labels[$0] == 1 }
        switch loss {
        case let .truncated(schedule):
            let count = DenoisingLoss.droppedCount(positives: positives.count, rate: schedule.rate(atEpoch: batch.progress))
            let losses = positives.map { Logistic.softplus(-logits[$0]) }
            for position in DenoisingLoss.largest(count, of: losses) { weights[positives[position]] = 0 }
        case let .reweighted(exponent):
            for sample in positives {
                weights[sample] = DenoisingLoss.weight(probability: Logistic.sigmoid(logits[sample]), exponent: exponent)
            }
        }
        return weights
    }
}
