import Testing
@testable import RecShieldAdversarial

@Suite struct SuspicionScoresTests {
    @Test func rankCalibratingFillsThePercentiles() {
        let scores = SuspicionScores(rankCalibrating: [2, 8, 5], isActive: [true, true, true])
        // Ranks 1, 3, 2 of 3 at their midpoints: 0.5/3, 2.5/3, 1.5/3.
        let expected: [Double] = [0.5, 2.5, 1.5].map { $0 / 3 }
        #expect(scores.probabilities == expected)
        #expect(scores.scores == [2, 8, 5])
    }
}
