import Numerics
import RecShieldCore
import Testing
@testable import RecShieldAdversarial

@Suite struct TargetImpactTests {
    /// Three real users, five items; u0 trained on {0}, u1 on {1, 4}, u2 on {4}.
    static let training = SparseMatrix(rowCount: 3, columnCount: 5, rows: [0, 1, 1, 2], columns: [0, 1, 4, 4], values: nil)
    static let before = FixedScoreRecommender(table: [
        [0.9, 0.5, 0.4, 0.3, 0.2],
        [0.1, 0.9, 0.3, 0.3, 0.8],
        [0.2, 0.2, 0.6, 0.1, 0.7],
    ])
    /// The poisoned model also knows a fake user (row 3), which must be ignored.
    static let after = FixedScoreRecommender(table: [
        [0.9, 0.5, 0.4, 0.6, 0.2],
        [0.1, 0.9, 0.3, 0.7, 0.8],
        [0.2, 0.2, 0.6, 0.65, 0.7],
        [1, 1, 1, 1, 1],
    ])

    /// Hand computation for targets 3 and 4, K = 1 and 2:
    ///
    /// ```
    /// target 3, U_3 = {u0, u1, u2}
    ///   before: u0 ranks 3 (items 1, 2 ahead), u1 ranks 2 (item 2 ties at 0.3 with a lower index),
    ///           u2 ranks 4 (items 0, 1, 2 ahead)                 → HR@1 0, HR@2 1/3, mean rank 3
    ///   after:  rank 1 for all three                             → HR@1 1, HR@2 1,   mean rank 1
    ///   shift:  (0.6 − 0.3) + (0.7 − 0.3) + (0.65 − 0.1) = 1.25
    /// target 4, U_4 = {u0} (u1 and u2 trained on it)
    ///   before and after: rank 4 (items 1, 2, 3 ahead)          → HR 0, shift 0
    /// HR@1 = (0 + 0)/2 → (1 + 0)/2 = 0.5;  HR@2 = (1/3 + 0)/2 = 1/6 → 0.5
    /// shift = (1.25 + 0) / 4 pairs = 0.3125;  mean rank (3+2+4+4)/4 = 3.25 → (1+1+1+4)/4 = 1.75
    /// ```
    @Test func handComputedImpact() throws {
        let impact = try TargetImpact.measure(
            before: Self.before, after: Self.after, training: Self.training, targets: [3, 4], cutoffs: [1, 2])
        #expect(impact.evaluatedPairs == 4)
        let at1 = try #require(impact.hitRatio(at: 1))
        let at2 = try #require(impact.hitRatio(at: 2))
        #expect(at1.before == 0 && at1.after.isApproximatelyEqual(to: 0.5))
        #expect(at2.before.isApproximatelyEqual(to: 1.0 / 6) && at2.after.isApproximatelyEqual(to: 0.5))
        #expect(impact.predictionShift.isApproximatelyEqual(to: 0.3125, absoluteTolerance: 1e-6))
        #expect(impact.meanRankBefore.isApproximatelyEqual(to: 3.25) && impact.meanRankAfter.isApproximatelyEqual(to: 1.75))
        #expect(impact.targets.map(\.users) == [3, 1])
        #expect(impact.targets[0].predictionShift.isApproximatelyEqual(to: 1.25 / 3, absoluteTolerance: 1e-6))
        #expect(impact.targets[0].meanRankBefore.isApproximatelyEqual(to: 3) && impact.targets[1].meanRankAfter == 4)
    }

    @Test func resultsDoNotDependOnTheThreadCount() throws {
        var generator = Xoshiro256StarStar(seed: 3)
        let users = 40
        let items = 25
        func table(_ rows: Int) -> [[Float]] {
            (0..<rows).map { _ in (0..<items).map { _ in Float(generator.nextIndex(below: 8)) / 8 } }
        }
        let before = FixedScoreRecommender(table: table(users))
        let after = FixedScoreRecommender(table: table(users + 5))
        var rows: [Int32] = []
        var columns: [Int32] = []
        for user in 0..<users {
            for item in 0..<items where generator.nextIndex(below: 4) == 0 {
                rows.append(Int32(user))
                columns.append(Int32(item))
            }
        }
        let training = SparseMatrix(rowCount: users, columnCount: items, rows: rows, columns: columns, values: nil)
        let impacts = try [1, 2, 3, 7].map {
            try TargetImpact.measure(before: before, after: after, training: training, targets: [0, 5, 24], cutoffs: [3, 5], threads: $0)
        }
        #expect(impacts.allSatisfy { $0 == impacts[0] })
        // The rank rule agrees with the recommendation list of the Recommender extension.
        for target in [0, 5, 24] {
            var hits = 0
            var measured = 0
            for user in 0..<users where training.count(ofRow: user) > 0 && !training.contains(row: user, column: target) {
                measured += 1
                if after.recommendations(for: user, count: 5, excluding: training).contains(where: { $0.item == target }) { hits += 1 }
            }
            let detail = try #require(impacts[0].targets.first { $0.item == target })
            #expect(detail.users == measured)
            #expect(detail.hitRatios[1].after.isApproximatelyEqual(to: Double(hits) / Double(measured)))
        }
    }

    @Test func aNaNTargetScoreRanksLast() {
        let scores: [Float] = [0.5, .nan, 0.1, .nan]
        scores.withUnsafeBufferPointer { buffer in
            #expect(TargetImpact.rank(of: 1, in: buffer, excluding: [0]) == 3)
            #expect(TargetImpact.rank(of: 2, in: buffer, excluding: []) == 2)
        }
    }

    @Test func badInputsAreErrors() {
        func measure(targets: [Int], cutoffs: [Int] = [10], after: FixedScoreRecommender = Self.after) throws {
            _ = try TargetImpact.measure(before: Self.before, after: after, training: Self.training, targets: targets, cutoffs: cutoffs)
        }
        #expect(throws: DataError.self) { try measure(targets: []) }
        #expect(throws: DataError.self) { try measure(targets: [5]) }
        #expect(throws: DataError.self) { try measure(targets: [3], cutoffs: [0]) }
        #expect(throws: DataError.self) { try measure(targets: [3], cutoffs: []) }
        #expect(throws: DataError.self) { try measure(targets: [3], after: FixedScoreRecommender(table: [[1, 2, 3, 4, 5]])) }
        // Only u0 has training data, and it trained on the target: no pair is left to measure.
        #expect(throws: DataError.self) {
            let training = SparseMatrix(rowCount: 3, columnCount: 5, rows: [0], columns: [0], values: nil)
            _ = try TargetImpact.measure(before: Self.before, after: Self.after, training: training, targets: [0])
        }
    }
}
