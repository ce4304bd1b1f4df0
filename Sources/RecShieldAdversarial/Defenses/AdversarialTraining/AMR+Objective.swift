import RecShieldCore

/// The AMR loss of one triple, the feature perturbation it trains against, and the VBPR
/// gradients at both feature sets — the reference definition ``AMRStep`` implements in closed form.
public struct AMRTripleObjective: Sendable, Equatable {
    /// `Δ_i = ε g_i/‖g_i‖`, `g_i = ∂ℓ/∂f_i` (zero when `g_i = 0`).
    public var positiveFeaturePerturbation: [Float]
    /// `Δ_j = ε g_j/‖g_j‖`.
    public var negativeFeaturePerturbation: [Float]
    /// `ℓ(x̂(Θ, F)) + λ ℓ(x̂(Θ, F + Δ))`, penalties excluded.
    public var loss: Double
    /// The loss and gradients at the clean features.
    public var clean: VBPR.TripleGradients
    /// The loss and gradients at the perturbed features (`Δ` constant).
    public var perturbed: VBPR.TripleGradients
}

extension AMR {
    /// The AMR objective of one triple at a model's parameters, from the definition: the feature
    /// gradients of ``VBPR/gradients(user:positive:negative:)``, each scaled to norm `ε`, and the
    /// gradients of a copy of the model whose two feature rows carry the perturbation. The
    /// parameter gradient of the objective is `clean + λ · perturbed`.
    /// - Complexity: O(items · K′ · F) for the perturbed copy's content cache.
    public static func objective(
        model: VBPR, user: Int, positive: Int, negative: Int, adversarial: AdversarialTrainingConfiguration
    ) -> AMRTripleObjective {
        let clean = model.gradients(user: user, positive: positive, negative: negative)
        let deltaI = AdversarialDirection.scaled(clean.positiveItemFeatures, toNorm: adversarial.epsilon)
        let deltaJ = AdversarialDirection.scaled(clean.negativeItemFeatures, toNorm: adversarial.epsilon)
        var copy = model
        var features = model.features
        let f = model.featureDimension
        for k in 0..<f {
            features[positive * f + k] += deltaI[k]
            features[negative * f + k] += deltaJ[k]
        }
        copy.features = features
        let perturbed = copy.gradients(user: user, positive: positive, negative: negative)
        return AMRTripleObjective(
            positiveFeaturePerturbation: deltaI, negativeFeaturePerturbation: deltaJ,
            loss: clean.loss + Double(adversarial.adversarialWeight) * perturbed.loss, clean: clean, perturbed: perturbed)
    }
}
