import Foundation
import RecShieldCore
import Testing
@testable import RecShieldAdversarial

@Suite struct GANAttackRequestTests {
    static let data = GANFixtures.ratedDataset()

    @Test func targetsResolveToIndicesInTheOrderGiven() throws {
        let request = GANAttackRequest(fakeUserCount: 3, targetItemIDs: ["i7", "i2"])
        #expect(try request.targetIndices(in: Self.data) == [7, 2])
    }

    @Test func badRequestsAreRejectedWithClearErrors() throws {
        #expect(throws: DataError.unknownID(kind: "item", id: "i99")) {
            try GANAttackRequest(fakeUserCount: 3, targetItemIDs: ["i99"]).targetIndices(in: Self.data)
        }
        #expect(throws: GANError.duplicateTarget(id: "i1")) {
            try GANAttackRequest(fakeUserCount: 3, targetItemIDs: ["i1", "i1"]).targetIndices(in: Self.data)
        }
        #expect(throws: GANError.nukeNeedsRatings) {
            try GANAttackRequest(fakeUserCount: 3, goal: .nuke).targetIndices(in: Self.data.implicit())
        }
        #expect(throws: GANError.self) { try GANAttackRequest(fakeUserCount: 0).targetIndices(in: Self.data) }
        #expect(throws: GANError.self) {
            try GANAttackRequest(fakeUserCount: 1, userIDPrefix: "").targetIndices(in: Self.data)
        }
        // 9 items, 1 target: 8 fillers at most.
        #expect(try GANAttackRequest(fakeUserCount: 1, targetItemIDs: ["i1"], fillerCount: 8).targetIndices(in: Self.data) == [1])
        for fillerCount in [0, 9] {
            #expect(throws: GANError.self) {
                try GANAttackRequest(fakeUserCount: 1, targetItemIDs: ["i1"], fillerCount: fillerCount).targetIndices(in: Self.data)
            }
        }
    }

    @Test func encodesSnakeCaseKeysAndRoundTrips() throws {
        let request = GANAttackRequest(
            fakeUserCount: 4, targetItemIDs: ["a"], goal: .nuke, userIDPrefix: "bot-", fillerSelection: .proportional,
            ratingMapping: .quantile, fillerCount: 3)
        let json = String(decoding: try JSONEncoder().encode(request), as: UTF8.self)
        let keys = [
            "fake_user_count", "target_item_ids", "user_id_prefix", "\"filler_selection\":\"proportional\"",
            "\"goal\":\"nuke\"", "\"rating_mapping\":\"quantile\"", "\"filler_count\":3",
        ]
        for key in keys { #expect(json.contains(key)) }
        #expect(try JSONDecoder().decode(GANAttackRequest.self, from: Data(json.utf8)) == request)
    }

    @Test func onlyTheCountIsRequiredWhenDecoding() throws {
        let decoded = try JSONDecoder().decode(GANAttackRequest.self, from: Data(#"{"fake_user_count": 9}"#.utf8))
        #expect(decoded == GANAttackRequest(fakeUserCount: 9))
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(GANAttackRequest.self, from: Data(#"{"goal": "push"}"#.utf8))
        }
    }
}
