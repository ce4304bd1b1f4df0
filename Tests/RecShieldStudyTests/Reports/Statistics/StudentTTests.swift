import Numerics
import Testing
@testable import RecShieldStudy

@Suite struct StudentTTests {
    // Closed forms: ν = 1 is Cauchy, F(1) = 3/4; ν = 2 has F(t) = ½ + t / (2√(2 + t²)).
    // Others from SciPy's t.cdf.
    @Test(arguments: [
        (1.0, 1.0, 0.75),
        (2.0, 2.0, 0.908248290463863),
        (-1.5, 5.0, 0.09695184012123664),
        (3.0, 30.0, 0.9973050179671741),
        (0.0, 7.0, 0.5),
    ])
    func cdf(t: Double, degreesOfFreedom: Double, expected: Double) {
        #expect(StudentT.cdf(t, degreesOfFreedom: degreesOfFreedom).isApproximatelyEqual(to: expected, absoluteTolerance: 1e-12))
    }

    // Table values of t_{0.975, ν}.
    @Test(arguments: [(1.0, 12.706204736174694), (4.0, 2.7764451051977934), (10.0, 2.228138851986274)])
    func quantile(degreesOfFreedom: Double, expected: Double) {
        #expect(StudentT.quantile(0.975, degreesOfFreedom: degreesOfFreedom).isApproximatelyEqual(to: expected, relativeTolerance: 1e-9))
        #expect(StudentT.quantile(0.025, degreesOfFreedom: degreesOfFreedom).isApproximatelyEqual(to: -expected, relativeTolerance: 1e-9))
    }

    @Test func twoSidedPValue() {
        #expect(StudentT.twoSidedPValue(0, degreesOfFreedom: 3) == 1)
        #expect(StudentT.twoSidedPValue(-1, degreesOfFreedom: 1).isApproximatelyEqual(to: 0.5, absoluteTolerance: 1e-12))
    }
}
