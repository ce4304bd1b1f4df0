import RecShieldCore
import Testing
@testable import RecShieldAdversarial

@Suite struct UtilityMetricTests {
    @Test func namesAndDirections() {
        #expect(UtilityMetric.ranking(.ndcg(10)).name == "NDCG@10" && UtilityMetric.ranking(.ndcg(10)).higherIsBetter)
        #expect(UtilityMetric.rmse.name == "RMSE" && !UtilityMetric.rmse.higherIsBetter)
    }

    @Test func valuesComeFromTheCoreEvaluatorsInRequestOrder() throws {
        let model = try PerturbationFixtures.bpr()
        let training = PerturbationFixtures.training
        let test = RobustnessCurveTests.test
        let values = try UtilityMetric.evaluate([.ranking(.ndcg(2)), .rmse, .ranking(.hitRatio(2))], of: model, test: test, training: training, threads: 2)
        let ranking = try RankingEvaluator(metrics: [.ndcg(2), .hitRatio(2)], threads: 1).evaluate(model, test: test, training: training)
        #expect(values == [ranking.mean(of: .ndcg(2)), RatingEvaluator(threads: 1).evaluate(model, test: test).rmse, ranking.mean(of: .hitRatio(2))])
    }
}
