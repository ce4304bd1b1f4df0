import Numerics
import RecShieldCore
import Testing

@Suite struct StudentTDistributionTests {
    /// Two-sided 95% critical values from published t tables (and scipy.stats.t.ppf(0.975, ν)).
    @Test(arguments: [
        (1.0, 12.706204736174694), (2, 4.302652729749462), (5, 2.5705818356363146),
        (10, 2.228138851986274), (30, 2.0422724563012378), (100, 1.9839715185235518),
        (1000, 1.9623390808264083), (1_000_000, 1.959966356814107),
    ])
    func quantileMatchesTables(degreesOfFreedom: Double, expected: Double) {
        let value = StudentTDistribution.quantile(0.975, degreesOfFreedom: degreesOfFreedom)
        #expect(value.isApproximatelyEqual(to: expected, relativeTolerance: 1e-9))
    }

    @Test func distributionFunctionMatchesReferenceValues() {
        // scipy.stats.t.cdf(2.0, 3) and t.cdf(-1.5, 7).
        #expect(StudentTDistribution.cumulativeProbability(2.0, degreesOfFreedom: 3)
            .isApproximatelyEqual(to: 0.9303370157205785, relativeTolerance: 1e-10))
        #expect(StudentTDistribution.cumulativeProbability(-1.5, degreesOfFreedom: 7)
            .isApproximatelyEqual(to: 0.088649243494985, relativeTolerance: 1e-10))
    }

    @Test func quantileIsAntisymmetric() {
        let upper = StudentTDistribution.quantile(0.9, degreesOfFreedom: 4)
        #expect(StudentTDistribution.quantile(0.1, degreesOfFreedom: 4) == -upper)
        #expect(StudentTDistribution.quantile(0.5, degreesOfFreedom: 4) == 0)
    }
}
