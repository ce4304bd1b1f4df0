import Numerics
import Testing
@testable import RecShieldAdversarial

@Suite struct GANScoreCalibrationTests {
    @Test func identityIsTheLogisticFunction() {
        #expect(GANScoreCalibration.identity.probability(score: 0) == 0.5)
        #expect(GANScoreCalibration.identity.probability(score: 2).isApproximatelyEqual(to: 0.8807971, absoluteTolerance: 1e-7))
        #expect(GANScoreCalibration.identity.probability(score: -800) == 0)
    }

    /// Mirror-image scores with equal counts: by symmetry the intercept is 0 and the probabilities
    /// of `s` and `−s` add up to 1.
    @Test func symmetricScoresGiveZeroIntercept() {
        let calibration = GANScoreCalibration.fitted(realScores: [0.5, 1, 2, -0.2], fakeScores: [-0.5, -1, -2, 0.2])
        #expect(calibration.intercept.isApproximatelyEqual(to: 0, absoluteTolerance: 1e-6))
        #expect(calibration.slope > 0)
        #expect((calibration.probability(score: 1) + calibration.probability(score: -1)).isApproximatelyEqual(to: 1, absoluteTolerance: 1e-9))
    }

    /// At Platt's optimum the gradient of the softened cross-entropy vanishes:
    /// `Σ (p_i − t_i)·s_i = 0` and `Σ (p_i − t_i) = 0`.
    @Test func fitIsAStationaryPointOfPlattsObjective() {
        let real: [Float] = [3.1, 2.2, 4.0, 1.5, 2.8, 0.2]
        let fake: [Float] = [1.0, 0.4, 1.9, -0.3, 2.5]
        let calibration = GANScoreCalibration.fitted(realScores: real, fakeScores: fake)
        let positive = 7.0 / 8
        let negative = 1.0 / 7
        var (gradientSlope, gradientIntercept) = (0.0, 0.0)
        for (score, label) in real.map({ ($0, positive) }) + fake.map({ ($0, negative) }) {
            let residual = calibration.probability(score: score) - label
            gradientSlope += residual * Double(score)
            gradientIntercept += residual
        }
        #expect(abs(gradientSlope) < 1e-6 && abs(gradientIntercept) < 1e-6)
        #expect(calibration.probability(score: 3) > calibration.probability(score: 0))
    }

    @Test func perfectlySeparatedScoresKeepAFiniteSlope() {
        let calibration = GANScoreCalibration.fitted(realScores: [10, 11, 12], fakeScores: [-10, -11, -12])
        #expect(calibration.slope.isFinite && calibration.slope > 0)
        #expect(calibration.probability(score: 11) > 0.7 && calibration.probability(score: -11) < 0.3)
    }
}
