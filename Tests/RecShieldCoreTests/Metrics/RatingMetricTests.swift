import RecShieldCore
import Testing

@Suite struct RatingMetricTests {
    @Test func identity() {
        #expect(RatingMetric.allCases.map(\.name) == ["RMSE", "MAE"])
        #expect(RatingMetric.allCases.map(\.key) == ["rmse", "mae"])
        #expect(RatingMetric.allCases.allSatisfy { !$0.higherIsBetter })
    }
}
