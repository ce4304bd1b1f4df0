import RecShieldCore
import Testing
@testable import RecShieldAdversarial

@Suite struct ScoringFunctionDetectorTests {
    @Test func aRealProbabilityBecomesASuspicionScore() throws {
        // A discriminator's P(real) per user of the hand-made data (4 users).
        let detector = ScoringFunctionDetector.fromRealProbability(name: "discriminator") { _ in [0.9, 0.2, 0.6, 0.45] }
        let result = try detector.detect(in: DetectionFixtures.handMade)
        #expect(result.scores.map { ($0 * 100).rounded() / 100 } == [0.1, 0.8, 0.4, 0.55])
        #expect(result.probabilities == result.scores)
        #expect(result.flaggedUsers == [1, 3])
    }

    @Test func scoresOnAnyScaleAreRankCalibrated() throws {
        let detector = ScoringFunctionDetector(name: "external", calibration: .rank, defaultDecision: .topN(1)) { _ in [3, 10, -2, 7] }
        let result = try detector.detect(in: DetectionFixtures.handMade)
        #expect(result.probabilities == [0.375, 0.875, 0.125, 0.625])
        #expect(result.flaggedUsers == [1])
    }

    @Test func wrongCountsNaNAndProbabilitiesOutsideTheUnitIntervalAreErrors() {
        let short = ScoringFunctionDetector(name: "short") { _ in [0.5] }
        #expect(throws: DataError.self) { try short.detect(in: DetectionFixtures.handMade) }
        let outside = ScoringFunctionDetector(name: "outside") { _ in [0.5, 2, 0.1, 0.2] }
        #expect(throws: DataError.self) { try outside.detect(in: DetectionFixtures.handMade) }
        let nan = ScoringFunctionDetector(name: "nan", calibration: .rank) { _ in [0.5, .nan, 0.1, 0.2] }
        #expect(throws: DataError.self) { try nan.detect(in: DetectionFixtures.handMade) }
    }

    @Test func usersWithoutInteractionsAreNeverFlagged() throws {
        var data = DetectionFixtures.handMade
        data.userIDs.insert("silent")
        let detector = ScoringFunctionDetector(name: "all") { data in [Double](repeating: 1, count: data.userCount) }
        let result = try detector.detect(in: data)
        #expect(result.flagged == [true, true, true, true, false])
        #expect(result.scores[4] == -.infinity && result.probabilities[4] == 0)
        #expect(result.ranking == [0, 1, 2, 3])
    }
}
