import Numerics
import Testing
@testable import RecShieldAdversarial

@Suite struct GANProfileStatisticsTests {
    static let encoding = GANRatingEncoding(ratingValues: [1, 2, 3])

    @Test func countsRatingsItemsAndLengths() {
        let profiles = [
            GANProfile(items: [0, 2], ratings: [1, 3]),
            GANProfile(items: [2], ratings: [3]),
            GANProfile(items: [0, 1, 2, 3], ratings: [2, 2, 2.4, 3]),
        ]
        let statistics = GANProfileStatistics(profiles, itemCount: 5, encoding: Self.encoding)
        // 2.4 is off the scale and counts at its nearest used value, 2.
        #expect(statistics.ratingCounts == [1, 3, 3])
        #expect(statistics.itemCounts == [2, 1, 3, 1, 0])
        #expect(statistics.lengths == [2, 1, 4])
    }

    /// Lengths 2, 1, 4, 7: mean 3.5, variance (2.25 + 6.25 + 0.25 + 12.25)/4 = 5.25.
    @Test func lengthSummaryAndLogarithmicHistogram() {
        let profiles = [2, 1, 4, 7].map { length in GANProfile(items: (0..<length).map(Int32.init), ratings: nil) }
        let statistics = GANProfileStatistics(profiles, itemCount: 8, encoding: GANRatingEncoding(ratingValues: []))
        #expect(statistics.meanLength == 3.5)
        #expect(statistics.lengthDeviation.isApproximatelyEqual(to: 5.25.squareRoot(), absoluteTolerance: 1e-12))
        // Bins: 1 → 0, 2 → 1 (2…3), 4 and 7 → 2 (4…7).
        #expect(Array(statistics.lengthHistogram.prefix(4)) == [1, 1, 2, 0])
        #expect(statistics.lengthHistogram.count == 64)
        #expect(statistics.ratingCounts.isEmpty)
    }
}
