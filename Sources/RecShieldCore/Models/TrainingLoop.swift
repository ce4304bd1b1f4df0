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
        var best: Double?
        var bestModel: Model?
        var evaluationsWithoutImprovement = 0
        for epoch in 0..<epochs {
            let start = DispatchTime.now().uptimeNanoseconds
            let outcome = runEpoch(&model, epoch)
            let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) * 1e-9
            var report = EpochReport(
                epoch: epoch + 1, loss: outcome.loss, samples: outcome.samples, seconds: seconds)
            var patienceRanOut = false
            if let earlyStopping, (epoch + 1) % earlyStopping.interval == 0 || epoch == epochs - 1 {
                let value = earlyStopping.validation(model)
                report.validation = value
                if earlyStopping.improves(value, on: best) {
                    best = value
                    evaluationsWithoutImprovement = 0
                    if earlyStopping.restoresBestModel { bestModel = model }
                } else {
                    evaluationsWithoutImprovement += 1
                    patienceRanOut = evaluationsWithoutImprovement >= earlyStopping.patience
                }
            }
            let control = callback?(report) ?? .continue
            if control == .stop || patienceRanOut { break }
        }
        if let bestModel { model = bestModel }
    }
}
