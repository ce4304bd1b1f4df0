import Dispatch
import RecShieldCore

/// Trains a model with a training-time defense — the library entry point behind
/// `recshield train … --defense apr|amr|gan-augment|tce|rce`.
///
/// ```swift
/// let model = try DefendedTraining.train(
///     kind: .apr, settings: DefenseSettings(epsilon: 0.5, adversarialWeight: 1),
///     model: .bpr(BPRMatrixFactorization.Configuration()), on: split.train)
/// let evaluation = evaluator.evaluate(model.recommender, test: split.test, training: split.train)
/// ```
/// See ``DefenseKind`` for which defense applies to which model and ``DefenseSettings`` for the
/// keys. Implicit models (bpr, neumf, vbpr) treat every interaction as a positive; explicit MF
/// needs ratings.
public enum DefendedTraining {
    /// Trains `model` on `data` with defense `kind`.
    /// - Parameters:
    ///   - kind: the defense.
    ///   - settings: the defense's settings (keys of other kinds are ignored).
    ///   - model: the model kind and its settings.
    ///   - data: the training interactions.
    ///   - fakeProfiles: the profile generator gan-augment needs (the GAN attack, or a
    ///     ``ShillingProfileSource``); ignored by the other kinds.
    ///   - progress: receives a report after every epoch (pretraining and defense epochs, numbered
    ///     on; `samples` is 0 for NeuMF and VBPR, whose trainers do not count them) and may stop.
    /// - Returns: the trained model, scoring `data`'s users and items.
    /// - Throws: ``DefenseError`` for an unsupported combination, a missing input or a bad
    ///   setting; ``ModelError`` and the models' configuration errors for bad model settings or
    ///   unusable data.
    public static func train(
        kind: DefenseKind, settings: DefenseSettings = DefenseSettings(), model: DefendedModelConfiguration,
        on data: InteractionDataset, fakeProfiles: (any FakeProfileSource)? = nil,
        progress: ((EpochReport) -> TrainingControl)? = nil
    ) throws -> DefendedModel {
        try settings.validate()
        let adversarial = settings.adversarial(modelEpochs: model.epochs)
        switch (kind, model) {
        case let (.none, .bpr(configuration)):
            return .bpr(try BPRMatrixFactorization.train(on: data, configuration: configuration, callback: progress))
        case let (.none, .explicitMF(configuration)):
            return .explicitMF(try ExplicitMatrixFactorization.train(
                on: data, configuration: configuration, callback: progress))
        case let (.none, .neuMF(configuration)):
            return .neuMF(try NeuMF.train(
                on: data.implicit().byUser(), configuration: configuration, callback: progress))
        case let (.none, .vbpr(configuration, features)):
            return .vbpr(try VBPR.train(
                on: data.implicit().byUser(), features: try fitted(features, to: data), configuration: configuration, callback: progress))
        case let (.apr, .bpr(configuration)):
            return .bpr(try APR.train(on: data, configuration: configuration, adversarial: adversarial, callback: progress))
        case let (.apr, .explicitMF(configuration)):
            return .explicitMF(try AdversarialExplicitMF.train(
                on: data, configuration: configuration, adversarial: adversarial, callback: progress))
        case let (.apr, .neuMF(configuration)):
            return .neuMF(try AdversarialNeuMF.train(
                on: data.implicit().byUser(), configuration: configuration, adversarial: adversarial,
                onEpoch: adapter(progress)))
        case let (.amr, .vbpr(configuration, features)):
            return .vbpr(try AMR.train(
                on: data.implicit().byUser(), features: try fitted(features, to: data), configuration: configuration,
                adversarial: adversarial, onEpoch: adapter(progress)))
        case (.ganAugment, _):
            guard let fakeProfiles else {
                throw DefenseError.missingInput(defense: kind.rawValue, input: "a fake-profile source (the GAN attack)")
            }
            return try augmentedTraining(
                model, on: data, source: fakeProfiles, augmentation: settings.augmentation, progress: progress)
        case let (.tce, .bpr(configuration)), let (.rce, .bpr(configuration)):
            let loss = kind == .tce ? settings.truncatedLoss(modelEpochs: model.epochs) : settings.reweightedLoss
            return .bpr(try DenoisedBPR.train(on: data, configuration: configuration, loss: loss, callback: progress))
        case let (.tce, .neuMF(configuration)), let (.rce, .neuMF(configuration)):
            let loss = kind == .tce ? settings.truncatedLoss(modelEpochs: model.epochs) : settings.reweightedLoss
            return .neuMF(try DenoisedNeuMF.train(
                on: data.implicit().byUser(), configuration: configuration, loss: loss, onEpoch: adapter(progress)))
        case (.apr, .vbpr):
            throw DefenseError.unsupported(defense: "apr", reason: "for VBPR use amr, which perturbs the item features")
        case (.amr, _):
            throw DefenseError.unsupported(
                defense: "amr", reason: "it perturbs item content features, which only vbpr has; use apr for \(model.name)")
        case (.tce, _), (.rce, _):
            throw DefenseError.unsupported(
                defense: kind.rawValue,
                reason: "denoising losses are for implicit feedback with bpr or neumf, not \(model.name)")
        }
    }

    /// The features, checked against the data's items.
    static func fitted(_ features: ItemFeatureMatrix, to data: InteractionDataset) throws -> ItemFeatureMatrix {
        guard features.itemCount == data.itemCount else {
            throw DefenseError.mismatchedData(
                reason: "the item features have \(features.itemCount) rows, the data \(data.itemCount) items")
        }
        return features
    }

    /// An `onEpoch` closure that reports through `progress`, timing each epoch.
    static func adapter(
        _ progress: ((EpochReport) -> TrainingControl)?
    ) -> (Int, Double) -> Bool {
        var last = DispatchTime.now().uptimeNanoseconds
        return { epoch, loss in
            let now = DispatchTime.now().uptimeNanoseconds
            defer { last = now }
            let report = EpochReport(epoch: epoch, loss: loss, samples: 0, seconds: Double(now - last) * 1e-9)
            return (progress?(report) ?? .continue) == .continue
        }
    }
}
