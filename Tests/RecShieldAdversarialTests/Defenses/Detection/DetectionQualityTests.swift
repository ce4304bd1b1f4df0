import Numerics
import RecShieldCore
import Testing
@testable import RecShieldAdversarial

@Suite struct DetectionQualityTests {
    static func result(scores: [Double], flagged: [Bool], active: [Bool]? = nil) -> DetectionResult {
        DetectionResult(
            detector: "test", scores: scores, probabilities: scores.map { _ in 0.5 },
            isActive: active ?? scores.map { _ in true }, flagged: flagged, decision: .topN(1))
    }

    @Test func countsAndRatesByHand() throws {
        // Users 0…5, fake: 0, 1, 2. Flagged: 0, 1, 3 → TP 2, FP 1, FN 1: precision 2/3, recall 2/3.
        // Scores (fake) 0.9, 0.8, 0.1; (real) 0.8, 0.3, 0.1. Mid-ranks ascending: 0.1 ×2 → 1.5,
        // 0.3 → 3, 0.8 ×2 → 4.5, 0.9 → 6. Fake rank sum 6 + 4.5 + 1.5 = 12 → AUC (12 − 6) / 9 = 2/3.
        let result = Self.result(
            scores: [0.9, 0.8, 0.1, 0.8, 0.3, 0.1], flagged: [true, true, false, true, false, false])
        let quality = try DetectionQuality(result, labels: [true, true, true, false, false, false])
        #expect(quality.truePositives == 2 && quality.falsePositives == 1 && quality.falseNegatives == 1)
        #expect(quality.users == 6 && quality.fakeUsers == 3 && quality.flagged == 3)
        #expect(quality.precision.isApproximatelyEqual(to: 2.0 / 3) && quality.recall.isApproximatelyEqual(to: 2.0 / 3))
        #expect(quality.f1.isApproximatelyEqual(to: 2.0 / 3))
        #expect(quality.rocAUC.isApproximatelyEqual(to: 2.0 / 3))
    }

    @Test func unlabelledAndInactiveUsersAreSkipped() throws {
        let result = Self.result(
            scores: [5, 1, 9, 2], flagged: [true, false, false, false], active: [true, true, false, true])
        // User 2 is inactive, user 3 unlabelled: users 0 (fake) and 1 (real) remain.
        let quality = try DetectionQuality(result, labels: [true, false, true, nil])
        #expect(quality.users == 2 && quality.precision == 1 && quality.recall == 1 && quality.rocAUC == 1)
    }

    @Test func nothingFlaggedGivesZeroPrecisionAndF1() throws {
        let quality = try DetectionQuality(Self.result(scores: [1, 2], flagged: [false, false]), labels: [true, false])
        #expect(quality.precision == 0 && quality.recall == 0 && quality.f1 == 0 && quality.rocAUC == 0)
    }

    @Test func bothClassesAndMatchingLengthsAreRequired() {
        let result = Self.result(scores: [1, 2], flagged: [false, false])
        #expect(throws: DataError.self) { try DetectionQuality(result, labels: [false, false]) }
        #expect(throws: DataError.self) { try DetectionQuality(result, labels: [true]) }
    }
}
