import RecShieldCore
import RecShieldTestSupport
import Testing

@Suite struct RecommenderTests {
    @Test func blockScoringDefaultFillsOneRowPerUserInOrder() {
        let model = FixedScoreRecommender([[1, 2, 3], [4, 5, 6], [7, 8, 9]])
        var block = [Float](repeating: 0, count: 9)
        block.withUnsafeMutableBufferPointer { model.scores(forUsers: [2, 0, 2], into: $0) }
        #expect(block == [7, 8, 9, 1, 2, 3, 7, 8, 9])
    }
}
