/// The models RecShield trains, by the short names the command line and study configurations
/// use — one place that knows every model type, so training (``ModelTrainer``) and loading
/// (``ModelFile``) need no registry of their own.
///
/// | Kind | Model | Feedback | Paper |
/// |---|---|---|---|
/// | `mf` | ``ExplicitMatrixFactorization`` | ratings | Koren, Bell & Volinsky 2009 |
/// | `bpr` | ``BPRMatrixFactorization`` | implicit | Rendle et al. 2009 |
/// | `neumf` | ``NeuMF`` | implicit | He et al. 2017 |
/// | `vbpr` | ``VBPR`` | implicit + item features | He & McAuley 2016 |
/// | `itemknn` | ``ItemKNN`` | either | Sarwar et al. 2001 |
/// | `userknn` | ``UserKNN`` | either | Resnick et al. 1994 |
/// | `pop` | ``PopularityBaseline`` | implicit | — |
/// | `random` | ``RandomBaseline`` | — | — |
public enum ModelKind: String, CaseIterable, Sendable, Codable, CustomStringConvertible {
    /// Explicit matrix factorisation (rating prediction).
    case mf
    /// BPR matrix factorisation.
    case bpr
    /// Neural matrix factorisation.
    case neumf
    /// Visual (content-aware) BPR.
    case vbpr
    /// Item-based k-nearest neighbours.
    case itemknn
    /// User-based k-nearest neighbours.
    case userknn
    /// Most popular items.
    case pop
    /// Seeded random scores.
    case random

    /// The Swift type of the model.
    public var modelType: any ArchivableModel.Type {
        switch self {
        case .mf: return ExplicitMatrixFactorization.self
        case .bpr: return BPRMatrixFactorization.self
        case .neumf: return NeuMF.self
        case .vbpr: return VBPR.self
        case .itemknn: return ItemKNN.self
        case .userknn: return UserKNN.self
        case .pop: return PopularityBaseline.self
        case .random: return RandomBaseline.self
        }
    }

    /// The kind written into model files (``ArchivableModel/archiveKind``), e.g. `"bpr-mf"`.
    public var archiveKind: String { modelType.archiveKind }

    /// The kind whose model files carry `archiveKind`, or `nil` for an unknown one.
    public init?(archiveKind: String) {
        guard let kind = Self.allCases.first(where: { $0.archiveKind == archiveKind }) else { return nil }
        self = kind
    }

    /// A short human-readable name, e.g. `"BPR-MF"`.
    public var title: String {
        switch self {
        case .mf: return "explicit MF"
        case .bpr: return "BPR-MF"
        case .neumf: return "NeuMF"
        case .vbpr: return "VBPR"
        case .itemknn: return "ItemKNN"
        case .userknn: return "UserKNN"
        case .pop: return "popularity"
        case .random: return "random"
        }
    }

    /// Whether the model is trained in epochs (and so reports ``EpochReport`` values and can stop
    /// early); the others are built in one pass.
    public var trainsInEpochs: Bool {
        switch self {
        case .mf, .bpr, .neumf, .vbpr: return true
        case .itemknn, .userknn, .pop, .random: return false
        }
    }

    /// Whether the model needs item content features.
    public var needsFeatures: Bool { self == .vbpr }

    /// The command-line name, e.g. `"bpr"`.
    public var description: String { rawValue }

    /// Restores a model of any kind from an archive.
    /// - Throws: ``ModelError/unknownKind(path:kind:)`` for a kind this build does not know, or
    ///   the model's own loading errors.
    public static func model(from archive: ModelArchive) throws -> any ArchivableModel {
        guard let kind = ModelKind(archiveKind: archive.kind) else {
            throw ModelError.unknownKind(path: archive.source, kind: archive.kind)
        }
        return try kind.modelType.init(archive: archive)
    }
}
