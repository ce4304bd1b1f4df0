import RecShieldCore
import Testing
@testable import RecShieldAdversarial

/// A detector with fixed scores and a chosen default rule.
struct FixedDetector: FakeProfileDetector {
    let name = "fixed"
    let values: [Double]
    let rule: DetectionDecision?

    var defaultDecision: DetectionDecision? { rule }

    func suspicion(in data: InteractionDataset, threads: Int) throws -> SuspicionScores {
        SuspicionScores(scores: values, probabilities: values.map { $0 / 10 })
    }
}

@Suite struct FakeProfileDetectorTests {
    @Test func theGivenRuleWinsOverTheDefault() throws {
        let detector = FixedDetector(values: [1, 9, 4, 6], rule: .probabilityThreshold(0.5))
        #expect(try detector.detect(in: DetectionFixtures.handMade).flaggedUsers == [1, 3])
        let top = try detector.detect(in: DetectionFixtures.handMade, decision: .topN(1))
        #expect(top.flaggedUsers == [1] && top.decision == .topN(1) && top.detector == "fixed")
    }

    @Test func aDetectorWithoutDefaultNeedsARule() {
        let detector = FixedDetector(values: [1, 9, 4, 6], rule: nil)
        #expect(throws: DataError.self) { try detector.detect(in: DetectionFixtures.handMade) }
        #expect(throws: DataError.self) { try detector.detect(in: DetectionFixtures.handMade, decision: .topN(0)) }
    }

    @Test func theProtocolDefaultIsProbabilityOneHalf() {
        #expect(ScoringFunctionDetector(name: "x") { _ in [] }.defaultDecision == .probabilityThreshold(0.5))
        struct Minimal: FakeProfileDetector {
            var name: String { "minimal" }
            func suspicion(in data: InteractionDataset, threads: Int) throws -> SuspicionScores {
                SuspicionScores(scores: [], probabilities: [])
            }
        }
        #expect(Minimal().defaultDecision == .probabilityThreshold(0.5))
    }
}
