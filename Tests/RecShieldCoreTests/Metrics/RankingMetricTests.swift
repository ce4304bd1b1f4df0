import Numerics
import RecShieldCore
import Testing

@Suite struct RankingMetricTests {
    /// Ranks 1 and 3 of m = 2 held-out items among 10 candidates (N = 8 negatives); the second
    /// held-out item has one negative strictly above it.
    let twoHeldOut = HeldOutRanking(ranks: [1, 3], negativesAbove: [0, 1], negativesTied: [0, 0], negativeCount: 8)
    /// Ranks 2, 5, 7 of m = 3 held-out items; N = 10.
    let threeHeldOut = HeldOutRanking(ranks: [2, 5, 7], negativesAbove: [1, 3, 4], negativesTied: [0, 0, 0], negativeCount: 10)

    func expectValue(_ metric: RankingMetric, _ ranking: HeldOutRanking, _ expected: Double) {
        let value = metric.value(for: ranking)
        #expect(value.isApproximatelyEqual(to: expected, absoluteTolerance: 1e-12), "\(metric) = \(value), expected \(expected)")
    }
}

// MARK: - Hand-computed values

extension RankingMetricTests {
    @Test func hitRatio() {
        // r₁ = 1 ≤ 2 → 1.
        expectValue(.hitRatio(2), twoHeldOut, 1)
        // r₁ = 2 > 1 → 0; r₁ = 2 ≤ 5 → 1.
        expectValue(.hitRatio(1), threeHeldOut, 0)
        expectValue(.hitRatio(5), threeHeldOut, 1)
    }

    @Test func precision() {
        // hits₂ = 1 (rank 1) → 1/2; hits₃ = 2 (ranks 1, 3) → 2/3.
        expectValue(.precision(2), twoHeldOut, 0.5)
        expectValue(.precision(3), twoHeldOut, 2.0 / 3)
        // hits₅ = 2 (ranks 2, 5) → 2/5; K = 20 still divides by 20: 3/20.
        expectValue(.precision(5), threeHeldOut, 0.4)
        expectValue(.precision(20), threeHeldOut, 0.15)
    }

    @Test func recall() {
        // hits₂ = 1 of m = 2 → 1/2; hits₃ = 2 of 2 → 1.
        expectValue(.recall(2), twoHeldOut, 0.5)
        expectValue(.recall(3), twoHeldOut, 1)
        // hits₅ = 2 of m = 3 → 2/3.
        expectValue(.recall(5), threeHeldOut, 2.0 / 3)
    }

    @Test func ndcg() {
        // K = 2: DCG = 1/log₂2 = 1; IDCG = 1 + 1/log₂3 = 1.6309298 → 0.6131472.
        expectValue(.ndcg(2), twoHeldOut, 1 / (1 + 1 / Double.log2(3.0)))
        // K = 3: DCG = 1 + 1/log₂4 = 1.5; IDCG = 1.6309298 → 0.9197208.
        expectValue(.ndcg(3), twoHeldOut, 0.9197207891481876)
        // K = 5: DCG = 1/log₂3 + 1/log₂6 = 0.6309298 + 0.3868528 = 1.0177826;
        // IDCG = 1 + 1/log₂3 + 1/log₂4 = 2.1309298 → 0.4776237.
        expectValue(.ndcg(5), threeHeldOut, 0.4776237035032179)
    }

    @Test func meanReciprocalRank() {
        // 1/r₁: 1/1 and 1/2.
        expectValue(.meanReciprocalRank, twoHeldOut, 1)
        expectValue(.meanReciprocalRank, threeHeldOut, 0.5)
    }

    @Test func meanAveragePrecision() {
        // K = 2: (1/min(2,2)) · P@1 = (1/2) · 1 = 0.5.
        expectValue(.meanAveragePrecision(2), twoHeldOut, 0.5)
        // K = 3: (1/2) · (P@1 + P@3) = (1/2) · (1 + 2/3) = 0.8333333.
        expectValue(.meanAveragePrecision(3), twoHeldOut, 5.0 / 6)
        // K = 5: (1/min(3,5)) · (P@2 + P@5) = (1/3) · (1/2 + 2/5) = 0.3.
        expectValue(.meanAveragePrecision(5), threeHeldOut, 0.3)
        // K = 1 < m: divides by min(3,1) = 1, and r₁ = 2 > 1 → 0.
        expectValue(.meanAveragePrecision(1), threeHeldOut, 0)
    }

