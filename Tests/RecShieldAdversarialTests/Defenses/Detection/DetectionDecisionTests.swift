import Foundation
import RecShieldCore
import Testing
@testable import RecShieldAdversarial

@Suite struct DetectionDecisionTests {
    static let scores: [Double] = [0.2, 0.9, 0.9, -1, 0.5]
    static let probabilities: [Double] = [0.3, 0.8, 0.8, 0.1, 0.6]
    static let active = [true, true, true, true, false]

    @Test func topNBreaksTiesByTheLowerIndexAndSkipsInactiveUsers() throws {
        let flags = try DetectionDecision.topN(1).flags(scores: Self.scores, probabilities: Self.probabilities, isActive: Self.active)
        #expect(flags == [false, true, false, false, false])
        let all = try DetectionDecision.topN(10).flags(scores: Self.scores, probabilities: Self.probabilities, isActive: Self.active)
        #expect(all == [true, true, true, true, false])
    }

    @Test func thresholdsCompareAtLeast() throws {
        let byProbability = try DetectionDecision.probabilityThreshold(0.6)
            .flags(scores: Self.scores, probabilities: Self.probabilities, isActive: Self.active)
        #expect(byProbability == [false, true, true, false, false])
        let byScore = try DetectionDecision.scoreThreshold(0.2)
            .flags(scores: Self.scores, probabilities: Self.probabilities, isActive: Self.active)
        #expect(byScore == [true, true, true, false, false])
    }

    @Test(arguments: [DetectionDecision.topN(0), .probabilityThreshold(1.5), .probabilityThreshold(-0.1), .scoreThreshold(.nan)])
    func invalidRulesAreRejected(decision: DetectionDecision) {
        #expect(throws: DataError.self) { try decision.validate() }
    }

    @Test(arguments: [
        (DetectionDecision.topN(30), #"{"top_n":30}"#), (.probabilityThreshold(0.5), #"{"probability_threshold":0.5}"#),
        (.scoreThreshold(3), #"{"score_threshold":3}"#),
    ])
    func jsonHasOneKeyPerRule(decision: DetectionDecision, json: String) throws {
        #expect(String(decoding: try JSONEncoder().encode(decision), as: UTF8.self) == json)
        #expect(try JSONDecoder().decode(DetectionDecision.self, from: Data(json.utf8)) == decision)
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(DetectionDecision.self, from: Data(#"{"top_n":3,"score_threshold":1}"#.utf8))
        }
    }

    @Test func descriptionsNameTheRule() {
        #expect(DetectionDecision.topN(3).description == "top-n 3")
        #expect(DetectionDecision.probabilityThreshold(0.5).description == "probability ≥ 0.5")
        #expect(DetectionDecision.scoreThreshold(3).description == "score ≥ 3.0")
    }
}
