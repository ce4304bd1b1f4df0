/// Raw views of everything an explicit-MF step reads or writes (pointers and numbers only).
struct MFStepContext {
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
}

/// The inner loop of explicit-MF training: one worker's share of an epoch.
enum MFKernels {
    /// Runs SGD steps on uniformly drawn ratings:
    /// ```
    /// e = r − (((μ + b_u) + c_i) + u·v)        (u·v in 16 lanes, summed pairwise)
    /// u ← (1 − 2αλ) u + 2αe v,   v ← (1 − 2αλ) v + 2αe u,   b ← (1 − 2αλ) b + 2αe
    /// ```
    /// with both gradients taken at the pre-update values.
    /// - Returns: the summed squared error `Σ e²` before the updates.
    static func sgdSteps(
        _ steps: Range<Int>, _ context: MFStepContext, _ generator: inout Xoshiro256StarStar
    ) -> Double {
        var rng = generator
        defer { generator = rng }
        let c = context
        let d = c.dimension
        let vectorEnd = d & ~15
        let twiceAlpha = 2 * c.learningRate
        let keep = 1 - twiceAlpha * c.regularization
        var squaredError: Double = 0
        for _ in steps {
            let triple = c.triples[rng.nextIndex(below: c.triples.count)]
            let user = Int(triple.user)
            let item = Int(triple.item)
            let u = c.users + user &* d
            let v = c.items + item &* d
            var accumulator = SIMD16<Float>()
            var k = 0
            while k < vectorEnd {
                accumulator += SIMDRow.load(u, k) * SIMDRow.load(v, k)
                k &+= 16
            }
            var dot = VectorKernels.horizontalSum(accumulator)
            while k < d {
                dot += u[k] * v[k]
                k &+= 1
            }
            let bu = c.userBiases[user]
            let bi = c.itemBiases[item]
            let error = triple.rating - (((c.mean + bu) + bi) + dot)
            squaredError += Double(error * error)
            let step = twiceAlpha * error
            k = 0
            while k < vectorEnd {
                let uk = SIMDRow.load(u, k)
                let vk = SIMDRow.load(v, k)
                SIMDRow.store(keep * uk + step * vk, u, k)
                SIMDRow.store(keep * vk + step * uk, v, k)
                k &+= 16
            }
            while k < d {
                let uk = u[k]
                let vk = v[k]
                u[k] = keep * uk + step * vk
                v[k] = keep * vk + step * uk
                k &+= 1
            }
            if c.usesBiases {
                c.userBiases[user] = keep * bu + step
                c.itemBiases[item] = keep * bi + step
            }
        }
        return squaredError
    }
}
