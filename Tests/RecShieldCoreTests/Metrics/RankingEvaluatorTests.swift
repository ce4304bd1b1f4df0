import Numerics
import RecShieldCore
import RecShieldTestSupport
import Testing

@Suite struct RankingEvaluatorTests {
    /// User 0: a strictly decreasing row; trains on item 0, holds out item 2.
    /// User 1: nothing held out (not evaluated).
    /// User 2: ties at 0.5; trains on item 5, holds out items 1 and 4.
    let model = FixedScoreRecommender([
        [0.9, 0.8, 0.7, 0.6, 0.5, 0.4],
        [0.1, 0.2, 0.3, 0.4, 0.5, 0.6],
        [0.1, 0.5, 0.5, 0.5, 0.2, 0.3],
    ])
    let training = SparseMatrix(rowCount: 3, columnCount: 6, rows: [0, 1, 2], columns: [0, 3, 5], values: nil)
    let test = SparseMatrix(rowCount: 3, columnCount: 6, rows: [0, 2, 2], columns: [2, 1, 4], values: nil)

    func expectValues(_ result: RankingEvaluation, _ metric: RankingMetric, _ expected: [Double]) throws {
        let values = try #require(result.values(of: metric))
        #expect(values.count == expected.count)
        for (value, wanted) in zip(values, expected) {
            #expect(value.isApproximatelyEqual(to: wanted, absoluteTolerance: 1e-12), "\(metric): \(values) vs \(expected)")
        }
    }

    /// A random factor-like model with ties, and random training/test rows, for invariance tests.
    static func randomCase(users: Int, items: Int, seed: UInt64) -> (FixedScoreRecommender, SparseMatrix, SparseMatrix) {
        var generator = Xoshiro256StarStar(seed: seed)
        let table = (0..<users).map { _ in (0..<items).map { _ in Float(generator.nextIndex(below: 40)) / 8 } }
        var trainRows: [Int32] = [], trainColumns: [Int32] = [], testRows: [Int32] = [], testColumns: [Int32] = []
        for user in 0..<users {
            let items = Array(0..<Int32(items)).shuffled(using: &generator)
            let heldOut = generator.nextIndex(below: 4)
            let trained = 3 + generator.nextIndex(below: 10)
            testRows += Array(repeating: Int32(user), count: heldOut)
            testColumns += items[0..<heldOut]
            trainRows += Array(repeating: Int32(user), count: trained)
            trainColumns += items[heldOut..<(heldOut + trained)]
        }
        return (
            FixedScoreRecommender(table),
            SparseMatrix(rowCount: users, columnCount: items, rows: trainRows, columns: trainColumns, values: nil),
            SparseMatrix(rowCount: users, columnCount: items, rows: testRows, columns: testColumns, values: nil)
        )
    }
}

// MARK: - Full ranking, hand-computed

extension RankingEvaluatorTests {
    @Test func fullRankingHandComputed() throws {
        let evaluator = try RankingEvaluator(
            metrics: [.hitRatio(1), .hitRatio(3), .ndcg(2), .ndcg(5), .meanReciprocalRank, .auc], threads: 1)
        let result = evaluator.evaluate(model, test: test, training: training)
        #expect(result.users == [0, 2])
        // User 0: candidates 1…5 (item 0 excluded); item 2 (0.7) is behind item 1 (0.8) → rank 2.
        //   HR@1 0, HR@3 1, NDCG@2 = NDCG@5 = 1/log₂3, MRR 1/2, AUC: 3 of 4 negatives below → 0.75.
        // User 2: negatives 0, 2, 3 (item 5 excluded). Item 1 (0.5) ties with items 2, 3 and
        //   ranks behind them: 3; item 4 (0.2): 2 + |{0.5, 0.5}| = 4.
        //   HR@1 0, HR@3 1, NDCG@2 0, NDCG@5 = (1/log₂4 + 1/log₂5)/(1 + 1/log₂3) = 0.5706417,
        //   MRR 1/3, AUC: item 1 beats item 0 and ties two (1 + ½·2), item 4 beats item 0 (1):
        //   3 / (2·3) = 0.5.
        try expectValues(result, .hitRatio(1), [0, 0])
        try expectValues(result, .hitRatio(3), [1, 1])
        try expectValues(result, .ndcg(2), [1 / Double.log2(3.0), 0])
        try expectValues(result, .ndcg(5), [1 / Double.log2(3.0), 0.5706417189553201])
        try expectValues(result, .meanReciprocalRank, [0.5, 1.0 / 3])
        try expectValues(result, .auc, [0.75, 0.5])
        #expect(try #require(result.mean(of: .meanReciprocalRank)).isApproximatelyEqual(to: (0.5 + 1.0 / 3) / 2))
    }

