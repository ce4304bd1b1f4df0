/// What a perturbation attack perturbs.
public enum PerturbationSurface: String, Codable, Sendable, CaseIterable {
    /// The user and item embeddings (Goodfellow-style parameter perturbation as in APR).
    case embeddings
    /// The item content features (multimodal models such as VBPR, as in AMR).
    case features
}
