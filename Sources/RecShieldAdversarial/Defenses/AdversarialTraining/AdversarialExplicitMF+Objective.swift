import RecShieldCore

/// The adversarial squared-error loss of one rating, its perturbation and its gradient with the
/// perturbation held constant — the reference definition ``AdversarialMFKernels`` implements in
/// closed form.
public struct AdversarialRatingObjective: Sendable, Equatable {
    /// `Δ_u = ε g_u/‖g_u‖` (zero when `g_u = 0`).
    public var userPerturbation: [Float]
    /// `Δ_v = ε g_v/‖g_v‖`.
    public var itemPerturbation: [Float]
    /// `e = r − p` at `Θ`.
    public var error: Float
    /// `e_adv = r − p` at `Θ + Δ_adv`.
    public var adversarialError: Float
    /// `e² + λ e_adv² + λ_reg(‖u‖² + ‖v‖² + b_u² + c_i²)`.
    public var loss: Float
    /// `∂loss/∂u` with `Δ_adv` constant.
    public var user: [Float]
    /// `∂loss/∂v`.
    public var item: [Float]
    /// `∂loss/∂b_u`.
    public var userBias: Float
    /// `∂loss/∂c_i`.
    public var itemBias: Float
}

extension AdversarialExplicitMF {
    /// The adversarial objective of one rating from explicit parameter values, computed from the
    /// definition: `g_u = −2e v`, `g_v = −2e u`, each scaled to norm `ε`, then the squared error
    /// and its gradient at the perturbed factors.
    /// - Parameters:
    ///   - rating: the observed rating `r`.
    ///   - u: the user's factors.
    ///   - v: the item's factors.
    ///   - offset: `μ + b_u + c_i`, the part of the prediction outside the factors.
    ///   - userBias: `b_u` (for the regulariser's gradient).
    ///   - itemBias: `c_i`.
    ///   - regularization: `λ_reg`.
    ///   - adversarial: `ε` and `λ`.
    /// - Precondition: `u` and `v` have the same length.
    public static func objective(
        rating: Float, user u: [Float], item v: [Float], offset: Float, userBias: Float, itemBias: Float,
        regularization: Float, adversarial: AdversarialTrainingConfiguration
    ) -> AdversarialRatingObjective {
        precondition(u.count == v.count, "factor vectors differ in length")
        func dot(_ a: [Float], _ b: [Float]) -> Float { zip(a, b).reduce(0) { $0 + $1.0 * $1.1 } }
        let error = rating - (offset + dot(u, v))
        let deltaU = AdversarialDirection.scaled(v.map { -2 * error * $0 }, toNorm: adversarial.epsilon)
        let deltaV = AdversarialDirection.scaled(u.map { -2 * error * $0 }, toNorm: adversarial.epsilon)
        let perturbedU = zip(u, deltaU).map(+)
        let perturbedV = zip(v, deltaV).map(+)
        let adversarialError = rating - (offset + dot(perturbedU, perturbedV))
        let lambda = adversarial.adversarialWeight
        let twiceReg = 2 * regularization
        let norms = dot(u, u) + dot(v, v) + userBias * userBias + itemBias * itemBias
        return AdversarialRatingObjective(
            userPerturbation: deltaU, itemPerturbation: deltaV, error: error, adversarialError: adversarialError,
            loss: error * error + lambda * adversarialError * adversarialError + regularization * norms,
            user: u.indices.map { -2 * error * v[$0] - 2 * lambda * adversarialError * perturbedV[$0] + twiceReg * u[$0] },
            item: v.indices.map { -2 * error * u[$0] - 2 * lambda * adversarialError * perturbedU[$0] + twiceReg * v[$0] },
            userBias: -2 * error - 2 * lambda * adversarialError + twiceReg * userBias,
            itemBias: -2 * error - 2 * lambda * adversarialError + twiceReg * itemBias)
    }
}
