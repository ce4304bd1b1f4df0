import Foundation
import RecShieldCore
import Testing
@testable import RecShieldAdversarial

@Suite struct AttackRecipeTests {
    static let shilling = AttackRecipe.shilling(AttackConfiguration(kind: .segment, fakeUsers: .count(4), goal: .nuke, seed: 9))
    static let gradient = AttackRecipe.gradient(GradientPoisoningConfiguration(fakeUsers: .fraction(0.05), filler: .count(20), rounds: 2))
    static let gan = AttackRecipe.gan(GANAttackRecipe(
        fakeUsers: .count(7), targets: .ids(["i2"]), goal: .nuke, seed: 11, gan: GANConfiguration(loss: .wassersteinGP())))

    func roundTrip(_ recipe: AttackRecipe) throws -> AttackRecipe {
        try JSONDecoder().decode(AttackRecipe.self, from: JSONEncoder().encode(recipe))
    }

    @Test func everyKindRoundTripsThroughJSON() throws {
        #expect(try roundTrip(Self.shilling) == Self.shilling)
        #expect(try roundTrip(Self.gradient) == Self.gradient)
        #expect(try roundTrip(Self.gan) == Self.gan)
    }

    @Test func sharedPropertiesComeFromTheConfiguration() {
        #expect(Self.shilling.kindName == "segment" && Self.shilling.goal == .nuke && Self.shilling.seed == 9)
        #expect(Self.shilling.fakeUsers == .count(4) && Self.shilling.filler == .fraction(0.02))
        #expect(Self.gradient.kindName == "gradient" && Self.gradient.goal == .push && Self.gradient.seed == 42)
        #expect(Self.gradient.fakeUsers == .fraction(0.05) && Self.gradient.filler == .count(20))
        #expect(Self.gradient.targets == .chosen(.unpopular, count: 5))
        #expect(Self.gan.kindName == "gan" && Self.gan.goal == .nuke && Self.gan.seed == 11)
        #expect(Self.gan.fakeUsers == .count(7) && Self.gan.filler == nil && Self.gan.targets == .ids(["i2"]))
        #expect(Self.gan.shillingConfiguration == nil)
    }

    @Test func aGANRecordIsOneFlatObjectWithOneSeed() throws {
        let object = try #require(try JSONSerialization.jsonObject(with: JSONEncoder().encode(Self.gan)) as? [String: Any])
        #expect(object["kind"] as? String == "gan" && object["seed"] as? Int == 11 && object["epochs"] as? Int == 100)
        #expect(object["filler"] is NSNull && object["gan"] == nil)
    }

    /// A record written before gradient poisoning existed (no special kind) still decodes.
    @Test func heuristicRecordsDecodeAsBefore() throws {
        let json = #"{"kind": "random", "fake_users": {"count": 3}, "seed": 1}"#
        let recipe = try JSONDecoder().decode(AttackRecipe.self, from: Data(json.utf8))
        #expect(recipe == .shilling(AttackConfiguration(kind: .random, fakeUsers: .count(3), seed: 1)))
    }

    @Test func unknownKeysOfEitherKindAreRejected() {
        let records = [
            #"{"kind": "gradient", "roundz": 3}"#, #"{"kind": "random", "rounds": 3}"#, #"{"kind": "gan", "epoch": 3}"#,
            #"{"kind": "gan", "rounds": 3}"#,
        ]
        for json in records {
            #expect(throws: DecodingError.self) { try JSONDecoder().decode(AttackRecipe.self, from: Data(json.utf8)) }
        }
    }
}
