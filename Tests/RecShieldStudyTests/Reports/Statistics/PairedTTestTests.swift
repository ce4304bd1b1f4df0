import Numerics
import Testing
@testable import RecShieldStudy

@Suite struct PairedTTestTests {
    /// Differences 1, 2, 2, 0: d̄ = 1.25, s_d = √(2.75 / 3), t = 1.25 / (s_d / 2) = 2.6111648…,
    /// ν = 3, p = 0.0796049808… (SciPy's ttest_rel agrees).
    @Test func handComputedExample() throws {
        let test = try #require(PairedTTest(treated: [2, 4, 5, 4], baseline: [1, 2, 3, 4]))
        #expect(test.n == 4 && test.degreesOfFreedom == 3)
        #expect(test.meanDifference == 1.25)
        #expect(test.t.isApproximatelyEqual(to: 1.25 / ((2.75 / 3).squareRoot() / 2), relativeTolerance: 1e-12))
        #expect(test.t.isApproximatelyEqual(to: 2.6111648393354674, relativeTolerance: 1e-12))
        #expect(test.pValue.isApproximatelyEqual(to: 0.0796049808179063, absoluteTolerance: 1e-10))
    }

    @Test func constantDifferences() throws {
        let same = try #require(PairedTTest(treated: [1, 2], baseline: [1, 2]))
        #expect(same.t == 0 && same.pValue == 1)
        let shifted = try #require(PairedTTest(treated: [2, 3], baseline: [1, 2]))
        #expect(shifted.t == .infinity && shifted.pValue == 0)
        #expect(PairedTTest(treated: [1], baseline: [2]) == nil)
        // Regression: equal results that differ by rounding only read as t = ±∞, p = 0.
        let rounded = try #require(PairedTTest(treated: [0.1 + 0.2, 0.3], baseline: [0.3, 0.3]))
        #expect(rounded.t == 0 && rounded.pValue == 1)
    }
}
