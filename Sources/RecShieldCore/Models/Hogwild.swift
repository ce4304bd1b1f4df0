/// Lock-free parallel SGD over one epoch: the samples are split into one contiguous range per
/// thread and every thread updates the shared parameters without locks.
///
/// Each worker draws from its own generator, `Xoshiro256StarStar(seed: seed, stream: epoch ·
/// threads + worker)`, so with one thread an epoch is a fixed function of the seed and the
/// parameters — bit-identical on every run. With more threads the interleaving of updates (and
/// occasionally a lost update when two threads write the same row) depends on timing; sparse
/// data makes such collisions rare and they do not hurt convergence (Recht et al.).
///
/// The body must touch only raw pointers it captured (no class properties, no arrays of the
/// model), which is also what keeps the inner loop free of reference counting and exclusivity checks.
///
/// References:
/// - Recht, Ré, Wright & Niu, "Hogwild!: A lock-free approach to parallelizing stochastic
///   gradient descent", NeurIPS 2011.
public enum Hogwild {
    /// Runs `samples` SGD steps split over `threads` workers and returns the sum of what the
    /// workers return (e.g. their summed losses), added in worker order.
    /// - Parameters:
    ///   - samples: the number of steps in the epoch.
    ///   - threads: the number of workers (at most one per sample).
    ///   - seed: the training seed.
    ///   - epoch: the 0-based epoch, so every epoch draws a fresh stream.
    ///   - body: runs the steps of one range with its worker's generator.
    public static func run(
        samples: Int, threads: Int, seed: UInt64, epoch: Int,
        _ body: (_ steps: Range<Int>, _ generator: inout Xoshiro256StarStar) -> Double
    ) -> Double {
        let workers = max(1, min(threads, samples))
        var partials = [Double](repeating: 0, count: workers)
        partials.withUnsafeMutableBufferPointer { partial in
            ParallelLoop.forEachChunk(count: samples, threads: workers) { worker, steps in
                var generator = Xoshiro256StarStar(seed: seed, stream: UInt64(epoch * threads + worker))
                partial[worker] = body(steps, &generator)
            }
        }
        return partials.reduce(0, +)
    }
}
