import Numerics
import RecShieldCore
import RecShieldTestSupport
import Testing
@testable import RecShieldAdversarial

@Suite struct PoisoningObjectiveTests {
    /// Real users of the perturbation fixture plus two fake rows for the surrogate.
    static func objective(factors: Int, cutoff: Int, targets: [Int]) -> PoisoningObjective {
        let real = PerturbationFixturesBinary.real
        let withFakes = SparseMatrix(
            rowCount: 7, columnCount: 6,
            rows: real.rows + [5, 5, 6, 6], columns: real.columns + [4, 1, 4, 5], values: nil)
        let surrogate = ALSSurrogate(interactions: withFakes, factors: factors, regularization: 0.5, iterations: 4, seed: 3)
        return PoisoningObjective(surrogate: surrogate, real: real.matrix, targets: targets, cutoff: cutoff)
    }

    @Test(arguments: [(factors: 2, cutoff: 1, targets: [4]), (3, 2, [4, 2]), (4, 3, [5])])
    func gradientMatchesCentralFiniteDifferences(factors: Int, cutoff: Int, targets: [Int]) {
        let objective = Self.objective(factors: factors, cutoff: cutoff, targets: targets)
        #expect(!objective.pairs.isEmpty)
        var generator = Xoshiro256StarStar(seed: UInt64(factors))
        var x = (0..<12).map { _ in generator.nextUnitDouble() }
        for f in 0..<2 { for t in targets { x[f * 6 + t] = 1 } }
        let analytic = objective.evaluate(x).gradient
        let numeric = FiniteDifference.gradient(at: x, step: 1e-6) { objective.evaluate($0).loss }
        #expect(FiniteDifference.maximumRelativeError(analytic, numeric) < 1e-5, "\(analytic) vs \(numeric)")
    }

    @Test func pairsAreTheRealUsersWithoutTheTarget() {
        let objective = Self.objective(factors: 2, cutoff: 1, targets: [4])
        // Item 4 belongs to user 2 only; users 0, 1, 3, 4 form the pairs, each with a threshold item
        // that is neither a target nor one of the user's items.
        #expect(objective.pairs.map(\.user) == [0, 1, 3, 4])
        let real = PerturbationFixturesBinary.real.matrix
        for pair in objective.pairs {
            let threshold = objective.involved[pair.threshold]
            #expect(objective.involved[pair.target] == 4 && threshold != 4 && !real.contains(row: pair.user, column: threshold))
        }
    }
}

/// The perturbation fixture's interactions as binary rows.
enum PerturbationFixturesBinary {
    static let real: (matrix: SparseMatrix, rows: [Int32], columns: [Int32]) = {
        let rows: [Int32] = [0, 0, 0, 1, 1, 2, 2, 2, 3, 3, 3, 4]
        let columns: [Int32] = [0, 1, 3, 1, 2, 0, 4, 5, 2, 3, 5, 0]
        return (SparseMatrix(rowCount: 5, columnCount: 6, rows: rows, columns: columns, values: nil), rows, columns)
    }()
}
