import Testing
@testable import RecShieldAdversarial

@Suite struct DetectionResultTests {
    @Test func rankingAndFlaggedUsers() {
        let result = DetectionResult(
            detector: "d", scores: [0.5, -.infinity, 2, 0.5], probabilities: [0.4, 0, 0.9, 0.4],
            isActive: [true, false, true, true], flagged: [false, false, true, true], decision: .topN(2))
        #expect(result.ranking == [2, 0, 3])
        #expect(result.flaggedUsers == [2, 3])
    }
}
