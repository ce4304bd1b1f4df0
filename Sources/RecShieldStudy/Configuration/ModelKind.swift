/// The recommender models a study can train; the raw value is the `kind` in configurations.
public enum ModelKind: String, Codable, Sendable, CaseIterable {
    /// Explicit matrix factorisation (squared error on ratings).
    case mf
    /// BPR matrix factorisation (pairwise ranking on implicit feedback).
    case bpr
    /// Neural collaborative filtering (GMF + MLP towers).
    case neumf
    /// Visual/content BPR with item features.
    case vbpr
    /// Item-based nearest neighbours.
    case itemknn
    /// User-based nearest neighbours.
    case userknn
    /// Most popular items (non-personalised reference).
    case pop
    /// Random scores (chance reference).
    case random

    /// Whether the model trains by gradient steps over epochs.
    public var isTrainedByGradient: Bool { [.mf, .bpr, .neumf, .vbpr].contains(self) }
    /// Whether the model is a neighbourhood model.
    public var isNeighbourhood: Bool { self == .itemknn || self == .userknn }
}
