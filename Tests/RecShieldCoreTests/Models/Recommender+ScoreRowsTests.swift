import Testing
@testable import RecShieldCore

@Suite struct RecommenderScoreRowsTests {
    /// Rows come in the order asked, equal to single-user scoring, across block boundaries
    /// (3,000 items give blocks of 87 users) and with repeated users.
    @Test func rowsMatchSingleUserScoringInOrder() {
        var generator = Xoshiro256StarStar(seed: 5)
        let users = FactorMatrix(rowCount: 200, columnCount: 8, standardDeviation: 1, using: &generator)
        let items = FactorMatrix(rowCount: 3_000, columnCount: 8, standardDeviation: 1, using: &generator)
        let model = BPRMatrixFactorization(
            configuration: .init(training: TrainingConfiguration(factors: 8)),
            userIDs: IDMap.positional(count: 200), itemIDs: IDMap.positional(count: 3_000),
            userFactors: users, itemFactors: items, itemBiases: [Float](repeating: 0.5, count: 3_000))
        let asked = Array(0..<200) + [7, 7, 199]
        var seen: [Int] = []
        model.forEachScoreRow(of: asked) { index, user, scores in
            #expect(index == seen.count)
            seen.append(user)
            #expect(Array(scores).map(\.bitPattern) == model.scores(for: user).map(\.bitPattern))
        }
        #expect(seen == asked)
    }
}
