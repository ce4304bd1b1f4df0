/// Trains any ``ModelKind`` from one flat ``ModelSettings`` — the single switch over models that
/// the command line, the study runner and the defenses share.
///
/// ```swift
/// let split = try LeaveOneOutSplit(holdsOutValidation: true).split(data)
/// let model = try ModelTrainer.train(
///     kind: .bpr, settings: ModelSettings(epochs: 100, patience: 5),
///     on: split.train, validation: split.validation) { report in
///         print(report.epoch, report.loss, report.validation ?? .nan)
///         return .continue
///     }
/// try ModelFile(model: model, training: split.train).save(to: "bpr.model")
/// ```
///
/// Implicit models (bpr, neumf, vbpr, pop, and the KNN models with implicit feedback) treat every
/// interaction of `data` as a positive, whatever its rating; keep only high ratings first with
/// ``InteractionDataset/implicit(threshold:)`` (the command line's `--implicit-threshold`) if
/// that is what should count. Explicit models (mf, KNN with explicit feedback) need ratings.
public enum ModelTrainer {
    /// Trains a model of `kind` on `data`.
    /// - Parameters:
    ///   - kind: the model.
    ///   - settings: the settings; unset ones keep the model's defaults.
    ///   - data: the training interactions; their ID maps become the model's.
    ///   - features: item content features aligned with `data.itemIDs` — required by VBPR, an
    ///     error for every other model.
    ///   - validation: held-out interactions sharing `data`'s ID maps; when given, models trained
    ///     in epochs evaluate after each epoch — NDCG@10 over a full ranking without training
    ///     items, or RMSE for explicit MF — stop after ``ModelSettings/patience`` epochs without
    ///     improvement and return the best model. Models built in one pass ignore it.
    ///   - callback: receives an ``EpochReport`` after every epoch (models trained in epochs only)
    ///     and may stop training.
    /// - Returns: the trained model.
    /// - Throws: ``ModelError`` for a setting the model does not use or out of range, missing
    ///   or unexpected features, or data the model cannot learn from; the models' own
    ///   configuration errors; ``DataError`` for explicit KNN on unrated data.
    public static func train(
        kind: ModelKind,
        settings: ModelSettings = ModelSettings(),
        on data: InteractionDataset,
        features: ItemFeatureMatrix? = nil,
        validation: InteractionDataset? = nil,
        callback: ((EpochReport) -> TrainingControl)? = nil
    ) throws -> any ArchivableModel {
        try settings.check(for: kind)
        if let features, !kind.needsFeatures {
            throw ModelError.invalidParameter(
                name: "features", value: "\(features.dimension) columns",
                expected: "no features for \(kind.rawValue) (only vbpr uses them)")
        }
        if let validation {
            precondition(
                validation.userIDs == data.userIDs && validation.itemIDs == data.itemIDs,
                "validation data must share the training data's ID maps")
        }
        let stopping = try validation.flatMap {
            try earlyStopping(kind: kind, settings: settings, training: data, validation: $0)
        }
        switch kind {
        case .mf:
            let defaults = ExplicitMatrixFactorization.Configuration().training
            return try ExplicitMatrixFactorization.train(
                on: data, configuration: .init(training: training(defaults, settings)),
                earlyStopping: stopping, callback: callback)
        case .bpr:
            let defaults = BPRMatrixFactorization.Configuration().training
            return try BPRMatrixFactorization.train(
                on: data, configuration: .init(training: training(defaults, settings)),
                earlyStopping: stopping, callback: callback)
        case .neumf:
            return try NeuMF.train(
                on: data, configuration: neuMFConfiguration(settings), earlyStopping: stopping, callback: callback)
        case .vbpr:
            guard let features else {
                throw ModelError.invalidParameter(name: "features", value: "none", expected: "item features for vbpr")
            }
            return try VBPR.train(
                on: data, features: features, configuration: vbprConfiguration(settings),
                earlyStopping: stopping, callback: callback)
        case .itemknn:
            return try ItemKNN(training: data, configuration: neighborhoodConfiguration(settings))
        case .userknn:
            return try UserKNN(training: data, configuration: neighborhoodConfiguration(settings))
        case .pop:
            return PopularityBaseline(training: data)
        case .random:
            return RandomBaseline(userIDs: data.userIDs, itemIDs: data.itemIDs, seed: settings.seed)
        }
    }

