import RecShieldCore
import Testing
@testable import RecShieldAdversarial

@Suite struct PerturbationBudgetTests {
    func radius(_ budget: PerturbationBudget, _ row: [Float]) -> Float {
        row.withUnsafeBufferPointer { budget.radius(ofRow: $0) }
    }

    @Test func relativeRadiusIsAShareOfTheRowNormInTheSameNorm() {
        #expect(radius(PerturbationBudget(epsilon: 0.5, scale: .relative, norm: .l2), [3, 4]) == 2.5)
        #expect(radius(PerturbationBudget(epsilon: 0.5, scale: .relative, norm: .linf), [3, -4]) == 2)
        #expect(radius(PerturbationBudget(epsilon: 0.5, scale: .relative, norm: .l2), [0, 0]) == 0)
    }

    @Test func absoluteRadiusIsEpsilonForEveryRow() {
        let budget = PerturbationBudget(epsilon: 0.5, scale: .absolute, norm: .l2)
        #expect(radius(budget, [3, 4]) == 0.5)
        #expect(radius(budget, [0, 0]) == 0.5)
    }

    @Test(arguments: [Float(-0.1), .nan, .infinity])
    func badEpsilonIsRejected(epsilon: Float) {
        #expect(throws: DataError.self) { try PerturbationBudget(epsilon: epsilon).validate() }
    }

    @Test func ruleSaysPerRowAndWhichScale() {
        #expect(PerturbationBudget(epsilon: 1, scale: .relative, norm: .l2).rule == "per row, ‖Δ_r‖₂ ≤ ε·‖θ_r‖₂ (relative)")
        #expect(PerturbationBudget(epsilon: 1, scale: .absolute, norm: .linf).rule == "per row, ‖Δ_r‖∞ ≤ ε (absolute)")
    }
}
