import Numerics
import Testing
@testable import RecShieldAdversarial

@Suite struct RobustZScoreTests {
    @Test func distancesFromTheMedianInScaledMADs() {
        // Values 1, 2, 3, 4, 100: median 3, |x − 3| = 2, 1, 0, 1, 97 → MAD 1, scale 1.4826.
        let z = RobustZScore.scores([1, 2, 3, 4, 100])
        let expected = [-2, -1, 0, 1, 97].map { $0 / 1.4826 }
        for (actual, value) in zip(z, expected) { #expect(actual.isApproximatelyEqual(to: value, relativeTolerance: 1e-12)) }
    }

    @Test func aZeroMADFallsBackToTheMeanAbsoluteDeviation() {
        // 0, 0, 0, 0, 5: MAD 0; mean |x − 0| = 1 → scale 1.2533.
        let z = RobustZScore.scores([0, 0, 0, 0, 5])
        #expect(z[4].isApproximatelyEqual(to: 5 / 1.2533, relativeTolerance: 1e-12) && z[0] == 0)
        #expect(RobustZScore.scores([2, 2, 2]) == [0, 0, 0])
    }

    @Test func excludedValuesNeitherCountNorScore() {
        // The 1000 is excluded: median of 1, 2, 3 is 2, MAD 1.
        let z = RobustZScore.scores([1, 1000, 2, 3], included: [true, false, true, true])
        #expect(z[1] == 0)
        #expect(z[3].isApproximatelyEqual(to: 1 / 1.4826, relativeTolerance: 1e-12))
    }

    @Test func medianOfEvenCountsAveragesTheMiddle() {
        #expect(RobustZScore.median([4, 1, 3, 2]) == 2.5)
        #expect(RobustZScore.median([5]) == 5)
    }
}
