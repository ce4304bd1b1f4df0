/// How neighbourhood models compare users or items.
public enum SimilarityKind: String, Codable, Sendable, CaseIterable {
    /// Cosine of the interaction vectors.
    case cosine
    /// Cosine after subtracting each user's mean rating.
    case adjustedCosine = "adjusted-cosine"
}
