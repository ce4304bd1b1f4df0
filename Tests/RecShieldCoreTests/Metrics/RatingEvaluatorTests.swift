import Numerics
import RecShieldCore
import RecShieldTestSupport
import Testing

@Suite struct RatingEvaluatorTests {
    let model = FixedScoreRecommender([[3.5, 0, 6.0], [1.0, 4.0, 0]])
    /// True ratings (0,0)=4, (0,2)=5, (1,0)=1, (1,1)=3.
    let test = SparseMatrix(rowCount: 2, columnCount: 3, rows: [0, 0, 1, 1], columns: [0, 2, 0, 1], values: [4, 5, 1, 3])

    @Test func handComputedErrors() {
        // Errors r̂ − r: −0.5, +1, 0, +1. SSE = 0.25 + 1 + 0 + 1 = 2.25 → RMSE = √(2.25/4) = 0.75;
        // Σ|e| = 2.5 → MAE = 0.625.
        let result = RatingEvaluator(threads: 1).evaluate(model, test: test)
        #expect(result.count == 4)
        #expect(result.rmse.isApproximatelyEqual(to: 0.75))
        #expect(result.mae.isApproximatelyEqual(to: 0.625))
        #expect(result.value(of: .rmse) == result.rmse)
        #expect(result.value(of: .mae) == result.mae)
    }

    @Test func clippingClampsPredictions() {
        // With 1…5, the prediction 6 becomes 5: errors −0.5, 0, 0, +1 → SSE 1.25, RMSE √0.3125;
        // Σ|e| = 1.5 → MAE 0.375.
        let result = RatingEvaluator(clipping: 1...5, threads: 1).evaluate(model, test: test)
        #expect(result.rmse.isApproximatelyEqual(to: 0.3125.squareRoot()))
        #expect(result.mae.isApproximatelyEqual(to: 0.375))
    }

    @Test func resultsDoNotDependOnTheThreadCount() {
        var generator = Xoshiro256StarStar(seed: 4)
        let table = (0..<30).map { _ in (0..<20).map { _ in 1 + 4 * generator.nextUnitFloat() } }
        var rows: [Int32] = [], columns: [Int32] = [], ratings: [Float] = []
        for user in 0..<30 {
            for item in 0..<20 where generator.nextIndex(below: 3) == 0 {
                rows.append(Int32(user))
                columns.append(Int32(item))
                ratings.append(Float(1 + generator.nextIndex(below: 5)))
            }
        }
        let ratingsMatrix = SparseMatrix(rowCount: 30, columnCount: 20, rows: rows, columns: columns, values: ratings)
        let model = FixedScoreRecommender(table)
        let single = RatingEvaluator(threads: 1).evaluate(model, test: ratingsMatrix)
        #expect(RatingEvaluator(threads: 4).evaluate(model, test: ratingsMatrix) == single)
    }

    @Test func unratedTestSetIsAnError() throws {
        let users = try IDMap(rawIDs: ["a", "b"])
        let items = try IDMap(rawIDs: ["x", "y", "z"])
        let unrated = InteractionDataset(userIDs: users, itemIDs: items, users: [0], items: [1])
        #expect(throws: DataError.self) { try RatingEvaluator().evaluate(model, test: unrated) }
        let rated = InteractionDataset(userIDs: users, itemIDs: items, users: [0, 1], items: [0, 1], ratings: [4, 3])
        // Errors −0.5 and +1 → MAE 0.75.
        #expect(try RatingEvaluator().evaluate(model, test: rated).mae.isApproximatelyEqual(to: 0.75))
    }
}
