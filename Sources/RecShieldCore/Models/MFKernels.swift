import CRecShieldPrefetch

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
    /// Whether ``MFKernels/sgdSteps(_:_:_:)`` prefetches ahead: worth it only when the factors do
    /// not fit the caches (``CachePrefetch/pays(rows:columns:)``).
    var prefetches = false
}

/// The inner loop of explicit-MF training: one worker's share of an epoch.
enum MFKernels {
    /// How many steps ahead rows are prefetched (triples twice as far) on data larger than the
    /// caches.
    static let prefetchLead = 8

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
        // Copies of the generator running `rowLead` and `tripleLead` steps ahead: every step
        // draws exactly one index, so they name the triples of later steps exactly, and
        // prefetching those triples and their rows lets the misses of several steps overlap.
        var rowAhead = rng
        var tripleAhead = rng
        if c.prefetches {
            for _ in 0..<prefetchLead { _ = rowAhead.next() }
            for _ in 0..<(2 * prefetchLead) { _ = tripleAhead.next() }
        }
        for _ in steps {
            if c.prefetches, let tripleBase = c.triples.baseAddress {
                recshield_prefetch_for_read(tripleBase + tripleAhead.nextIndex(below: c.triples.count))
                let later = c.triples[rowAhead.nextIndex(below: c.triples.count)]
                CachePrefetch.row(c.users + Int(later.user) &* d, count: d)
                CachePrefetch.row(c.items + Int(later.item) &* d, count: d)
            }
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
