import Numerics
import RecShieldCore
import Testing
@testable import RecShieldAdversarial

@Suite struct CholeskyFactorTests {
    @Test func solvesASymmetricPositiveDefiniteSystem() throws {
        // M = [[4, 2, 0.4], [2, 5, 1], [0.4, 1, 3]]; x = [1, -2, 0.5] gives b = M x.
        let matrix: [Double] = [4, 2, 0.4, 2, 5, 1, 0.4, 1, 3]
        let x: [Double] = [1, -2, 0.5]
        let b = (0..<3).map { i in (0..<3).reduce(0.0) { $0 + matrix[i * 3 + $1] * x[$1] } }
        let factor = try #require(CholeskyFactor(matrix, dimension: 3))
        for (solved, expected) in zip(factor.solve(b), x) {
            #expect(solved.isApproximatelyEqual(to: expected, absoluteTolerance: 1e-12))
        }
    }

    @Test func rejectsAMatrixThatIsNotPositiveDefinite() {
        #expect(CholeskyFactor([1, 2, 2, 1], dimension: 2) == nil)
        #expect(CholeskyFactor([0], dimension: 1) == nil)
    }
}
