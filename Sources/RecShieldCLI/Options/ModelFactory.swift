import Dispatch
import RecShield

/// Trains the model that ``ModelOptions`` describe through the library's ``ModelTrainer``: loads
/// VBPR's features, shows a progress bar over the epochs on stderr (only on a terminal and
/// without `--quiet`) and measures the training.
struct ModelFactory {
    /// What training produced and how long it took.
    struct Outcome {
        /// The trained model.
        var model: any ArchivableModel
        /// Epochs run (0 for models built in one pass).
        var epochs: Int
        /// Samples (SGD steps) over all epochs.
        var samples: Int
        /// Seconds of the epochs' updates alone.
        var epochSeconds: Double
        /// Wall-clock seconds of the whole training call (set-up and validation included).
        var trainSeconds: Double

        /// Training speed over the epochs alone, or `nil` for models built in one pass.
        var samplesPerSecond: Double? {
            epochs > 0 && epochSeconds > 0 ? Double(samples) / epochSeconds : nil
        }
    }

    /// The flags.
    let options: ModelOptions
    /// The training-time defense (`none` trains through ``ModelTrainer``).
    var defense: DefenseOptions? = nil
    /// Whether to suppress the progress bar.
    var quiet: Bool

    /// Trains on `data`, with early stopping on `validation` when given.
    /// - Throws: ``DataError`` for an unreadable feature file; ``ModelError`` and the models'
    ///   configuration errors for settings out of range or unsuitable data.
    func train(on data: InteractionDataset, validation: InteractionDataset?) throws -> Outcome {
        let kind = options.model
        let features = try options.features.map { try loadFeatures($0, itemIDs: data.itemIDs) }
        let bar = ModelTrainer.epochs(kind: kind, settings: options.settings).map {
            ProgressBar(title: "training \(kind)", total: $0, quiet: quiet)
        }
        defer { bar?.finish() }
        var epochs = 0
        var samples = 0
        var epochSeconds = 0.0
        let start = DispatchTime.now().uptimeNanoseconds
        let progress: (EpochReport) -> TrainingControl = { report in
            epochs = report.epoch
            samples += report.samples
            epochSeconds += report.seconds
            let validated = report.validation.map { ", validation \(MetricsCommand.fixed($0))" } ?? ""
            bar?.update(done: report.epoch, note: "loss \(MetricsCommand.fixed(report.loss))" + validated)
            return .continue
        }
        let model: any ArchivableModel
        if let defense, defense.defense != .none {
            bar?.finish()
            model = try DefendedTraining.train(
                kind: defense.defense, settings: defense.settings,
                model: DefendedModelConfiguration(kind: kind, settings: options.settings, features: features),
                on: data, fakeProfiles: defense.profileSource(for: data, seed: options.seed), progress: progress
            ).archivable
        } else {
            model = try ModelTrainer.train(
                kind: kind, settings: options.settings, on: data, features: features, validation: validation,
                callback: progress)
        }
        let trainSeconds = Double(DispatchTime.now().uptimeNanoseconds - start) * 1e-9
        return Outcome(
            model: model, epochs: epochs, samples: samples, epochSeconds: epochSeconds, trainSeconds: trainSeconds)
    }

    /// Reads the feature file for the items of the training data, warning about unknown and
    /// missing items on stderr.
    private func loadFeatures(_ path: String, itemIDs: IDMap) throws -> ItemFeatureMatrix {
        let (matrix, report) = try ItemFeatureLoader.loadWithReport(path, itemIDs: itemIDs)
        if report.unknownItemRows > 0 || report.itemsWithoutFeatures > 0 {
            StandardError.write(
                "recshield: warning: \(path): \(report.unknownItemRows) rows of unknown items ignored, "
                    + "\(report.itemsWithoutFeatures) items without features get zero vectors\n")
        }
        return matrix
    }
}
