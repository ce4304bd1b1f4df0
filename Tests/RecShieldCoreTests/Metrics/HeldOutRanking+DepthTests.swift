import RecShieldCore
import Testing

@Suite struct HeldOutRankingDepthTests {
    /// Every metric a depth-limited ranking may serve (cut-offs up to the depth, and MRR) reads
    /// the same value from it as from the full ranking — with ties, NaN and infinite scores, and
    /// held-out counts on both sides of the depth.
    @Test(arguments: [1, 2, 5, 10, 20])
    func depthLimitedRankingGivesEveryMetricWithinTheDepthItsFullValue(depth: Int) {
        var generator = Xoshiro256StarStar(seed: UInt64(depth))
        for trial in 0..<60 {
            let heldOutCount = 1 + generator.nextIndex(below: 40)
            func score() -> Float {
                switch generator.nextIndex(below: 20) {
                case 0: return .nan
                case 1: return -.infinity
                default: return Float(generator.nextIndex(below: trial % 2 == 0 ? 12 : 400))
                }
            }
            let heldOut = (0..<heldOutCount).map { _ in score() }
            let negatives = (0..<150).map { _ in score() }
            negatives.withUnsafeBufferPointer { buffer in
                let full = HeldOutRanking(heldOutScores: heldOut, negatives: buffer)
                let limited = HeldOutRanking(heldOutScores: heldOut, negatives: buffer, depth: depth)
                #expect(limited.heldOutCount == full.heldOutCount && limited.negativeCount == full.negativeCount)
                let metrics: [RankingMetric] = (1...depth).flatMap { k in
                    [.hitRatio(k), .precision(k), .recall(k), .ndcg(k), .meanAveragePrecision(k)]
                } + [.meanReciprocalRank]
                for metric in metrics {
                    #expect(metric.value(for: limited) == metric.value(for: full), "\(metric) trial \(trial)")
                }
                if limited.exactDepth == nil { #expect(limited == full) }
            }
        }
    }

    @Test func aRankingCountedToTheEndIsExact() {
        let negatives: [Float] = [5, 4, 3, 2, 1]
        let ranking = negatives.withUnsafeBufferPointer { HeldOutRanking(heldOutScores: [9, 8], negatives: $0, depth: 3) }
        #expect(ranking.exactDepth == nil && ranking.ranks == [1, 2])
        let deep = negatives.withUnsafeBufferPointer { HeldOutRanking(heldOutScores: [9, 0, -1], negatives: $0, depth: 2) }
        // The second item ranks 7th, below the depth: counting stops there, the third is a bound.
        #expect(deep.exactDepth == 2 && deep.ranks == [1, 7, 8])
    }

    @Test func evaluatorResultsDoNotDependOnWhetherAUCForcesFullRanking() throws {
        var generator = Xoshiro256StarStar(seed: 4)
        let scores = (0..<30).map { _ in (0..<40).map { _ in Float(generator.nextIndex(below: 25)) } }
        let model = FixedScoreRecommenderForDepth(rows: scores)
        var testRows: [Int32] = [], testColumns: [Int32] = []
        for user in 0..<30 {
            for item in 0..<40 where generator.nextIndex(below: 4) == 0 {
                testRows.append(Int32(user))
                testColumns.append(Int32(item))
            }
        }
        let test = SparseMatrix(rowCount: 30, columnCount: 40, rows: testRows, columns: testColumns, values: nil)
        let cutoffMetrics: [RankingMetric] = [.hitRatio(5), .ndcg(10), .recall(10), .meanReciprocalRank]
        let limited = try RankingEvaluator(metrics: cutoffMetrics, threads: 1).evaluate(model, test: test, training: nil)
        let full = try RankingEvaluator(metrics: cutoffMetrics + [.auc], threads: 1).evaluate(model, test: test, training: nil)
        for (index, metric) in cutoffMetrics.enumerated() {
            #expect(limited.perUserValues[index] == full.perUserValues[index], "\(metric)")
        }
    }
}

/// A recommender returning fixed score rows.
private struct FixedScoreRecommenderForDepth: Recommender {
    let rows: [[Float]]
    var userCount: Int { rows.count }
    var itemCount: Int { rows.first?.count ?? 0 }
    func scores(for user: Int, into scores: UnsafeMutableBufferPointer<Float>) {
        for (item, score) in rows[user].enumerated() { scores[item] = score }
    }
}