    @Test func trainingItemsStayCandidatesWhenNotExcluded() throws {
        // User 0 without exclusion: items 0 (0.9) and 1 (0.8) are ahead of item 2 → rank 3.
        let evaluator = try RankingEvaluator(metrics: [.meanReciprocalRank], excludesTrainingItems: false, threads: 1)
        try expectValues(evaluator.evaluate(model, test: test, training: training), .meanReciprocalRank, [1.0 / 3, 1.0 / 3])
        // Without any training matrix the same holds.
        try expectValues(RankingEvaluator(metrics: [.meanReciprocalRank], threads: 1).evaluate(model, test: test),
                         .meanReciprocalRank, [1.0 / 3, 1.0 / 3])
    }

    @Test func heldOutItemAlsoInTrainingIsStillRanked() throws {
        // User 0 trains on items 0 and 2 and holds out item 2: item 2 stays held out, item 0 is
        // excluded, so item 2 is again behind item 1 only → rank 2.
        let overlapping = SparseMatrix(rowCount: 3, columnCount: 6, rows: [0, 0], columns: [0, 2], values: nil)
        let result = try RankingEvaluator(metrics: [.meanReciprocalRank], threads: 1).evaluate(model, test: test, training: overlapping)
        try expectValues(result, .meanReciprocalRank, [0.5, 1.0 / 3])
    }

    @Test func interactionDatasetsGiveTheSameResultAsMatrices() throws {
        let users = try IDMap(rawIDs: ["a", "b", "c"])
        let items = try IDMap(rawIDs: ["i0", "i1", "i2", "i3", "i4", "i5"])
        let testSet = InteractionDataset(userIDs: users, itemIDs: items, users: [0, 2, 2], items: [2, 1, 4])
        let trainingSet = InteractionDataset(userIDs: users, itemIDs: items, users: [0, 1, 2], items: [0, 3, 5])
        let evaluator = try RankingEvaluator(metrics: RankingMetric.standard(cutoffs: [2]), threads: 1)
        #expect(evaluator.evaluate(model, test: testSet, training: trainingSet)
            == evaluator.evaluate(model, test: test, training: training))
    }
}

// MARK: - Sampled protocol

extension RankingEvaluatorTests {
    @Test func sampledProtocolUsesEveryFreeItemWhenThereAreFewerThanAsked() throws {
        // User 0 never touched items 1, 3, 4, 5: item 2 (0.7) is behind item 1 only → rank 2.
        // User 2 never touched items 0, 2, 3. Item 1 (0.5) against {0.1, 0.5, 0.5}: rank 3;
        // item 4 (0.2) alone against the same three: rank 3. Mean over the user's items.
        let evaluator = try RankingEvaluator(
            metrics: [.hitRatio(2), .meanReciprocalRank], protocol: .sampled(negatives: 99, seed: 1), threads: 1)
        let result = evaluator.evaluate(model, test: test, training: training)
        try expectValues(result, .hitRatio(2), [1, 0])
        try expectValues(result, .meanReciprocalRank, [0.5, 1.0 / 3])
    }

    @Test func sampledProtocolIsReproducibleForASeedAndThreadCount() throws {
        let (model, training, test) = Self.randomCase(users: 40, items: 150, seed: 9)
        let metrics = RankingMetric.standard(cutoffs: [5])
        func run(seed: UInt64, threads: Int) throws -> RankingEvaluation {
            try RankingEvaluator(metrics: metrics, protocol: .sampled(negatives: 20, seed: seed), threads: threads)
                .evaluate(model, test: test, training: training)
        }
        let reference = try run(seed: 4, threads: 1)
        #expect(try run(seed: 4, threads: 1) == reference)
        #expect(try run(seed: 4, threads: 3) == reference)
        #expect(try run(seed: 5, threads: 1) != reference)
    }
}

// MARK: - Parameters and threads

extension RankingEvaluatorTests {
    @Test func invalidCutoffsAndNegativeCountsAreErrors() {
        #expect(throws: DataError.invalidParameter(name: "cut-off of NDCG@0", value: "0", expected: "an integer of at least 1")) {
            try RankingEvaluator(metrics: [.hitRatio(5), .ndcg(0)])
        }
        #expect(throws: DataError.self) { try RankingEvaluator(metrics: [.auc], protocol: .sampled(negatives: 0, seed: 1)) }
    }
}

extension RankingEvaluatorTests {
    @Test(arguments: [2, 3, 7, 64])
    func resultsDoNotDependOnTheThreadCount(threads: Int) throws {
        let (model, training, test) = Self.randomCase(users: 45, items: 130, seed: 2)
        let metrics = RankingMetric.standard(cutoffs: [1, 10])
        let single = try RankingEvaluator(metrics: metrics, threads: 1).evaluate(model, test: test, training: training)
        let parallel = try RankingEvaluator(metrics: metrics, threads: threads).evaluate(model, test: test, training: training)
        #expect(parallel == single)
        #expect(single.users.count == (0..<45).filter { test.count(ofRow: $0) > 0 }.count)
    }
}
