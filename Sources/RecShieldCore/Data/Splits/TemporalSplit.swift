/// Splits all interactions at one point in time: train is strictly before the cut, test at or
/// after it, so no future interaction ever reaches training.
///
/// A cut is either an explicit Unix timestamp or a fraction `f` of the interactions. For a
/// fraction, with the `n` timestamps sorted ascending as `t₀ ≤ … ≤ tₙ₋₁`,
///
/// ```
/// m   = clamp(round(n · f), 1, n)      // halves away from zero
/// cut = tₙ₋ₘ
/// ```
///
/// so about `f · n` interactions lie at or after the cut. **Ties at the cut go to test**: every
/// interaction whose timestamp equals the cut is held out, which keeps `max(train) < min(test)`
/// strictly, and test can be larger than `f · n` when many interactions share the cut second.
///
/// An optional validation cut works the same way inside the training window: validation holds
/// `[validationCut, cut)`, train `(-∞, validationCut)`. A validation fraction is a share of all
/// `n` interactions, resolved among those before the test cut. Users and items that first occur
/// after the cut stay in the shared ID maps and appear only in test (cold start).
public struct TemporalSplit: DataSplitter, Equatable {
    /// Where to cut the timeline.
    public enum Cut: Sendable, Equatable {
        /// About this share of the interactions, in (0, 1), lie at or after the cut.
        case fraction(Double)
        /// The cut is this Unix timestamp (seconds).
        case timestamp(Int64)
    }

    /// The start of the test window.
    public let testCut: Cut
    /// The start of the validation window (before ``testCut``), or `nil` for no validation part.
    public let validationCut: Cut?

    /// Creates the strategy.
    /// - Throws: ``DataError/invalidParameter(name:value:expected:)`` when a fraction is outside
    ///   (0, 1), two fractions sum to 1 or more, or two timestamps are not in increasing order.
    public init(testCut: Cut, validationCut: Cut? = nil) throws {
        if case let .fraction(f) = testCut, !(f > 0 && f < 1) {
            throw DataError.invalidParameter(
                name: "test fraction", value: "\(f)", expected: "a number strictly between 0 and 1")
        }
        switch (testCut, validationCut) {
        case let (_, .fraction(v)) where !(v > 0 && v < 1):
            throw DataError.invalidParameter(
                name: "validation fraction", value: "\(v)", expected: "a number strictly between 0 and 1")
        case let (.fraction(f), .fraction(v)) where f + v >= 1:
            throw DataError.invalidParameter(
                name: "validation fraction", value: "\(v)",
                expected: "a fraction whose sum with the test fraction \(f) is below 1")
        case let (.timestamp(t), .timestamp(v)) where v >= t:
            throw DataError.invalidParameter(
                name: "validation cut", value: "\(v)", expected: "a timestamp before the test cut \(t)")
        default:
            break
        }
        self.testCut = testCut
        self.validationCut = validationCut
    }

    /// The temporal split of `dataset`.
    /// - Throws: ``DataError/invalidParameter(name:value:expected:)`` when the data has no
    ///   timestamps, or a cut leaves train, validation or test empty.
    /// - Complexity: O(n log n) for the sort of the timestamps.
    public func split(_ dataset: InteractionDataset) throws -> DataSplit {
        guard let timestamps = dataset.timestamps else {
            throw DataError.invalidParameter(
                name: "split strategy", value: SplitStrategyKind.temporal.rawValue,
                expected: "a data set with timestamps (this one has none; use the random strategy)")
        }
        let sorted = timestamps.sorted()
        let cut = Self.resolve(testCut, among: sorted[...], total: sorted.count)
        let before = sorted[..<sorted.partitioningIndex { $0 >= cut }]
        let validationStart = validationCut.map { Self.resolve($0, among: before, total: sorted.count) }
        let trainEnd = validationStart ?? cut
        let trainCount = sorted.partitioningIndex { $0 >= trainEnd }
        let validationCount = before.count - trainCount
        let testCount = sorted.count - before.count
        guard trainCount > 0, testCount > 0, validationStart == nil || validationCount > 0 else {
            let span = sorted.first.map { "timestamps span \($0)…\(sorted[sorted.count - 1])" } ?? "no interactions"
            throw DataError.invalidParameter(
                name: "temporal cut", value: validationStart.map { "\($0), \(cut)" } ?? "\(cut)",
                expected: "cuts that leave interactions in every part (\(span))")
        }
        let parts = timestamps.map { t in t >= cut ? SplitPart.test : (t >= trainEnd ? .validation : .train) }
        var parameters = SplitParameters(cutTimestamp: cut, validationCutTimestamp: validationStart)
        if case let .fraction(f) = testCut { parameters.testFraction = f }
        if case let .fraction(v) = validationCut { parameters.validationFraction = v }
        return DataSplit(
            dataset: dataset, parts: parts, hasValidation: validationStart != nil,
            strategy: .temporal, seed: nil, parameters: parameters)
    }

    /// The timestamp a cut stands for, among the ascending `candidates` out of `total` interactions.
    private static func resolve(_ cut: Cut, among candidates: ArraySlice<Int64>, total: Int) -> Int64 {
        switch cut {
        case let .timestamp(t):
            return t
        case let .fraction(f):
            guard !candidates.isEmpty else { return .min }
            let held = min(max(Int((Double(total) * f).rounded()), 1), candidates.count)
            return candidates[candidates.endIndex - held]
        }
    }
}

extension Collection {
    /// The first index whose element satisfies `belongs`, for a collection partitioned so that
    /// all non-matching elements come first (binary search).
    fileprivate func partitioningIndex(where belongs: (Element) -> Bool) -> Index {
        var low = startIndex
        var length = count
        while length > 0 {
            let half = length / 2
            let middle = index(low, offsetBy: half)
            if belongs(self[middle]) {
                length = half
            } else {
                low = index(after: middle)
                length -= half + 1
            }
        }
        return low
    }
}
