/// One SGD step of ``VBPRTrainer`` on raw views of the model's buffers: the hot loop of VBPR
/// training, with no allocation, bounds check or reference counting inside.
///
/// For the triple `(u, i, j)`, with `δ = f_i − f_j`, `p = E δ` and `g = σ(−x̂_uij) = −∂ℓ/∂x̂_uij`,
/// every parameter moves against its gradient plus its L2 term, all read before any write:
/// ```
/// β_i += α (g − λ_β β_i)              β_j += α (−g − λ_β β_j)
/// γ_u += α (g (γ_i − γ_j) − λ_Θ γ_u)   γ_i += α (g γ_u − λ_Θ γ_i)   γ_j += α (−g γ_u − λ_Θ γ_j)
/// θ_u += α (g p − λ_Θ θ_u)
/// E   ← (1 − α λ_E) E + α g θ_u δᵀ     β′ ← (1 − α λ_E) β′ + α g δ
/// ```
struct VBPRStep {
    let itemBiases: UnsafeMutablePointer<Float>
    let userFactors: UnsafeMutablePointer<Float>
    let itemFactors: UnsafeMutablePointer<Float>
    let userContentFactors: UnsafeMutablePointer<Float>
    let projection: UnsafeMutablePointer<Float>
    let featureBiases: UnsafeMutablePointer<Float>
    let features: UnsafePointer<Float>
    /// Room for old `γ_u` (K), old `θ_u` (K′), `p` (K′) and `δ` (F).
    let scratch: UnsafeMutablePointer<Float>
    let factors: Int
    let contentFactors: Int
    let featureDimension: Int
    let learningRate: Float
    let regularization: Float
    let biasRegularization: Float
    let contentRegularization: Float

    /// Updates the parameters for one triple and returns its BPR loss before the update.
    @inline(__always)
    func apply(user: Int, positive: Int, negative: Int) -> Float {
        let k = factors
        let kc = contentFactors
        let f = featureDimension
        let gu = userFactors + user &* k
        let gi = itemFactors + positive &* k
        let gj = itemFactors + negative &* k
        let theta = userContentFactors + user &* kc
        let oldGu = scratch
        let oldTheta = scratch + k
        let projected = scratch + k + kc
        let delta = scratch + k + 2 &* kc
        let fi = features + positive &* f
        let fj = features + negative &* f
        for d in 0..<f { delta[d] = fi[d] - fj[d] }
        for row in 0..<kc { projected[row] = VectorKernels.dot(projection + row &* f, delta, count: f) }
        let collaborative = VectorKernels.dot(gu, gi, count: k) - VectorKernels.dot(gu, gj, count: k)
        let x = (itemBiases[positive] - itemBiases[negative]) + collaborative
            + VectorKernels.dot(theta, projected, count: kc) + VectorKernels.dot(featureBiases, delta, count: f)
        let loss = Logistic.softplus(-x)
        let g = Logistic.sigmoid(-x)
        let alpha = learningRate
        itemBiases[positive] += alpha * (g - biasRegularization * itemBiases[positive])
        itemBiases[negative] += alpha * (-g - biasRegularization * itemBiases[negative])
        oldGu.update(from: gu, count: k)
        for d in 0..<k {
            gu[d] += alpha * (g * (gi[d] - gj[d]) - regularization * gu[d])
        }
        for d in 0..<k {
            gi[d] += alpha * (g * oldGu[d] - regularization * gi[d])
            gj[d] += alpha * (-g * oldGu[d] - regularization * gj[d])
        }
        oldTheta.update(from: theta, count: kc)
        for d in 0..<kc {
            theta[d] += alpha * (g * projected[d] - regularization * theta[d])
        }
        let decay = 1 - alpha * contentRegularization
        for row in 0..<kc {
            Self.decayAndAdd(projection + row &* f, decay: decay, scale: alpha * g * oldTheta[row], delta, count: f)
        }
        Self.decayAndAdd(featureBiases, decay: decay, scale: alpha * g, delta, count: f)
        return loss
    }

    /// `y[d] = decay · y[d] + scale · x[d]` for `d` in `0..<count`.
    @inline(__always)
    static func decayAndAdd(
        _ y: UnsafeMutablePointer<Float>, decay: Float, scale: Float, _ x: UnsafePointer<Float>, count: Int
    ) {
        let rawX = UnsafeRawPointer(x)
        let rawY = UnsafeMutableRawPointer(y)
        let vectorDecay = SIMD16<Float>(repeating: decay)
        let vectorScale = SIMD16<Float>(repeating: scale)
        var index = 0
        while index + 16 <= count {
            let offset = index &* 4
            let vx = rawX.loadUnaligned(fromByteOffset: offset, as: SIMD16<Float>.self)
            let vy = rawY.loadUnaligned(fromByteOffset: offset, as: SIMD16<Float>.self)
            rawY.storeBytes(of: vectorDecay * vy + vectorScale * vx, toByteOffset: offset, as: SIMD16<Float>.self)
            index &+= 16
        }
        while index < count {
            y[index] = decay * y[index] + scale * x[index]
            index &+= 1
        }
    }
}
