import RecShieldCore
import Testing
@testable import RecShieldAdversarial

@Suite struct PerturbationOutcomeTests {
    @Test func movedRowsAndTheirMeanNormIgnoreRowsThatStayed() throws {
        let model = try PerturbationFixtures.bpr()
        let outcome = PerturbationOutcome(model: model, deltas: [], cleanLoss: 1, perturbedLoss: 2, rowNorms: [0, 0.5, 0, 1.5])
        #expect(outcome.perturbedRows == 2 && outcome.meanRowNorm == 1)
        let still = PerturbationOutcome(model: model, deltas: [], cleanLoss: 1, perturbedLoss: 1, rowNorms: [0, 0])
        #expect(still.perturbedRows == 0 && still.meanRowNorm == 0)
    }
}
