import Numerics
import Testing
@testable import RecShieldAdversarial

@Suite struct RankCalibrationTests {
    @Test func percentilesUseMidRanksForTies() {
        // Active scores 1, 3, 3, 7 (N = 4): 1 → 0.5/4, 3 → (1 + 1)/4, 7 → 3.5/4; the inactive user gets 0.
        let values = RankCalibration.percentiles(of: [3, 1, 9, 3, 7], isActive: [true, true, false, true, true])
        #expect(values == [0.5, 0.125, 0, 0.5, 0.875])
    }

    @Test func percentilesStayInsideTheUnitInterval() {
        let scores = (0..<50).map { Double(($0 * 37) % 11) - 5 }
        let values = RankCalibration.percentiles(of: scores, isActive: [Bool](repeating: true, count: 50))
        #expect(values.allSatisfy { $0 > 0 && $0 < 1 })
        // Order is kept: a higher score never gets a lower value.
        for a in scores.indices {
            for b in scores.indices where scores[a] > scores[b] { #expect(values[a] > values[b]) }
        }
    }
}
