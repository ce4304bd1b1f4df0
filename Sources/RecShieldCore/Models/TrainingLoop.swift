import Dispatch

/// The epoch loop shared by RecShield's iteratively trained models: timing, reports, the
/// training callback and early stopping.
///
/// A model supplies one closure that runs one epoch (typically through ``Hogwild/run(samples:threads:seed:epoch:_:)``)
/// and returns its loss; the loop does the rest:
/// 1. run the epoch and time it (only the epoch: validation is not counted in
///    ``EpochReport/seconds``);
/// 2. every ``EarlyStopping/interval`` epochs, evaluate the validation metric, remember the best
///    model (a copy-on-write snapshot) and count evaluations without improvement;
/// 3. hand an ``EpochReport`` to the callback, which may ask to stop;
/// 4. stop after the configured epochs, on request, or when ``EarlyStopping/patience`` runs out,
///    then restore the best model if asked.
public enum TrainingLoop {
    /// Runs up to `epochs` epochs on `model`.
    /// - Parameters:
    ///   - model: the model being trained; on return, the trained (or best validated) model.
    ///   - epochs: the most epochs to run.
    ///   - earlyStopping: the validation rule, or `nil` to run every epoch.
    ///   - callback: called after every epoch with its report; returning ``TrainingControl/stop`` ends training.
    ///   - runEpoch: runs epoch `epoch` (0-based) on the model and returns the mean per-sample loss
    ///     and the number of samples.
    public static func run<Model: Recommender>(
        _ model: inout Model,
        epochs: Int,
        earlyStopping: EarlyStopping? = nil,
        callback: ((EpochReport) -> TrainingControl)? = nil,
        epoch runEpoch: (inout Model, _ epoch: Int) -> (loss: Double, samples: Int)
    ) {
        run(&model, model: \.self, epochs: epochs, earlyStopping: earlyStopping, callback: callback, epoch: runEpoch)
    }

    /// Runs up to `epochs` epochs on a training state that holds the model — a trainer with
    /// optimiser moments, say — validating, snapshotting and restoring only the model.
    /// - Parameters:
    ///   - state: the trainer; its `model` is the trained (or best validated) model on return.
    ///   - model: where the state keeps the model.
    ///   - firstEpoch: epochs the state has already run; reports count on from it.
    ///   - epochs: the most epochs to run in this call.
    ///   - earlyStopping: the validation rule, or `nil` to run every epoch.
    ///   - callback: called after every epoch with its report; returning ``TrainingControl/stop`` ends training.
    ///   - runEpoch: runs epoch `epoch` (0-based, counted from `firstEpoch`) and returns the mean
    ///     per-sample loss and the number of samples.
    public static func run<State, Model: Recommender>(
        _ state: inout State,
        model: WritableKeyPath<State, Model>,
        firstEpoch: Int = 0,
        epochs: Int,
        earlyStopping: EarlyStopping? = nil,
        callback: ((EpochReport) -> TrainingControl)? = nil,
        epoch runEpoch: (inout State, _ epoch: Int) -> (loss: Double, samples: Int)
    ) {
        var best: Double?
        var bestModel: Model?
        var evaluationsWithoutImprovement = 0
        for epoch in firstEpoch..<(firstEpoch + max(epochs, 0)) {
            let start = DispatchTime.now().uptimeNanoseconds
            let outcome = runEpoch(&state, epoch)
            let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) * 1e-9
            var report = EpochReport(
                epoch: epoch + 1, loss: outcome.loss, samples: outcome.samples, seconds: seconds)
            var patienceRanOut = false
            let isLast = epoch == firstEpoch + epochs - 1
            if let earlyStopping, (epoch + 1) % earlyStopping.interval == 0 || isLast {
                let value = earlyStopping.validation(state[keyPath: model])
                report.validation = value
                if earlyStopping.improves(value, on: best) {
                    best = value
                    evaluationsWithoutImprovement = 0
                    if earlyStopping.restoresBestModel { bestModel = state[keyPath: model] }
                } else {
                    evaluationsWithoutImprovement += 1
                    patienceRanOut = evaluationsWithoutImprovement >= earlyStopping.patience
                }
            }
            let control = callback?(report) ?? .continue
            if control == .stop || patienceRanOut { break }
        }
        if let bestModel { state[keyPath: model] = bestModel }
    }
}
