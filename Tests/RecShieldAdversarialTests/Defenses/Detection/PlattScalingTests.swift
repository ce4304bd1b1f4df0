import Numerics
import RecShieldCore
import Testing
@testable import RecShieldAdversarial

@Suite struct PlattScalingTests {
    @Test func recoversTheMapThatGeneratedTheLabels() {
        // Labels drawn with P(fake | s) = σ(2s − 1) for s uniform in [−3, 3].
        var generator = Xoshiro256StarStar(seed: 5)
        let scores = (0..<4_000).map { _ in 6 * generator.nextUnitDouble() - 3 }
        let labels = scores.map { generator.nextUnitDouble() < LogisticRegression.sigmoid(2 * $0 - 1) }
        let calibration = PlattScaling(fitting: scores, labels: labels)
        #expect(calibration.slope.isApproximatelyEqual(to: 2, relativeTolerance: 0.15))
        #expect(calibration.intercept.isApproximatelyEqual(to: -1, relativeTolerance: 0.2))
    }

    @Test func separableScoresKeepAFiniteSlope() {
        let calibration = PlattScaling(fitting: [-2, -1, 1, 2], labels: [false, false, true, true])
        #expect(calibration.slope.isFinite && calibration.slope > 0)
        // Softened targets t₊ = 3/4, t₋ = 1/4 bound the fitted probabilities away from 0 and 1.
        #expect(calibration.probability(2) < 0.95 && calibration.probability(-2) > 0.05)
        #expect(calibration.probability(0).isApproximatelyEqual(to: 0.5, absoluteTolerance: 1e-6))
    }

    @Test func probabilitiesStayInsideTheUnitInterval() {
        let calibration = PlattScaling(slope: 50, intercept: 3)
        #expect([-1e9, -10, 0, 10, 1e9].map(calibration.probability).allSatisfy { (0...1).contains($0) })
    }
}
