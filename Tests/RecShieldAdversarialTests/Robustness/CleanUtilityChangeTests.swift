import Foundation
import Numerics
import Testing
@testable import RecShieldAdversarial

@Suite struct CleanUtilityChangeTests {
    @Test func degradationIsPositiveWhenTheModelGotWorse() throws {
        let ndcg = CleanUtilityChange(metric: "NDCG@10", before: 0.4, after: 0.3, higherIsBetter: true)
        #expect(try #require(ndcg.relativeChange).isApproximatelyEqual(to: -0.25))
        #expect(try #require(ndcg.relativeDegradation).isApproximatelyEqual(to: 0.25))
        let rmse = CleanUtilityChange(metric: "RMSE", before: 0.9, after: 0.99, higherIsBetter: false)
        #expect(try #require(rmse.relativeChange).isApproximatelyEqual(to: 0.1))
        #expect(try #require(rmse.relativeDegradation).isApproximatelyEqual(to: 0.1))
    }

    @Test func noRelativeChangeFromZero() throws {
        let change = CleanUtilityChange(metric: "HR@10", before: 0, after: 0.1, higherIsBetter: true)
        #expect(change.relativeChange == nil && change.relativeDegradation == nil)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let json = String(decoding: try encoder.encode(CleanUtilityChange(metric: "RMSE", before: 1, after: 2, higherIsBetter: false)), as: UTF8.self)
        #expect(json == #"{"after":2,"before":1,"higher_is_better":false,"metric":"RMSE","relative_change":1,"relative_degradation":1}"#)
    }
}
