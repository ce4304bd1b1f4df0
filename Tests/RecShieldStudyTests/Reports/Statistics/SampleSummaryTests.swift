import Numerics
import Testing
@testable import RecShieldStudy

@Suite struct SampleSummaryTests {
    /// 1, 2, 3: mean 2, s = 1, half-width t_{0.975, 2} / √3 with t_{0.975, 2} = 4.302652729749462.
    @Test func handComputedInterval() throws {
        let summary = SampleSummary([1, 2, 3])
        #expect(summary.mean == 2 && summary.standardDeviation == 1)
        let halfWidth = try #require(summary.halfWidth)
        #expect(halfWidth.isApproximatelyEqual(to: 4.302652729749462 / 3.0.squareRoot(), relativeTolerance: 1e-9))
    }

    @Test func singleValueHasNoInterval() {
        let summary = SampleSummary([5])
        #expect(summary.mean == 5 && summary.standardDeviation == nil && summary.halfWidth == nil)
    }
}
