import RecShieldCore

/// Raw views of everything an adversarial explicit-MF step reads or writes.
struct AdversarialMFStepContext {
    var users: UnsafeMutablePointer<Float>
    var items: UnsafeMutablePointer<Float>
    var userBiases: UnsafeMutableBufferPointer<Float>
    var itemBiases: UnsafeMutableBufferPointer<Float>
    var dimension: Int
    var triples: UnsafeBufferPointer<RatingTriples.Triple>
    var mean: Float
    var usesBiases: Bool
    var learningRate: Float
    var regularization: Float
    var epsilon: Float
    var adversarialWeight: Float
}

/// The inner loop of adversarial explicit-MF training: one worker's share of an epoch.
enum AdversarialMFKernels {
    /// Runs SGD steps on uniformly drawn ratings. With `e = r − p` and `s = sign(e)`, the per-row
    /// normalised perturbation of the squared error `e²` (see ``AdversarialExplicitMF``) is
    /// ```
    /// Δ_u = −ε s v/‖v‖,   Δ_v = −ε s u/‖u‖
    /// e_adv = e + ε s (‖u‖ + ‖v‖) − ε² (u·v)/(‖u‖‖v‖)
    /// ```
    /// (no perturbation when `e = 0`; a zero row perturbs nothing, `1/‖0‖` is taken as 0). With
    /// `k = 1 − 2αλ_reg`, `a = 2αe`, `b = 2αλe_adv`, `u + Δ_u`'s update is `θ ← θ − α ∂(e² +
    /// λ e_adv² + λ_reg‖θ‖²)/∂θ` with `Δ` constant:
    /// ```
    /// u ← (k − bεs/‖u‖) u + (a + b) v        (= k u + a v + b (v + Δ_v))
    /// v ← (k − bεs/‖v‖) v + (a + b) u        (= k v + a u + b (u + Δ_u))
    /// b_u ← k b_u + a + b,   c_i ← k c_i + a + b
    /// ```
    /// - Returns: `Σ (e² + λ e_adv²)` before the updates.
    static func sgdSteps(
        _ steps: Range<Int>, _ context: AdversarialMFStepContext, _ generator: inout Xoshiro256StarStar
    ) -> Double {
        var rng = generator
        defer { generator = rng }
        let c = context
        let d = c.dimension
        let vectorEnd = d & ~15
        let twiceAlpha = 2 * c.learningRate
        let keep = 1 - twiceAlpha * c.regularization
        let epsilon = c.epsilon
        var total: Double = 0
        for _ in steps {
            let triple = c.triples[rng.nextIndex(below: c.triples.count)]
            let user = Int(triple.user)
            let item = Int(triple.item)
            let u = c.users + user &* d
            let v = c.items + item &* d
            var dotAccumulator = SIMD16<Float>()
            var userAccumulator = SIMD16<Float>()
            var itemAccumulator = SIMD16<Float>()
            var k = 0
            while k < vectorEnd {
                let uk = SIMDRow.load(u, k)
                let vk = SIMDRow.load(v, k)
                dotAccumulator += uk * vk
                userAccumulator += uk * uk
                itemAccumulator += vk * vk
                k &+= 16
            }
            var dot = VectorKernels.horizontalSum(dotAccumulator)
            var userSquare = VectorKernels.horizontalSum(userAccumulator)
            var itemSquare = VectorKernels.horizontalSum(itemAccumulator)
            while k < d {
                dot += u[k] * v[k]
                userSquare += u[k] * u[k]
                itemSquare += v[k] * v[k]
                k &+= 1
            }
            let bu = c.userBiases[user]
            let bi = c.itemBiases[item]
            let error = triple.rating - (((c.mean + bu) + bi) + dot)
            let sign: Float = error > 0 ? 1 : (error < 0 ? -1 : 0)
            let userNorm = userSquare.squareRoot()
            let itemNorm = itemSquare.squareRoot()
            let inverseUser: Float = userNorm > 0 ? 1 / userNorm : 0
            let inverseItem: Float = itemNorm > 0 ? 1 / itemNorm : 0
            // Δ_u = −ε s v/‖v‖ and Δ_v = −ε s u/‖u‖, so (u + Δ_u)·(v + Δ_v) expands to:
            let perturbedDot = dot - epsilon * sign * (userNorm + itemNorm)
                + epsilon * epsilon * (sign * sign) * (dot * inverseUser * inverseItem)
            let adversarialError = error + (dot - perturbedDot)
            total += Double(error * error) + Double(c.adversarialWeight) * Double(adversarialError * adversarialError)
            let a = twiceAlpha * error
            let b = twiceAlpha * c.adversarialWeight * adversarialError
            let ab = a + b
            // v + Δ_v = v − (εs/‖u‖) u moves u's update along u, and u + Δ_u moves v's along v.
            let userShift = b * epsilon * sign * inverseUser
            let itemShift = b * epsilon * sign * inverseItem
            k = 0
            while k < vectorEnd {
                let uk = SIMDRow.load(u, k)
                let vk = SIMDRow.load(v, k)
                SIMDRow.store(keep * uk + ab * vk - userShift * uk, u, k)
                SIMDRow.store(keep * vk + ab * uk - itemShift * vk, v, k)
                k &+= 16
            }
            while k < d {
                let uk = u[k]
                let vk = v[k]
                u[k] = keep * uk + ab * vk - userShift * uk
                v[k] = keep * vk + ab * uk - itemShift * vk
                k &+= 1
            }
            if c.usesBiases {
                c.userBiases[user] = keep * bu + ab
                c.itemBiases[item] = keep * bi + ab
            }
        }
        return total
    }
}
