import Numerics
import Testing
@testable import RecShieldStudy

@Suite struct IncompleteBetaTests {
    // Reference values from the binomial identity (first row) and SciPy's betainc.
    @Test(arguments: [
        (0.5, 2.0, 3.0, 0.6875),
        (0.3, 0.5, 0.5, 0.36901011956554536),
        (0.9, 10.0, 2.5, 0.8121862743088557),
        (0.001, 0.1, 20.0, 0.7079970084234156),
    ])
    func knownValues(x: Double, a: Double, b: Double, expected: Double) {
        #expect(IncompleteBeta.regularized(x: x, a: a, b: b).isApproximatelyEqual(to: expected, absoluteTolerance: 1e-12))
    }

    @Test func endpointsAndSymmetry() {
        #expect(IncompleteBeta.regularized(x: 0, a: 2, b: 3) == 0)
        #expect(IncompleteBeta.regularized(x: 1, a: 2, b: 3) == 1)
        let left = IncompleteBeta.regularized(x: 0.3, a: 2.5, b: 4)
        let right = IncompleteBeta.regularized(x: 0.7, a: 4, b: 2.5)
        #expect((left + right).isApproximatelyEqual(to: 1, absoluteTolerance: 1e-13))
    }
}
