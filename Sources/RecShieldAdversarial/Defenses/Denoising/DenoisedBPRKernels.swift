import RecShieldCore

/// The inner loops of denoised BPR training (see ``DenoisedBPR``): one worker's share of an epoch.
enum DenoisedBPRKernels {
    /// R-CE: one SGD step per drawn triple with the weight `σ(x̂)^β` (held constant).
    /// - Returns: `Σ σ(x̂)^β · (−ln σ(x̂))` before the updates.
    static func reweightedSteps(
        _ steps: Range<Int>, _ context: WeightedBPRStep, exponent: Float,
        _ generator: inout Xoshiro256StarStar
    ) -> Double {
        var rng = generator
        defer { generator = rng }
        var total = 0.0
        for _ in steps {
            let (user, positive, negative) = context.sampler.drawTriple(&rng)
            total += Double(context.step(user: user, positive: positive, negative: negative) { x in
                DenoisingLoss.weight(probability: Logistic.sigmoid(x), exponent: exponent)
            })
        }
        return total
    }

    /// T-CE: triples in batches of `batch.count`; each batch's `⌊rate · B⌋` triples with the
    /// smallest `x̂` (the largest loss) at the batch's start are dropped, the others take plain
    /// SGD steps in draw order. `rate` maps a step's position in the epoch to the drop rate.
    /// - Parameter batch: scratch for one batch (`B` triples and their preferences), owned by
    ///   the worker.
    /// - Returns: `Σ −ln σ(x̂)` over the kept triples, each before its update.
    static func truncatedSteps(
        _ steps: Range<Int>, _ context: WeightedBPRStep, batch: TruncationBatch,
        rate: (_ step: Int) -> Double, _ generator: inout Xoshiro256StarStar
    ) -> Double {
        var rng = generator
        defer { generator = rng }
        var total = 0.0
        var start = steps.lowerBound
        while start < steps.upperBound {
            let size = min(batch.capacity, steps.upperBound - start)
            for b in 0..<size {
                let (user, positive, negative) = context.sampler.drawTriple(&rng)
                batch.triples[3 &* b] = Int32(truncatingIfNeeded: user)
                batch.triples[3 &* b &+ 1] = Int32(truncatingIfNeeded: positive)
                batch.triples[3 &* b &+ 2] = Int32(truncatingIfNeeded: negative)
                let x = context.preference(user: user, positive: positive, negative: negative)
                batch.preferences[b] = x.isNaN ? -.infinity : x
            }
            let dropped = DenoisingLoss.droppedCount(positives: size, rate: rate(start))
            batch.markSmallest(dropped, of: size)
            for b in 0..<size where !batch.dropped[b] {
                total += Double(context.step(
                    user: Int(batch.triples[3 &* b]), positive: Int(batch.triples[3 &* b &+ 1]),
                    negative: Int(batch.triples[3 &* b &+ 2])) { _ in 1 })
            }
            start &+= size
        }
        return total
    }
}
