// The defenses a study can compare; the raw value is the `kind` in configurations.
public enum DefenseKind: String, Codable, Sendable, CaseIterable {
    /// No defense: the baseline every other defense is compared with.
    case none
    /// Adversarial personalised ranking: training against worst-case embedding perturbations.
    case apr
    /// Adversarial multimedia recommendation: APR on item content features.
    case amr
    /// Training data augmented with generated profiles.
    case ganAugment = "gan-augment"
    /// Truncated cross-entropy: drop the largest-loss interactions while training.
    case tce
    /// Reweighted cross-entropy: down-weight large-loss interactions while training.
    case rce
    /// Detect fake profiles, remove them and retrain.
    case sanitize
}
