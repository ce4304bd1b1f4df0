import RecShieldCore

/// The real side of the per-epoch stealth comparison, prepared once: statistics of every real
/// profile, a fixed sample of real item sets for the pairwise similarities, the post-processor
/// that turns generated vectors into profiles (no targets, top-score fillers), and the baseline —
/// the same comparison for a second sample of *real* profiles, i.e. the sampling noise floor.
struct GANDiagnostics: Sendable {
    /// Counts over all real profiles.
    let realStatistics: GANProfileStatistics
    /// Item sets of a seeded sample of real profiles.
    let realSample: [[Int32]]
    /// The number of generated profiles per comparison.
    let sampleSize: Int
    /// `k` of the top-`k` item sets compared for mode collapse: the median real profile length.
    let topCount: Int
    /// Builds the generated profiles.
    let postProcessor: GANProfilePostProcessor
    /// The stealth report of up to `sampleSize` real profiles (a second seeded sample without
    /// repeats, independent of the first) against all real profiles and the first sample.
    let baseline: GANStealthReport

    /// Prepares the comparison for the given real profiles.
    /// - Throws: never for a non-empty profile matrix (the post-processor gets valid lengths).
    init(profiles: GANProfileMatrix, sampleSize: Int, using rng: inout Xoshiro256StarStar) throws {
        let all = (0..<profiles.rowCount).map(profiles.profile(ofRow:))
        realStatistics = GANProfileStatistics(all, itemCount: profiles.itemCount, encoding: profiles.encoding)
        var order = Array(0..<profiles.rowCount)
        order.fisherYatesShuffle(using: &rng)
        realSample = order.prefix(sampleSize).map { all[$0].items }
        self.sampleSize = sampleSize
        let lengths = profiles.profileLengths.sorted()
        topCount = min(max(lengths[lengths.count / 2], 1), profiles.itemCount)
        postProcessor = try GANProfilePostProcessor(profiles: profiles)
        order.fisherYatesShuffle(using: &rng)
        let second = order.prefix(sampleSize).map { all[$0] }
        baseline = GANStealthReport(
            real: realStatistics,
            fake: GANProfileStatistics(second, itemCount: profiles.itemCount, encoding: profiles.encoding),
            modeCollapse: GANModeCollapseReport(fake: second.map(\.items), real: realSample))
    }

    /// Generates ``sampleSize`` profiles with `gan` and compares them with the real ones.
    func report(for gan: ProfileGAN, using rng: inout Xoshiro256StarStar) -> GANStealthReport {
        let itemCount = gan.itemCount
        let vectors = gan.generate(count: sampleSize, using: &rng)
        let fake = postProcessor.profiles(from: vectors, count: sampleSize, using: &rng)
        let fakeSets = (0..<sampleSize).map { row in
            vectors.withUnsafeBufferPointer { all in
                TopK.select(topCount, from: UnsafeBufferPointer(rebasing: all[(row * itemCount)..<((row + 1) * itemCount)]))
                    .map(Int32.init).sorted()
            }
        }
        return GANStealthReport(
            real: realStatistics,
            fake: GANProfileStatistics(fake, itemCount: itemCount, encoding: postProcessor.encoding),
            modeCollapse: GANModeCollapseReport(fake: fakeSets, real: realSample))
    }
}
