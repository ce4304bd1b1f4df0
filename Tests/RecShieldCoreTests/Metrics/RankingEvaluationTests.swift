import RecShieldCore
import Testing

@Suite struct RankingEvaluationTests {
    let evaluation = RankingEvaluation(
        metrics: [.hitRatio(10), .auc], rankingProtocol: .fullRanking, users: [1, 4, 6],
        perUserValues: [[1, 0, 1], [0.5, 0.25, 0.75]])

    @Test func looksUpValuesByMetric() {
        #expect(evaluation.values(of: .auc) == [0.5, 0.25, 0.75])
        #expect(evaluation.values(of: .ndcg(10)) == nil)
        #expect(evaluation.mean(of: .auc) == 0.5)
        #expect(evaluation.summary(of: .hitRatio(10)) == MetricSummary(values: [1, 0, 1]))
    }

    @Test func summariesFollowRequestOrder() {
        let summaries = evaluation.summaries
        #expect(summaries.map(\.metric) == [.hitRatio(10), .auc])
        #expect(summaries.map(\.summary.mean) == [2.0 / 3, 0.5])
    }
}
