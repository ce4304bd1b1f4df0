import Numerics
import Testing
@testable import RecShieldCore

@Suite struct LogisticTests {
    @Test(arguments: [-12, -3, -0.5, 0, 0.25, 2, 9] as [Float])
    func sigmoidMatchesDefinition(x: Float) {
        let expected = 1 / (1 + Double.exp(-Double(x)))
        #expect(Double(Logistic.sigmoid(x)).isApproximatelyEqual(to: expected, relativeTolerance: 1e-6))
        #expect(Logistic.sigmoid(-x).isApproximatelyEqual(to: 1 - Logistic.sigmoid(x), absoluteTolerance: 1e-7))
    }

    @Test func sigmoidSaturatesWithoutNaN() {
        #expect(Logistic.sigmoid(1_000) == 1)
        #expect(Logistic.sigmoid(-1_000) == 0)
        #expect(Logistic.sigmoid(-100) > 0)
    }

    @Test(arguments: [-200, -20, -1, 0, 1.5, 20, 200] as [Float])
    func softplusIsLogOnePlusExp(x: Float) {
        // Reference: log(1 + eˣ) in Double, or x itself where eˣ dwarfs 1.
        let xd = Double(x)
        let expected = xd > 30 ? xd : Double.log(onePlus: Double.exp(xd))
        #expect(Double(Logistic.softplus(x)).isApproximatelyEqual(
            to: expected, absoluteTolerance: 1e-30, relativeTolerance: 1e-6))
    }
}
