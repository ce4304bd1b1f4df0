import RecShieldCore

/// The inner loops of denoised BPR training (see ``DenoisedBPR``): one worker's share of an epoch.
enum DenoisedBPRKernels {
    /// R-CE: one SGD step per drawn triple with the weight `σ(x̄_ui)^β` (held constant), `x̄_ui`
    /// the positive's preference over the mean item (see ``DenoisedBPR``).
    /// - Parameter mean: `v̄` followed by `b̄`.
    /// - Returns: `Σ w · (−ln σ(x̂))` before the updates.
    static func reweightedSteps(
        _ steps: Range<Int>, _ context: WeightedBPRStep, mean: UnsafePointer<Float>, exponent: Float,
        _ generator: inout Xoshiro256StarStar
    ) -> Double {
        var rng = generator
        defer { generator = rng }
        var total = 0.0
        for _ in steps {
            let (user, positive, negative) = context.sampler.drawTriple(&rng)
            let weight = DenoisingLoss.weight(
                probability: Logistic.sigmoid(context.preferenceOverMean(user: user, positive: positive, mean: mean)),
                exponent: exponent)
            total += Double(context.step(user: user, positive: positive, negative: negative) { _ in weight })
        }
        return total
    }

    /// T-CE: triples in batches of `batch.count`; each batch's `⌊rate · B⌋` triples whose
    /// positives have the smallest `x̄_ui` (the largest loss) at the batch's start are dropped,
    /// the others take plain SGD steps in draw order. `rate` maps a step's position in the epoch
    /// to the drop rate.
    /// - Parameters:
    ///   - batch: scratch for one batch (`B` triples and their preferences), owned by the worker.
    ///   - mean: `v̄` followed by `b̄`.
    /// - Returns: `Σ −ln σ(x̂)` over the kept triples, each before its update.
    static func truncatedSteps(
        _ steps: Range<Int>, _ context: WeightedBPRStep, batch: TruncationBatch, mean: UnsafePointer<Float>,
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
                let x = context.preferenceOverMean(user: user, positive: positive, mean: mean)
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
