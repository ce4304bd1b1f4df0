/// The training-time defenses `recshield train --defense` offers; the raw value is the CLI and
/// configuration spelling.
///
/// | kind | models | method |
/// |---|---|---|
/// | `none` | all | plain training |
/// | `apr` | bpr, mf, neumf | adversarial training on embeddings (``APR``, ``AdversarialExplicitMF``, ``AdversarialNeuMF``) |
/// | `amr` | vbpr | adversarial training on item features (``AMR``) |
/// | `gan-augment` | bpr, mf, neumf, vbpr | generated profiles mixed into training (``GANAugmentedTraining``) |
/// | `tce` | bpr, neumf | truncated loss (``DenoisedBPR``, ``DenoisedNeuMF``) |
/// | `rce` | bpr, neumf | reweighted loss (same) |
public enum DefenseKind: String, Sendable, Equatable, Codable, CaseIterable {
    /// No defense.
    case none
    /// Adversarial personalised ranking and its explicit-MF and NeuMF forms.
    case apr
    /// Adversarial multimedia recommendation (VBPR features).
    case amr
    /// GAN-augmented training.
    case ganAugment = "gan-augment"
    /// Truncated loss (T-CE).
    case tce
    /// Reweighted loss (R-CE).
    case rce
}
