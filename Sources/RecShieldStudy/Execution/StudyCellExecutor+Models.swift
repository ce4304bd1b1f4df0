import RecShieldCore

extension StudyCellExecutor {
    /// Trains `spec`'s model on `data` with `seed`, appending each epoch's loss to `result`
    /// under `log` (`clean`, `poisoned`, `sanitized`).
    ///
    /// Every kind goes through ``ModelTrainer``; NeuMF with `batch_size`, `negatives` or
    /// `hidden_layers` builds its configuration here, as ``ModelSettings`` has no such keys.
    /// Hogwild SGD runs on one thread so a cell's numbers do not depend on scheduling; the
    /// neighbourhood models use `threads` (their result is the same for any count).
    /// - Throws: ``StudyError/unsupported(_:)`` naming the entry for a setting the model rejects;
    ///   the model's data errors.
    static func train(
        _ spec: ModelSpec, on data: InteractionDataset, validation: InteractionDataset?, features: ItemFeatureMatrix?,
        seed: UInt64, threads: Int, log: String, into result: inout CellResult
    ) throws -> any ArchivableModel {
        var losses: [EpochLog] = []
        let callback: (EpochReport) -> TrainingControl = { report in
            losses.append(EpochLog(model: log, epoch: report.epoch, loss: report.loss, validation: report.validation))
            return .continue
        }
        let stopsEarly = spec.patience > 0 && validation != nil
        let model: any ArchivableModel
        do {
            if spec.kind == .neumf && (spec.batchSize != nil || spec.negatives != nil || spec.hiddenLayers != nil) {
                model = try NeuMF.train(on: data, configuration: neuMFConfiguration(spec, seed: seed), callback: callback)
            } else {
                model = try ModelTrainer.train(
                    kind: spec.kind, settings: settings(spec, seed: seed, threads: threads), on: data,
                    features: spec.kind.needsFeatures ? features : nil, validation: stopsEarly ? validation : nil,
                    callback: callback)
            }
        } catch let error as ModelError {
            throw StudyError.unsupported("model '\(spec.name)': \(error)")
        } catch let error as NeuMF.ConfigurationError {
            throw StudyError.unsupported("model '\(spec.name)': \(error.description)")
        }
        result.epochs += losses
        return model
    }

    /// The flat trainer settings of `spec`; unset keys keep the model's defaults.
    static func settings(_ spec: ModelSpec, seed: UInt64, threads: Int) -> ModelSettings {
        var settings = ModelSettings(seed: seed)
        settings.factors = spec.factors
        settings.epochs = spec.epochs
        settings.learningRate = spec.learningRate.map(Float.init)
        settings.regularization = spec.regularization.map(Float.init)
        settings.neighbors = spec.neighbours
        settings.similarity = spec.similarity.map { kind in
            switch kind {
            case .cosine: return .cosine
            case .adjustedCosine: return .adjustedCosine
            }
        }
        settings.neighborLists = spec.neighborLists?.modelSetting
        if spec.kind == .itemknn || spec.kind == .userknn { settings.threads = threads }
        if spec.patience > 0 { settings.patience = spec.patience }
        return settings
    }

    /// NeuMF's configuration with every key of `spec` applied.
    static func neuMFConfiguration(_ spec: ModelSpec, seed: UInt64) -> NeuMF.Configuration {
        var configuration = NeuMF.Configuration()
        if let factors = spec.factors {
            configuration.gmfDimension = factors
            configuration.mlpDimension = factors
        }
        if let epochs = spec.epochs { configuration.epochs = epochs }
        if let rate = spec.learningRate { configuration.learningRate = Float(rate) }
        if let batch = spec.batchSize { configuration.batchSize = batch }
        if let negatives = spec.negatives { configuration.negativesPerPositive = negatives }
        if let layers = spec.hiddenLayers { configuration.hiddenLayers = layers }
        configuration.seed = seed
        return configuration
    }
}
