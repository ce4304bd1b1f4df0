import RecShieldCore

extension DefendedModelConfiguration {
    /// The configuration of a model kind that training-time defenses support, built from the same
    /// ``RecShieldCore/ModelSettings`` the undefended ``RecShieldCore/ModelTrainer`` uses, so a
    /// defended model and its undefended twin differ only in the defense.
    /// - Parameters:
    ///   - kind: `mf`, `bpr`, `neumf` or `vbpr`.
    ///   - settings: the model's settings.
    ///   - features: item features, required by `vbpr`.
    /// - Throws: ``DefenseError/invalidSetting(name:value:expected:)`` for a model kind no defense
    ///   trains, ``DefenseError/missingInput(defense:input:)`` for VBPR without features.
    public init(kind: ModelKind, settings: ModelSettings, features: ItemFeatureMatrix?) throws {
        switch kind {
        case .mf:
            self = .explicitMF(.init(training: ModelTrainer.training(ExplicitMatrixFactorization.Configuration().training, settings)))
        case .bpr:
            self = .bpr(.init(training: ModelTrainer.training(BPRMatrixFactorization.Configuration().training, settings)))
        case .neumf:
            self = .neuMF(ModelTrainer.neuMFConfiguration(settings))
        case .vbpr:
            guard let features else {
                throw DefenseError.missingInput(defense: "amr", input: "VBPR's item features (--features FILE)")
            }
            self = .vbpr(ModelTrainer.vbprConfiguration(settings), features: features)
        case .itemknn, .userknn, .pop, .random:
            throw DefenseError.invalidSetting(
                name: "model", value: kind.rawValue, expected: "mf, bpr, neumf or vbpr (models trained by gradient steps)")
        }
    }
}

extension DefendedModel {
    /// The trained model as a saveable model.
    public var archivable: any ArchivableModel {
        switch self {
        case let .bpr(model): return model
        case let .explicitMF(model): return model
        case let .neuMF(model): return model
        case let .vbpr(model): return model
        }
    }
}
