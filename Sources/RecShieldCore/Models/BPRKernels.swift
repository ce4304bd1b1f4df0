#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Raw views of everything a BPR step reads or writes. A plain struct of pointers and numbers:
/// copying it costs nothing and touching it involves no reference counting or exclusivity checks.
struct BPRStepContext {
    var users: UnsafeMutablePointer<Float>
    var items: UnsafeMutablePointer<Float>
    var biases: UnsafeMutableBufferPointer<Float>
    var dimension: Int
    var sampler: BPRTripleSampler
    var usesBiases: Bool
    var learningRate: Float
    var regularization: Float
    /// Whether ``BPRKernels/sgdSteps(_:_:_:)`` prefetches the rows of drawn triples: worth it
    /// only when the factors do not fit the caches (``CachePrefetch/pays(rows:columns:)``).
    var prefetchesRows = false

    /// Draws `(u, i, j)` (see ``BPRTripleSampler/drawTriple(_:)``).
    @inline(__always)
    func drawTriple(_ generator: inout Xoshiro256StarStar) -> (user: Int, positive: Int, negative: Int) {
        sampler.drawTriple(&generator)
    }

    /// Draws a triple and evaluates it at the current parameters: its rows and biases, and
    /// `z = σ(−x̂) = 1 / (1 + e^x̂)` with `x̂` clamped to ±80; adds `ln σ(x̂)` to `likelihood`.
    @inline(__always)
    func drawSample(_ generator: inout Xoshiro256StarStar, _ likelihood: inout LogLikelihood) -> BPRSample {
        sample(drawTriple(&generator), &likelihood)
    }

    /// Evaluates a drawn triple at the current parameters (see ``drawSample(_:_:)``).
    @inline(__always)
    func sample(
        _ triple: (user: Int, positive: Int, negative: Int), _ likelihood: inout LogLikelihood
    ) -> BPRSample {
        let (user, positive, negative) = triple
        let d = dimension
        let u = users + user &* d
        let vi = items + positive &* d
        let vj = items + negative &* d
        let bi = biases[positive]
        let bj = biases[negative]
        let x = preference(u, vi, vj, bi, bj)
        let clamped = x < -80 ? -80 : (x > 80 ? 80 : x)
        let e = expf(clamped)
        let z = 1 / (1 + e)
        likelihood.add(e * z)
        return BPRSample(
            user: user, positive: positive, negative: negative, u: u, vi: vi, vj: vj, bi: bi, bj: bj, z: z)
    }

    /// `x̂_uij = u·(v_i − v_j) + (b_i − b_j)`, summed in 16 lanes then pairwise.
    @inline(__always)
    func preference(_ u: UnsafeMutablePointer<Float>, _ vi: UnsafeMutablePointer<Float>,
                    _ vj: UnsafeMutablePointer<Float>, _ bi: Float, _ bj: Float) -> Float {
        let d = dimension
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
        return dot + (bi - bj)
    }
}

/// A triple drawn for one step, with its rows, its biases and its gradient weight `z = σ(−x̂)`.
struct BPRSample {
    var user: Int
    var positive: Int
    var negative: Int
    var u: UnsafeMutablePointer<Float>
    var vi: UnsafeMutablePointer<Float>
    var vj: UnsafeMutablePointer<Float>
    var bi: Float
    var bj: Float
    var z: Float
}

/// The inner loops of BPR training: one worker's share of an epoch.
enum BPRKernels {
    /// How many triples are drawn, and their rows prefetched, before their steps run when the
    /// factors do not fit the caches (``BPRStepContext/prefetchesRows``). Drawing touches only the
    /// sampler and the generator, never the parameters, so drawing ahead changes no number; it
    /// lets the rows of several steps, and the pairs of the next batch, arrive together instead of
    /// one step's cache misses after another's (1.9× faster on 10 M interactions). On
    /// cache-resident data the plain loop is faster, so it runs there.
    static let drawAhead = 16

    /// Runs SGD steps `θ ← θ − α ∂ℓ/∂θ`, written with `z = σ(−x̂)` as
    /// ```
    /// u   ← (1 − 2αλ) u   + αz (v_i − v_j)
    /// v_i ← (1 − 2αλ) v_i + αz u
    /// v_j ← (1 − 2αλ) v_j − αz u
    /// b_i ← (1 − 2αλ) b_i + αz,   b_j ← (1 − 2αλ) b_j − αz
    /// ```
    /// with every gradient taken at the pre-update values.
    /// - Returns: `Σ −ln σ(x̂)` over the steps, before their updates.
    static func sgdSteps(
        _ steps: Range<Int>, _ context: BPRStepContext, _ generator: inout Xoshiro256StarStar
    ) -> Double {
        var rng = generator
        defer { generator = rng }
        let c = context
        let d = c.dimension
        let vectorEnd = d & ~7
        let alpha = c.learningRate
        let keep = 1 - alpha * (2 * c.regularization)
        var likelihood = LogLikelihood()
        guard c.prefetchesRows else {
            for _ in steps {
                step(c.drawSample(&rng, &likelihood), c, keep: keep, alpha: alpha, vectorEnd: vectorEnd)
            }
            return likelihood.negativeSum
        }
        withUnsafeTemporaryAllocation(of: (user: Int, positive: Int, negative: Int).self, capacity: drawAhead) { drawn in
            var first = steps.lowerBound
            while first < steps.upperBound {
                let count = min(drawAhead, steps.upperBound &- first)
                for index in 0..<count {
                    let triple = c.drawTriple(&rng)
                    drawn[index] = triple
                    CachePrefetch.row(c.users + triple.user &* d, count: d)
                    CachePrefetch.row(c.items + triple.positive &* d, count: d)
                    CachePrefetch.row(c.items + triple.negative &* d, count: d)
                }
                c.sampler.prefetchPairs(drawnFrom: rng, count: drawAhead)
                for index in 0..<count {
                    step(c.sample(drawn[index], &likelihood), c, keep: keep, alpha: alpha, vectorEnd: vectorEnd)
                }
                first &+= count
            }
        }
        return likelihood.negativeSum
    }

    /// One SGD step on a drawn and evaluated sample (the updates of ``sgdSteps(_:_:_:)``).
    @inline(__always)
    static func step(_ sample: BPRSample, _ c: BPRStepContext, keep: Float, alpha: Float, vectorEnd: Int) {
        let d = c.dimension
        let (u, vi, vj) = (sample.u, sample.vi, sample.vj)
        let az = alpha * sample.z
        var k = 0
        while k < vectorEnd {
            let uk = SIMDRow.load8(u, k)
            let ik = SIMDRow.load8(vi, k)
            let jk = SIMDRow.load8(vj, k)
            SIMDRow.store(keep * uk + az * (ik - jk), u, k)
            SIMDRow.store(keep * ik + az * uk, vi, k)
            SIMDRow.store(keep * jk - az * uk, vj, k)
            k &+= 8
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
        if c.usesBiases {
            c.biases[sample.positive] = keep * sample.bi + az
            c.biases[sample.negative] = keep * sample.bj - az
        }
    }
}
