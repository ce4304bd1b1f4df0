// The fake-profile detectors a study can evaluate; the raw value is the `kind`.
public enum DetectorKind: String, Codable, Sendable, CaseIterable {
    /// PCA-VarSelect: users with the smallest contribution to the top principal components.
    case pca
    /// Robust statistics on profile features (median/MAD outliers).
    case robust
    /// A supervised classifier on profile features, trained on injected profiles.
    case supervised
    /// A multilayer perceptron on profile features.
    case mlp
    /// The discriminator of a GAN attack, reused as a detector.
    case discriminator
}
