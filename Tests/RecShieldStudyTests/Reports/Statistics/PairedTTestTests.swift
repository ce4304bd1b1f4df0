import Foundation
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
        let t = try #require(test.t)
        #expect(t.isApproximatelyEqual(to: 1.25 / ((2.75 / 3).squareRoot() / 2), relativeTolerance: 1e-12))
        #expect(t.isApproximatelyEqual(to: 2.6111648393354674, relativeTolerance: 1e-12))
        #expect(try #require(test.pValue).isApproximatelyEqual(to: 0.0796049808179063, absoluteTolerance: 1e-10))
    }

    /// Differences 1, 1.5 (two seeds): d̄ = 1.25, s_d = √0.125, t = 1.25 / (s_d / √2) = 5,
    /// ν = 1, p = 2 · (1 − (1/2 + atan(5)/π)) = 0.1256659… — two seeds are enough for a test as
    /// long as their differences are not equal.
    @Test func twoSeedsWithDifferentDifferences() throws {
        let test = try #require(PairedTTest(treated: [2, 3.5], baseline: [1, 2]))
        #expect(try #require(test.t).isApproximatelyEqual(to: 5, relativeTolerance: 1e-12))
        let expected = 1 - 2 * atan(5.0) / Double.pi
        #expect(try #require(test.pValue).isApproximatelyEqual(to: expected, relativeTolerance: 1e-9))
    }

    @Test(arguments: [
        ([2.0, 3.0], [1.0, 2.0], 1.0),  // two seeds, the same non-zero difference
        ([1.0, 5.0, 2.0], [3.0, 7.0, 4.0], -2.0),  // three seeds, the same negative difference
        ([1.0, 2.0], [1.0, 2.0], 0.0),  // identical conditions
        ([0.1 + 0.2, 0.3], [0.3, 0.3], 0.0),  // equal up to rounding
        ([0.1 + 0.2 + 1, 1.3], [0.3, 0.3], 1.0),  // the same difference up to rounding
    ])
    func differencesWithoutSpreadHaveNoTest(treated: [Double], baseline: [Double], mean: Double) throws {
        let test = try #require(PairedTTest(treated: treated, baseline: baseline))
        #expect(test.t == nil && test.pValue == nil)
        #expect(test.meanDifference.isApproximatelyEqual(to: mean, absoluteTolerance: 1e-12))
        #expect(test.n == treated.count && test.degreesOfFreedom == treated.count - 1)
    }

    @Test func fewerThanTwoPairsGiveNoTest() {
        #expect(PairedTTest(treated: [1], baseline: [2]) == nil)
        #expect(PairedTTest(treated: [], baseline: []) == nil)
    }

    @Test func undefinedStatisticsAreNullInJSON() throws {
        let test = try #require(PairedTTest(treated: [2, 3], baseline: [1, 2]))
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let json = String(decoding: try encoder.encode(test), as: UTF8.self)
        #expect(json == #"{"degrees_of_freedom":1,"mean_difference":1,"n":2,"p_value":null,"t":null}"#)
        #expect(try JSONDecoder().decode(PairedTTest.self, from: Data(json.utf8)) == test)
        let defined = try #require(PairedTTest(treated: [2, 4, 5, 4], baseline: [1, 2, 3, 4]))
        let again = try JSONDecoder().decode(PairedTTest.self, from: try encoder.encode(defined))
        #expect(again == defined)
    }
}
