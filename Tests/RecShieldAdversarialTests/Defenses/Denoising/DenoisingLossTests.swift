import Numerics
import Testing
@testable import RecShieldAdversarial
import RecShieldCore

@Suite struct DenoisingLossTests {
    @Test(arguments: [(10, 0.2, 2), (10, 0.29, 2), (7, 0.5, 3), (128, 0.2, 25), (5, 0, 0)])
    func droppedCountRoundsDown(positives: Int, rate: Double, expected: Int) {
        #expect(DenoisingLoss.droppedCount(positives: positives, rate: rate) == expected)
    }

    @Test func weightIsTheProbabilityToTheExponent() {
        #expect(DenoisingLoss.weight(probability: 0.25, exponent: 0.5).isApproximatelyEqual(to: 0.5, relativeTolerance: 1e-6))
        #expect(DenoisingLoss.weight(probability: 0.9, exponent: 1) == 0.9)
        #expect(DenoisingLoss.weight(probability: 0, exponent: 0) == 1, "β = 0 is the plain loss")
    }

    @Test func largestPicksTheBiggestLossesWithTiesInPositionOrderAndNaNFirst() {
        let losses: [Float] = [0.5, 2, 0.1, 2, .nan, 1]
        #expect(DenoisingLoss.largest(3, of: losses) == [4, 1, 3])
        #expect(DenoisingLoss.largest(0, of: losses).isEmpty)
        #expect(DenoisingLoss.largest(9, of: [1, 3]) == [1, 0])
    }

    @Test func badParametersAreRejected() {
        #expect(throws: ModelError.self) { try DenoisingLoss.reweighted(exponent: -0.5).validate() }
        #expect(throws: ModelError.self) { try DenoisingLoss.truncated(DropRateSchedule(maximumRate: 2)).validate() }
    }
}
