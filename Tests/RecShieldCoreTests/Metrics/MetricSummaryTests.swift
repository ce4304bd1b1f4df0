import Numerics
import RecShieldCore
import Testing

@Suite struct MetricSummaryTests {
    @Test func handComputedSummary() throws {
        // Values 1, 0, 0, 1, 1: mean 0.6; Σ(x−x̄)² = 3·0.16 + 2·0.36 = 1.2; s = √(1.2/4) = 0.5477226;
        // t_{0.975,4} = 2.7764451; half-width = 2.7764451 · 0.5477226 / √5 = 0.6800874.
        let summary = MetricSummary(values: [1, 0, 0, 1, 1])
        #expect(summary.count == 5)
        #expect(summary.mean.isApproximatelyEqual(to: 0.6, absoluteTolerance: 1e-12))
        #expect(summary.standardDeviation.isApproximatelyEqual(to: 0.3.squareRoot(), absoluteTolerance: 1e-12))
        let interval = try #require(summary.confidenceInterval)
        #expect(interval.lowerBound.isApproximatelyEqual(to: 0.6 - 0.6800873807, absoluteTolerance: 1e-8))
        #expect(interval.upperBound.isApproximatelyEqual(to: 0.6 + 0.6800873807, absoluteTolerance: 1e-8))
        #expect(try #require(summary.marginOfError).isApproximatelyEqual(to: 0.6800873807, absoluteTolerance: 1e-8))
    }

    @Test func tooFewValuesHaveNoInterval() {
        #expect(MetricSummary(values: []).confidenceInterval == nil)
        #expect(MetricSummary(values: []).mean == 0)
        let single = MetricSummary(values: [0.25])
        #expect(single.mean == 0.25)
        #expect(single.standardDeviation == 0)
        #expect(single.confidenceInterval == nil)
    }

    @Test func identicalValuesHaveAZeroWidthInterval() {
        let summary = MetricSummary(values: [0.5, 0.5, 0.5])
        #expect(summary.confidenceInterval == 0.5...0.5)
    }
}