    @Test func auc() {
        // Item 1 is above all 8 negatives, item 2 above 7 of them: (8 + 7) / (2 · 8) = 0.9375.
        expectValue(.auc, twoHeldOut, 0.9375)
        // One tie instead of one negative above: (8 + 7 + ½) / 16 = 0.96875.
        let tie = HeldOutRanking(ranks: [1, 3], negativesAbove: [0, 0], negativesTied: [0, 1], negativeCount: 8)
        expectValue(.auc, tie, 0.96875)
        // (9 + 7 + 6) / (3 · 10) = 22/30.
        expectValue(.auc, threeHeldOut, 22.0 / 30)
        // No negatives: uninformative ½.
        expectValue(.auc, HeldOutRanking(ranks: [1], negativesAbove: [0], negativesTied: [0], negativeCount: 0), 0.5)
    }
}

// MARK: - Properties

extension RankingMetricTests {
    static let metrics = RankingMetric.standard(cutoffs: [1, 3, 10])

    @Test(arguments: metrics)
    func perfectRankingScoresOne(metric: RankingMetric) {
        for m in [1, 3] {
            let perfect = HeldOutRanking(
                ranks: Array(1...m), negativesAbove: Array(repeating: 0, count: m),
                negativesTied: Array(repeating: 0, count: m), negativeCount: 20)
            let expected: Double
            if case let .precision(k) = metric { expected = Double(min(m, k)) / Double(k) } else
            if case let .recall(k) = metric { expected = Double(min(m, k)) / Double(m) } else { expected = 1 }
            expectValue(metric, perfect, expected)
        }
    }

    @Test(arguments: metrics.filter { $0.cutoff != nil })
    func noHeldOutItemInTheTopKScoresZero(metric: RankingMetric) throws {
        let k = try #require(metric.cutoff)
        let late = HeldOutRanking(ranks: [k + 1, k + 4], negativesAbove: [k, k + 2], negativesTied: [0, 0], negativeCount: 30)
        expectValue(metric, late, 0)
    }

    @Test(arguments: metrics)
    func valuesStayInTheUnitInterval(metric: RankingMetric) {
        var generator = Xoshiro256StarStar(seed: 11)
        for _ in 0..<200 {
            let m = 1 + generator.nextIndex(below: 5)
            var ranks: [Int] = []
            var above: [Int] = []
            var tied: [Int] = []
            var negativesSoFar = 0
            for i in 0..<m {
                let skipped = generator.nextIndex(below: 6)
                let tiedHere = generator.nextIndex(below: 2)
                negativesSoFar += skipped
                above.append(negativesSoFar)
                tied.append(tiedHere)
                ranks.append(i + 1 + negativesSoFar + tiedHere)
                negativesSoFar += tiedHere
            }
            let ranking = HeldOutRanking(ranks: ranks, negativesAbove: above, negativesTied: tied, negativeCount: negativesSoFar + 3)
            let value = metric.value(for: ranking)
            #expect(value >= 0 && value <= 1, "\(metric) = \(value) for ranks \(ranks)")
        }
    }
}

// MARK: - Identity

extension RankingMetricTests {
    @Test func identity() {
        #expect(RankingMetric.ndcg(10).name == "NDCG@10")
        #expect(RankingMetric.ndcg(10).key == "ndcg_10")
        #expect(RankingMetric.hitRatio(20).name == "HR@20")
        #expect(RankingMetric.meanAveragePrecision(5).key == "map_5")
        #expect(RankingMetric.meanReciprocalRank.cutoff == nil)
        #expect(RankingMetric.recall(7).cutoff == 7)
        #expect(RankingMetric.standard(cutoffs: [10]).allSatisfy { $0.higherIsBetter })
        #expect(RankingMetric.standard(cutoffs: [10, 20]).count == 12)
    }

    @Test(arguments: [
        ("NDCG@10", RankingMetric.ndcg(10)), ("ndcg_10", .ndcg(10)), ("hr@20", .hitRatio(20)),
        ("Precision@5", .precision(5)), ("recall_3", .recall(3)), ("MAP@10", .meanAveragePrecision(10)),
        ("MRR", .meanReciprocalRank), ("auc", .auc),
    ])
    func parsesNamesAndKeys(text: String, metric: RankingMetric) {
        #expect(RankingMetric(text) == metric)
        #expect(RankingMetric(metric.name) == metric)
        #expect(RankingMetric(metric.key) == metric)
    }

    @Test(arguments: ["ndcg@0", "ndcg", "ndcg@x", "foo@10", "", "hr@-1"])
    func rejectsUnknownNames(text: String) {
        #expect(RankingMetric(text) == nil)
    }
}
