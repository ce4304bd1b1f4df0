import RecShieldCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Raw views of everything an APR step reads or writes (pointers and numbers only, so the inner
/// loop has no reference counting or exclusivity checks).
struct APRStepContext {
    var users: UnsafeMutablePointer<Float>
    var items: UnsafeMutablePointer<Float>
    var biases: UnsafeMutableBufferPointer<Float>
    var dimension: Int
    var sampler: BPRTripleSampler
    var usesBiases: Bool
    var learningRate: Float
    var regularization: Float
    var epsilon: Float
    var adversarialWeight: Float
}

/// The inner loop of APR training: one worker's share of an epoch, SGD on one triple at a time.
enum APRKernels {
    /// Runs APR SGD steps. For a triple with `w = v_i − v_j`, `x̂ = u·w + b_i − b_j`, the
    /// per-row normalised perturbation (see ``APR``) has the closed form
    /// ```
    /// Δ_u = −ε w/‖w‖,   Δ_i = −ε u/‖u‖,   Δ_j = +ε u/‖u‖
    /// x̂_adv = x̂ − 2ε‖u‖ − ε‖w‖ + 2ε² (u·w)/(‖u‖‖w‖)
    /// ```
    /// (a row whose gradient is zero gets no perturbation: `1/‖·‖` is taken as 0 for a zero
    /// vector). With `z = σ(−x̂)`, `z_a = σ(−x̂_adv)`, `a = αz`, `b = αλz_a`, `k = 1 − 2αλ_reg`:
    /// ```
    /// u   ← (k − 2εb/‖u‖) u   + (a + b) w
    /// v_i ← k v_i + (a + b) u − (εb/‖w‖) w
    /// v_j ← k v_j − (a + b) u + (εb/‖w‖) w
    /// b_i ← k b_i + (a + b),   b_j ← k b_j − (a + b)
    /// ```
    /// — exactly `θ ← θ − α ∂(ℓ + λℓ_adv + λ_reg‖θ‖²)/∂θ` with `Δ` held constant, every term
    /// taken at the pre-update values. One pass reads the three rows for `u·w`, `‖u‖²` and
    /// `‖w‖²`, one pass writes them: the memory traffic of a BPR step.
    /// - Returns: `Σ (−ln σ(x̂) − λ ln σ(x̂_adv))` over the steps, before their updates.
    static func sgdSteps(
        _ steps: Range<Int>, _ context: APRStepContext, _ generator: inout Xoshiro256StarStar
    ) -> Double {
        var rng = generator
        defer { generator = rng }
        let c = context
        let d = c.dimension
        let vectorEnd = d & ~15
        let alpha = c.learningRate
        let keep = 1 - alpha * (2 * c.regularization)
        let epsilon = c.epsilon
        var clean = LogLikelihood()
        var adversarial = LogLikelihood()
        for _ in steps {
            let (user, positive, negative) = c.sampler.drawTriple(&rng)
            let u = c.users + user &* d
            let vi = c.items + positive &* d
            let vj = c.items + negative &* d
            var dotAccumulator = SIMD16<Float>()
            var userAccumulator = SIMD16<Float>()
            var differenceAccumulator = SIMD16<Float>()
            var k = 0
            while k < vectorEnd {
                let uk = SIMDRow.load(u, k)
                let wk = SIMDRow.load(vi, k) - SIMDRow.load(vj, k)
                dotAccumulator += uk * wk
                userAccumulator += uk * uk
                differenceAccumulator += wk * wk
                k &+= 16
            }
            var dot = VectorKernels.horizontalSum(dotAccumulator)
            var userSquare = VectorKernels.horizontalSum(userAccumulator)
            var differenceSquare = VectorKernels.horizontalSum(differenceAccumulator)
            while k < d {
                let uk = u[k]
                let wk = vi[k] - vj[k]
                dot += uk * wk
                userSquare += uk * uk
                differenceSquare += wk * wk
                k &+= 1
            }
            let bi = c.biases[positive]
            let bj = c.biases[negative]
            let x = dot + (bi - bj)
            let userNorm = userSquare.squareRoot()
            let differenceNorm = differenceSquare.squareRoot()
            let inverseUser: Float = userNorm > 0 ? 1 / userNorm : 0
            let inverseDifference: Float = differenceNorm > 0 ? 1 / differenceNorm : 0
            let xAdversarial = x - epsilon * (2 * userNorm + differenceNorm)
                + 2 * epsilon * epsilon * (dot * inverseUser * inverseDifference)
            let z = sigmoidOfNegative(x, into: &clean)
            let zAdversarial = sigmoidOfNegative(xAdversarial, into: &adversarial)
            let a = alpha * z
            let b = alpha * c.adversarialWeight * zAdversarial
            let ab = a + b
            let userKeep = keep - 2 * epsilon * b * inverseUser
            let itemShift = epsilon * b * inverseDifference
            k = 0
            while k < vectorEnd {
                let uk = SIMDRow.load(u, k)
                let ik = SIMDRow.load(vi, k)
                let jk = SIMDRow.load(vj, k)
                let wk = ik - jk
                SIMDRow.store(userKeep * uk + ab * wk, u, k)
                SIMDRow.store(keep * ik + ab * uk - itemShift * wk, vi, k)
                SIMDRow.store(keep * jk - ab * uk + itemShift * wk, vj, k)
                k &+= 16
            }
            while k < d {
                let uk = u[k]
                let ik = vi[k]
                let jk = vj[k]
                let wk = ik - jk
                u[k] = userKeep * uk + ab * wk
                vi[k] = keep * ik + ab * uk - itemShift * wk
                vj[k] = keep * jk - ab * uk + itemShift * wk
                k &+= 1
            }
            if c.usesBiases {
                c.biases[positive] = keep * bi + ab
                c.biases[negative] = keep * bj - ab
            }
        }
        return clean.negativeSum + Double(c.adversarialWeight) * adversarial.negativeSum
    }

    /// `σ(−x) = 1/(1 + eˣ)` with `x` clamped to ±80, adding `ln σ(x)` to `likelihood`.
    @inline(__always)
    static func sigmoidOfNegative(_ x: Float, into likelihood: inout LogLikelihood) -> Float {
        let clamped = x < -80 ? -80 : (x > 80 ? 80 : x)
        let e = expf(clamped)
        let z = 1 / (1 + e)
        likelihood.add(e * z)
        return z
    }
}
