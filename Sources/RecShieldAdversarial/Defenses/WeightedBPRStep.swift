import RecShieldCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Raw views of everything a weighted BPR step reads or writes — the step shared by the BPR
/// defenses that scale a triple's loss (denoising, low-confidence generated profiles):
/// `θ ← θ − α ∂(w · (−ln σ(x̂_uij)) + λ‖θ‖²)/∂θ` with `w` held constant.
struct WeightedBPRStep {
    var users: UnsafeMutablePointer<Float>
    var items: UnsafeMutablePointer<Float>
    var biases: UnsafeMutableBufferPointer<Float>
    var dimension: Int
    var sampler: BPRTripleSampler
    var usesBiases: Bool
    var learningRate: Float
    var regularization: Float

    /// `x̂_uij = u·(v_i − v_j) + (b_i − b_j)`.
    @inline(__always)
    func preference(user: Int, positive: Int, negative: Int) -> Float {
        let d = dimension
        let u = users + user &* d
        let vi = items + positive &* d
        let vj = items + negative &* d
        var accumulator = SIMD16<Float>()
        var k = 0
        while k &+ 16 <= d {
            accumulator += SIMDRow.load(u, k) * (SIMDRow.load(vi, k) - SIMDRow.load(vj, k))
            k &+= 16
        }
        var dot = VectorKernels.horizontalSum(accumulator)
        while k < d {
            dot += u[k] * (vi[k] - vj[k])
            k &+= 1
        }
        return dot + (biases[positive] - biases[negative])
    }

    /// `x̄_ui = u·(v_i − v̄) + (b_i − b̄)`, the preference for `i` over the mean item, with `v̄`
    /// and `b̄` read from `mean` (`dimension` values, then the bias).
    @inline(__always)
    func preferenceOverMean(user: Int, positive: Int, mean: UnsafePointer<Float>) -> Float {
        let d = dimension
        let u = users + user &* d
        let vi = items + positive &* d
        var dot: Float = 0
        for k in 0..<d { dot += u[k] * (vi[k] - mean[k]) }
        return dot + (biases[positive] - mean[d])
    }

    /// The mean item `v̄ = (1/n) Σ v_j` and bias `b̄ = (1/n) Σ b_j` over all `itemCount` items
    /// (summed in `Double`), as `dimension + 1` values.
    func meanItem(itemCount: Int) -> [Float] {
        let d = dimension
        var sums = [Double](repeating: 0, count: d + 1)
        for item in 0..<itemCount {
            for k in 0..<d { sums[k] += Double(items[item &* d &+ k]) }
            sums[d] += Double(biases[item])
        }
        return sums.map { Float($0 / Double(max(itemCount, 1))) }
    }

    /// One SGD step on `w · (−ln σ(x̂)) + λ‖θ‖²` at the current parameters, `w` computed from `x̂`
    /// by `weight`; returns the weighted loss `w · (−ln σ(x̂))`. With `w = 1` the update is
    /// bit-identical to plain BPR's (`σ(−x̂)` computed the same way, `x̂` clamped to ±80).
    @inline(__always)
    func step(user: Int, positive: Int, negative: Int, weight: (Float) -> Float) -> Float {
        let d = dimension
        let u = users + user &* d
        let vi = items + positive &* d
        let vj = items + negative &* d
        let x = preference(user: user, positive: positive, negative: negative)
        let w = weight(x)
        let clamped = x < -80 ? -80 : (x > 80 ? 80 : x)
        let z = 1 / (1 + expf(clamped))
        let keep = 1 - learningRate * (2 * regularization)
        let az = learningRate * w * z
        var k = 0
        while k &+ 16 <= d {
            let uk = SIMDRow.load(u, k)
            let ik = SIMDRow.load(vi, k)
            let jk = SIMDRow.load(vj, k)
            SIMDRow.store(keep * uk + az * (ik - jk), u, k)
            SIMDRow.store(keep * ik + az * uk, vi, k)
            SIMDRow.store(keep * jk - az * uk, vj, k)
            k &+= 16
        }
        while k < d {
            let uk = u[k]
            let ik = vi[k]
            let jk = vj[k]
            u[k] = keep * uk + az * (ik - jk)
            vi[k] = keep * ik + az * uk
            vj[k] = keep * jk - az * uk
            k &+= 1
        }
        if usesBiases {
            biases[positive] = keep * biases[positive] + az
            biases[negative] = keep * biases[negative] - az
        }
        return w * Logistic.softplus(-x)
    }
}
