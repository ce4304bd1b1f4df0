import RecShieldCore

/// A model to train with a defense: the model kind with its settings (and the item features VBPR
/// needs).
public enum DefendedModelConfiguration: Sendable {
    /// BPR-MF on implicit feedback.
    case bpr(BPRMatrixFactorization.Configuration)
    /// Explicit matrix factorisation on ratings.
    case explicitMF(ExplicitMatrixFactorization.Configuration)
    /// NeuMF on implicit feedback.
    case neuMF(NeuMF.Configuration)
    /// VBPR on implicit feedback with item content features.
    case vbpr(VBPR.Configuration, features: ItemFeatureMatrix)

    /// The CLI spelling of the model: `bpr`, `mf`, `neumf`, `vbpr`.
    public var name: String {
        switch self {
        case .bpr: return "bpr"
        case .explicitMF: return "mf"
        case .neuMF: return "neumf"
        case .vbpr: return "vbpr"
        }
    }

    /// The number of epochs the model trains on its own (the pretraining of adversarial defenses).
    public var epochs: Int {
        switch self {
        case let .bpr(configuration): return configuration.training.epochs
        case let .explicitMF(configuration): return configuration.training.epochs
        case let .neuMF(configuration): return configuration.epochs
        case let .vbpr(configuration, _): return configuration.epochs
        }
    }
}

/// A model trained by ``DefendedTraining``, scoring the training data's users and items.
public enum DefendedModel: Sendable {
    /// A BPR-MF model.
    case bpr(BPRMatrixFactorization)
    /// An explicit MF model.
    case explicitMF(ExplicitMatrixFactorization)
    /// A NeuMF model.
    case neuMF(NeuMF)
    /// A VBPR model.
    case vbpr(VBPR)

    /// The model as a ``Recommender`` (for evaluation and attacks).
    public var recommender: any Recommender {
        switch self {
        case let .bpr(model): return model
        case let .explicitMF(model): return model
        case let .neuMF(model): return model
        case let .vbpr(model): return model
        }
    }
}
