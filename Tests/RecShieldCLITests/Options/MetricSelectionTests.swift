import RecShield
import Testing
@testable import RecShieldCLI

@Suite struct MetricSelectionTests {
    @Test func metricsWithCutoffsRepeatPerCutoffInTheOrderGiven() throws {
        let selection = try MetricSelection(metrics: "ndcg, mrr,hr,rmse", cutoffs: "5, 10")
        #expect(selection.ranking == [.ndcg(5), .ndcg(10), .meanReciprocalRank, .hitRatio(5), .hitRatio(10)])
        #expect(selection.rating == [.rmse])
    }

    @Test func repeatsAreDropped() throws {
        let selection = try MetricSelection(metrics: "hr,HR,mae,mae,auc,auc", cutoffs: "10,10")
        #expect(selection.ranking == [.hitRatio(10), .auc] && selection.rating == [.mae])
    }

    @Test func theStandardSetAddsRatingErrorsForRatingModels() {
        let implicit = MetricSelection.standard(predictsRatings: false)
        #expect(implicit.ranking.map(\.name) == ["HR@10", "HR@20", "NDCG@10", "NDCG@20", "Recall@10", "Recall@20"])
        #expect(implicit.rating.isEmpty)
        #expect(MetricSelection.standard(predictsRatings: true).rating == [.rmse, .mae])
    }

    @Test(arguments: [
        ("hr,foo", "10", "--metrics: unknown metric 'foo'"),
        ("hr", "10,0", "--cutoffs: '0' is not a whole number of at least 1"),
        ("hr", "ten", "--cutoffs: 'ten' is not a whole number of at least 1"),
        ("hr,", "10", "--metrics: unknown metric ''"),
    ])
    func badValuesSayWhatIsWrong(metrics: String, cutoffs: String, message: String) {
        #expect {
            try MetricSelection(metrics: metrics, cutoffs: cutoffs)
        } throws: { error in
            String(describing: error).hasPrefix(message)
        }
    }

    @Test func keysAreLowerCaseNames() {
        #expect(MetricSelection.key(RankingMetric.hitRatio(10).name) == "hr@10")
        #expect(MetricSelection.key(RankingMetric.meanReciprocalRank.name) == "mrr")
        #expect(MetricSelection.key(RatingMetric.rmse.name) == "rmse")
    }
}
