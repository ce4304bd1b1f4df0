import Foundation
import RecShieldCore
import Testing
@testable import RecShieldAdversarial

@Suite struct AttackRecipeTests {
    static let shilling = AttackRecipe.shilling(AttackConfiguration(kind: .segment, fakeUsers: .count(4), goal: .nuke, seed: 9))
    static let gradient = AttackRecipe.gradient(GradientPoisoningConfiguration(fakeUsers: .fraction(0.05), filler: .count(20), rounds: 2))

    func roundTrip(_ recipe: AttackRecipe) throws -> AttackRecipe {
        try JSONDecoder().decode(AttackRecipe.self, from: JSONEncoder().encode(recipe))
    }

    @Test func bothKindsRoundTripThroughJSON() throws {
        #expect(try roundTrip(Self.shilling) == Self.shilling)
        #expect(try roundTrip(Self.gradient) == Self.gradient)
    }

    @Test func sharedPropertiesComeFromTheConfiguration() {
        #expect(Self.shilling.kindName == "segment" && Self.shilling.goal == .nuke && Self.shilling.seed == 9)
        #expect(Self.shilling.fakeUsers == .count(4) && Self.shilling.filler == .fraction(0.02))
        #expect(Self.gradient.kindName == "gradient" && Self.gradient.goal == .push && Self.gradient.seed == 42)
        #expect(Self.gradient.fakeUsers == .fraction(0.05) && Self.gradient.filler == .count(20))
        #expect(Self.gradient.targets == .chosen(.unpopular, count: 5))
    }

    /// A record written before gradient poisoning existed (no special kind) still decodes.
    @Test func heuristicRecordsDecodeAsBefore() throws {
        let json = #"{"kind": "random", "fake_users": {"count": 3}, "seed": 1}"#
        let recipe = try JSONDecoder().decode(AttackRecipe.self, from: Data(json.utf8))
        #expect(recipe == .shilling(AttackConfiguration(kind: .random, fakeUsers: .count(3), seed: 1)))
    }

    @Test func unknownKeysOfEitherKindAreRejected() {
        for json in [#"{"kind": "gradient", "roundz": 3}"#, #"{"kind": "random", "rounds": 3}"#] {
            #expect(throws: DecodingError.self) { try JSONDecoder().decode(AttackRecipe.self, from: Data(json.utf8)) }
        }
    }
}
