import RecShieldCore

/// The settings shared by RecShield's adversarial training methods (``APR``,
/// ``AdversarialExplicitMF``, ``AdversarialNeuMF``, ``AMR``): the size of the worst-case
/// perturbation trained against, its weight in the loss, and how long to train with it.
///
/// Every method minimises
/// ```
/// L(Θ) + λ · L(Θ + Δ_adv),    Δ_adv = ε · g / ‖g‖,    g = ∂L(Θ + Δ)/∂Δ at Δ = 0
/// ```
/// with `g/‖g‖` taken per perturbed row (an embedding or a feature vector) and `Δ_adv` held
/// constant while `Θ` takes its step (the fast gradient method of Goodfellow et al.).
///
/// Keys:
/// - `epsilon` (float ≥ 0, default 0.5): `ε`, the L2 norm of every perturbed row. The APR paper's
///   default; the right size depends on the norm of the model's rows (about 1–3 for BPR-MF with
///   RecShield's defaults).
/// - `adversarialWeight` (float ≥ 0, default 1): `λ`, the weight of the adversarial loss. 0 gives
///   the model's plain training.
/// - `epochs` (int ≥ 0, default 50): adversarial epochs, run after the model's own `epochs` of plain
///   training (the pretraining the papers recommend; set those to 0 to train adversarially from
///   the start).
///
/// References:
/// - He, He, Du & Chua, "Adversarial personalized ranking for recommendation", SIGIR 2018.
/// - Goodfellow, Shlens & Szegedy, "Explaining and harnessing adversarial examples", ICLR 2015.
public struct AdversarialTrainingConfiguration: Sendable, Equatable, Codable {
    /// `ε`, the L2 norm of every perturbed row.
    public var epsilon: Float
    /// `λ`, the weight of the adversarial loss.
    public var adversarialWeight: Float
    /// The number of adversarial epochs after pretraining.
    public var epochs: Int

    /// Creates a configuration; every argument has the default listed on the type.
    public init(epsilon: Float = 0.5, adversarialWeight: Float = 1, epochs: Int = 50) {
        self.epsilon = epsilon
        self.adversarialWeight = adversarialWeight
        self.epochs = epochs
    }

    /// Checks every value against its accepted range.
    /// - Throws: ``ModelError/invalidParameter(name:value:expected:)`` naming the first bad key.
    public func validate() throws {
        if !(epsilon >= 0 && epsilon.isFinite) {
            throw ModelError.invalidParameter(name: "epsilon", value: "\(epsilon)", expected: "a finite number ≥ 0")
        }
        if !(adversarialWeight >= 0 && adversarialWeight.isFinite) {
            throw ModelError.invalidParameter(
                name: "adversarial weight", value: "\(adversarialWeight)", expected: "a finite number ≥ 0")
        }
        if epochs < 0 {
            throw ModelError.invalidParameter(name: "adversarial epochs", value: "\(epochs)", expected: "an integer ≥ 0")
        }
    }
}
