import Numerics
import Testing
@testable import RecShieldAdversarial

@Suite struct AdversarialDirectionTests {
    @Test func scaledRowHasNormEpsilonAlongTheGradient() {
        let scaled = AdversarialDirection.scaled([3, -4], toNorm: 0.5)
        #expect(scaled[0].isApproximatelyEqual(to: 0.3, absoluteTolerance: 1e-7))
        #expect(scaled[1].isApproximatelyEqual(to: -0.4, absoluteTolerance: 1e-7))
    }

    @Test func zeroGradientGivesZeroPerturbation() {
        #expect(AdversarialDirection.scaled([0, 0, 0], toNorm: 2) == [0, 0, 0])
        #expect(AdversarialDirection.scaled([], toNorm: 2) == [])
    }

    @Test func rowsAreScaledIndependently() {
        var values: [Float] = [1, 0, 0, 0, 0, 2]
        values.withUnsafeMutableBufferPointer {
            AdversarialDirection.scaleRows($0.baseAddress!, rows: 3, width: 2, toNorm: 1.5)
        }
        #expect(values == [1.5, 0, 0, 0, 0, 1.5])
    }
}