    /// Whether a model of `kind` trained with `settings` predicts ratings.
    public static func predictsRatings(kind: ModelKind, settings: ModelSettings) -> Bool {
        switch kind {
        case .mf: return true
        case .itemknn, .userknn: return (settings.feedback ?? NeighborhoodConfiguration().feedback) == .explicit
        case .bpr, .neumf, .vbpr, .pop, .random: return false
        }
    }

    /// The number of epochs a model of `kind` trained with `settings` runs at most (its default
    /// unless `settings` gives one), or `nil` for models built in one pass — the length of a
    /// progress bar.
    public static func epochs(kind: ModelKind, settings: ModelSettings) -> Int? {
        switch kind {
        case .mf: return training(ExplicitMatrixFactorization.Configuration().training, settings).epochs
        case .bpr: return training(BPRMatrixFactorization.Configuration().training, settings).epochs
        case .neumf: return neuMFConfiguration(settings).epochs
        case .vbpr: return vbprConfiguration(settings).epochs
        case .itemknn, .userknn, .pop, .random: return nil
        }
    }

    /// The shared SGD settings: a model's defaults with the given values laid over them.
    public static func training(_ defaults: TrainingConfiguration, _ settings: ModelSettings) -> TrainingConfiguration {
        var training = defaults
        training.factors = settings.factors ?? training.factors
        training.epochs = settings.epochs ?? training.epochs
        training.learningRate = settings.learningRate ?? training.learningRate
        training.regularization = settings.regularization ?? training.regularization
        training.threads = settings.threads ?? training.threads
        training.seed = settings.seed
        return training
    }

    /// NeuMF's configuration: its defaults with the given values laid over them (`factors` sets
    /// both the GMF and the MLP embedding width).
    public static func neuMFConfiguration(_ settings: ModelSettings) -> NeuMF.Configuration {
        var configuration = NeuMF.Configuration()
        configuration.gmfDimension = settings.factors ?? configuration.gmfDimension
        configuration.mlpDimension = settings.factors ?? configuration.mlpDimension
        configuration.epochs = settings.epochs ?? configuration.epochs
        configuration.learningRate = settings.learningRate ?? configuration.learningRate
        configuration.seed = settings.seed
        return configuration
    }

    /// VBPR's configuration: its defaults with the given values laid over them (`factors` sets
    /// both the latent and the content dimension).
    public static func vbprConfiguration(_ settings: ModelSettings) -> VBPR.Configuration {
        var configuration = VBPR.Configuration()
        configuration.factors = settings.factors ?? configuration.factors
        configuration.contentFactors = settings.factors ?? configuration.contentFactors
        configuration.epochs = settings.epochs ?? configuration.epochs
        configuration.learningRate = settings.learningRate ?? configuration.learningRate
        configuration.regularization = settings.regularization ?? configuration.regularization
        configuration.seed = settings.seed
        return configuration
    }

    static func neighborhoodConfiguration(_ settings: ModelSettings) -> NeighborhoodConfiguration {
        var configuration = NeighborhoodConfiguration()
        configuration.neighbors = settings.neighbors ?? configuration.neighbors
        configuration.similarity = settings.similarity ?? configuration.similarity
        configuration.feedback = settings.feedback ?? configuration.feedback
        configuration.neighborLists = settings.neighborLists ?? configuration.neighborLists
        configuration.threads = settings.threads ?? configuration.threads
        return configuration
    }

    /// NDCG@10 of a full ranking without training items (implicit models) or RMSE (explicit MF)
    /// on the validation data.
    static func earlyStopping(
        kind: ModelKind, settings: ModelSettings, training: InteractionDataset, validation: InteractionDataset
    ) throws -> EarlyStopping? {
        guard kind.trainsInEpochs else { return nil }
        let threads = settings.threads ?? ParallelLoop.availableThreads
        let heldOut = validation.byUser()
        if predictsRatings(kind: kind, settings: settings) {
            guard validation.isRated else {
                throw ModelError.unsuitableData(
                    model: kind.title, reason: "the validation data has no ratings to compute RMSE on")
            }
            let evaluator = RatingEvaluator(threads: threads)
            return EarlyStopping(patience: settings.patience, higherIsBetter: false) { model in
                evaluator.evaluate(model, test: heldOut).rmse
            }
        }
        let seen = training.implicit().byUser()
        let evaluator = try RankingEvaluator(metrics: [.ndcg(10)], threads: threads)
        return EarlyStopping(patience: settings.patience) { model in
            evaluator.evaluate(model, test: heldOut, training: seen).mean(of: .ndcg(10)) ?? 0
        }
    }
}
