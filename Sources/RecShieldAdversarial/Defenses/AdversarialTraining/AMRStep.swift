import RecShieldCore

/// One AMR SGD step on raw views of a VBPR model's buffers: VBPR's step (``VBPR``'s
/// `VBPRStep`) plus the loss at adversarially perturbed item features. No allocation inside.
///
/// For the triple `(u, i, j)` with `δ = f_i − f_j`, `d = Eᵀθ_u + β′` (the gradient of `x̂_ui`
/// with respect to `f_i`), `g = σ(−x̂)`: the features' loss gradients are `∓g d`, so per row
/// ```
/// Δ_i = −ε d/‖d‖,   Δ_j = +ε d/‖d‖,   δ_adv = δ − 2ε d/‖d‖,   x̂_adv = x̂ − 2ε‖d‖
/// ```
/// and with `g_a = σ(−x̂_adv)`, `G = g + λg_a`, `s = g δ + λ g_a δ_adv`, every parameter takes
/// `θ ← θ − α ∂(ℓ + λℓ_adv + penalties)/∂θ` at the pre-step values:
/// ```
/// β_i += α (G − λ_β β_i)                β_j += α (−G − λ_β β_j)
/// γ_u += α (G (γ_i − γ_j) − λ_Θ γ_u)    γ_i += α (G γ_u − λ_Θ γ_i)    γ_j += α (−G γ_u − λ_Θ γ_j)
/// θ_u += α (E s − λ_Θ θ_u)
/// E   ← (1 − α λ_E) E + α θ_u sᵀ        β′ ← (1 − α λ_E) β′ + α s
/// ```
struct AMRStep {
    let itemBiases: UnsafeMutablePointer<Float>
    let userFactors: UnsafeMutablePointer<Float>
    let itemFactors: UnsafeMutablePointer<Float>
    let userContentFactors: UnsafeMutablePointer<Float>
    let projection: UnsafeMutablePointer<Float>
    let featureBiases: UnsafeMutablePointer<Float>
    let features: UnsafePointer<Float>
    /// Room for old `γ_u` (K), old `θ_u` (K′), `E s` (K′), `δ` (F), `d` (F) and `s` (F).
    let scratch: UnsafeMutablePointer<Float>
    let factors: Int
    let contentFactors: Int
    let featureDimension: Int
    let learningRate: Float
    let regularization: Float
    let biasRegularization: Float
    let contentRegularization: Float
    let epsilon: Float
    let adversarialWeight: Float

    /// Updates the parameters for one triple and returns `ℓ + λℓ_adv` before the update.
    func apply(user: Int, positive: Int, negative: Int) -> Float {
        let k = factors
        let kc = contentFactors
        let f = featureDimension
        let gu = userFactors + user * k
        let gi = itemFactors + positive * k
        let gj = itemFactors + negative * k
        let theta = userContentFactors + user * kc
        let oldGu = scratch
        let oldTheta = scratch + k
        let projectedStep = scratch + k + kc
        let delta = scratch + k + 2 * kc
        let direction = delta + f
        let combined = direction + f
        let fi = features + positive * f
        let fj = features + negative * f
        for d in 0..<f {
            delta[d] = fi[d] - fj[d]
            direction[d] = featureBiases[d]
        }
        for row in 0..<kc {
            VectorKernels.addScaled(projection + row * f, scale: theta[row], to: direction, count: f)
        }
        let collaborative = VectorKernels.dot(gu, gi, count: k) - VectorKernels.dot(gu, gj, count: k)
        let x = (itemBiases[positive] - itemBiases[negative]) + collaborative + VectorKernels.dot(direction, delta, count: f)
        let directionNorm = VectorKernels.dot(direction, direction, count: f).squareRoot()
        let xAdversarial = x - 2 * epsilon * directionNorm
        let loss = Logistic.softplus(-x) + adversarialWeight * Logistic.softplus(-xAdversarial)
        let g = Logistic.sigmoid(-x)
        let ga = Logistic.sigmoid(-xAdversarial)
        let lambdaGa = adversarialWeight * ga
        let shift = directionNorm > 0 ? 2 * epsilon * lambdaGa / directionNorm : 0
        let total = g + lambdaGa
        // s = g δ + λ g_a (δ − 2ε d/‖d‖) = (g + λg_a) δ − (2ελg_a/‖d‖) d
        for d in 0..<f { combined[d] = total * delta[d] - shift * direction[d] }
        for row in 0..<kc { projectedStep[row] = VectorKernels.dot(projection + row * f, combined, count: f) }
        let alpha = learningRate
        itemBiases[positive] += alpha * (total - biasRegularization * itemBiases[positive])
        itemBiases[negative] += alpha * (-total - biasRegularization * itemBiases[negative])
        oldGu.update(from: gu, count: k)
        for d in 0..<k { gu[d] += alpha * (total * (gi[d] - gj[d]) - regularization * gu[d]) }
        for d in 0..<k {
            gi[d] += alpha * (total * oldGu[d] - regularization * gi[d])
            gj[d] += alpha * (-total * oldGu[d] - regularization * gj[d])
        }
        oldTheta.update(from: theta, count: kc)
        for d in 0..<kc { theta[d] += alpha * (projectedStep[d] - regularization * theta[d]) }
        let decay = 1 - alpha * contentRegularization
        for row in 0..<kc {
            let y = projection + row * f
            let scale = alpha * oldTheta[row]
            for d in 0..<f { y[d] = decay * y[d] + scale * combined[d] }
        }
        for d in 0..<f { featureBiases[d] = decay * featureBiases[d] + alpha * combined[d] }
        return loss
    }
}
