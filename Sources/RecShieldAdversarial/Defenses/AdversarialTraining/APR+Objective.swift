import RecShieldCore

/// The APR loss of one triple, the adversarial perturbation it trains against and the gradient
/// of the loss with the perturbation held constant — the reference definition the fast kernel
/// (``APRKernels``) implements in closed form.
public struct APRTripleObjective: Sendable, Equatable {
    /// `Δ_u = ε g_u/‖g_u‖` (zero when `g_u = 0`).
    public var userPerturbation: [Float]
    /// `Δ_i = ε g_i/‖g_i‖`.
    public var positivePerturbation: [Float]
    /// `Δ_j = ε g_j/‖g_j‖`.
    public var negativePerturbation: [Float]
    /// `x̂_uij` at `Θ`.
    public var preference: Float
    /// `x̂_uij` at `Θ + Δ_adv`.
    public var adversarialPreference: Float
    /// `ℓ(x̂) + λ ℓ(x̂_adv) + λ_reg(‖u‖² + ‖v_i‖² + ‖v_j‖² + b_i² + b_j²)`, `ℓ(x) = −ln σ(x)`.
    public var loss: Float
    /// `∂loss/∂u` with `Δ_adv` constant.
    public var user: [Float]
    /// `∂loss/∂v_i`.
    public var positiveItem: [Float]
    /// `∂loss/∂v_j`.
    public var negativeItem: [Float]
    /// `∂loss/∂b_i`.
    public var positiveBias: Float
    /// `∂loss/∂b_j`.
    public var negativeBias: Float
}

extension APR {
    /// The APR objective of one triple from explicit parameter values, computed directly from
    /// the definition: `g` is BPR's data-term gradient (`BPRMatrixFactorization.gradient` with
    /// `λ_reg = 0`), each of its three rows is scaled to norm `ε`, and the loss and gradient are
    /// those of `ℓ(Θ) + λ ℓ(Θ + Δ_adv) + λ_reg‖Θ‖²`.
    /// - Parameters:
    ///   - u: the user's embedding.
    ///   - vi: the positive item's embedding.
    ///   - vj: the negative item's embedding.
    ///   - bi: the positive item's bias.
    ///   - bj: the negative item's bias.
    ///   - regularization: `λ_reg`.
    ///   - adversarial: `ε` and `λ` (its epochs are ignored).
    /// - Precondition: the three vectors have the same length.
    public static func objective(
        user u: [Float], positiveItem vi: [Float], negativeItem vj: [Float], positiveBias bi: Float,
        negativeBias bj: Float, regularization: Float, adversarial: AdversarialTrainingConfiguration
    ) -> APRTripleObjective {
        let direction = BPRMatrixFactorization.gradient(
            user: u, positiveItem: vi, negativeItem: vj, positiveBias: bi, negativeBias: bj, regularization: 0)
        let epsilon = adversarial.epsilon
        let deltaU = AdversarialDirection.scaled(direction.user, toNorm: epsilon)
        let deltaI = AdversarialDirection.scaled(direction.positiveItem, toNorm: epsilon)
        let deltaJ = AdversarialDirection.scaled(direction.negativeItem, toNorm: epsilon)
        let clean = BPRMatrixFactorization.gradient(
            user: u, positiveItem: vi, negativeItem: vj, positiveBias: bi, negativeBias: bj,
            regularization: regularization)
        let perturbed = BPRMatrixFactorization.gradient(
            user: zip(u, deltaU).map(+), positiveItem: zip(vi, deltaI).map(+), negativeItem: zip(vj, deltaJ).map(+),
            positiveBias: bi, negativeBias: bj, regularization: 0)
        let lambda = adversarial.adversarialWeight
        func combine(_ a: [Float], _ b: [Float]) -> [Float] { zip(a, b).map { $0 + lambda * $1 } }
        return APRTripleObjective(
            userPerturbation: deltaU, positivePerturbation: deltaI, negativePerturbation: deltaJ,
            preference: clean.preference, adversarialPreference: perturbed.preference,
            loss: clean.loss + lambda * perturbed.loss,
            user: combine(clean.user, perturbed.user),
            positiveItem: combine(clean.positiveItem, perturbed.positiveItem),
            negativeItem: combine(clean.negativeItem, perturbed.negativeItem),
            positiveBias: clean.positiveBias + lambda * perturbed.positiveBias,
            negativeBias: clean.negativeBias + lambda * perturbed.negativeBias)
    }
}
