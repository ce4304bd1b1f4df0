import Foundation
import RecShieldCore
import Testing
@testable import RecShieldAdversarial

@Suite struct GANAttackRecipeTests {
    /// A GAN small enough for debug builds: a few epochs over tiny networks.
    static func tiny(seed: UInt64 = 4, filler: FillerAmount? = nil, goal: AttackGoal = .push) -> GANAttackRecipe {
        var gan = GANConfiguration(loss: .wassersteinGP())
        gan.noiseDimension = 3
        gan.generatorHiddenLayers = [6]
        gan.discriminatorHiddenLayers = [6]
        gan.batchSize = 4
        gan.epochs = 2
        gan.diagnosticSampleSize = 4
        return GANAttackRecipe(
            fakeUsers: .count(3), filler: filler, targets: .chosen(.unpopular, count: 1), goal: goal, seed: seed, gan: gan)
    }

    func decode(_ json: String) throws -> GANAttackRecipe {
        try JSONDecoder().decode(GANAttackRecipe.self, from: Data(json.utf8))
    }

    @Test func theRecipeSeedIsTheGANSeed() {
        var gan = GANConfiguration()
        gan.seed = 99
        var recipe = GANAttackRecipe(seed: 5, gan: gan)
        #expect(recipe.seed == 5 && recipe.gan.seed == 5)
        recipe.seed = 6
        #expect(recipe.gan.seed == 6)
    }

    @Test(arguments: [nil, FillerAmount.count(3), .fraction(0.5)])
    func roundTripsThroughJSON(filler: FillerAmount?) throws {
        var recipe = Self.tiny(filler: filler, goal: .nuke)
        recipe.fillerSelection = .proportional
        recipe.ratingMapping = .quantile
        recipe.gan.discriminatorSteps = 2
        let json = String(decoding: try JSONEncoder().encode(recipe), as: UTF8.self)
        #expect(try decode(json) == recipe)
    }

    @Test func absentKeysTakeTheDefaults() throws {
        #expect(try decode(#"{"kind": "gan"}"#) == GANAttackRecipe())
        let recipe = try decode(#"{"kind": "gan", "seed": 8, "epochs": 3, "loss": {"kind": "wasserstein_gp"}}"#)
        var expected = GANConfiguration(loss: .wassersteinGP())
        expected.epochs = 3
        #expect(recipe == GANAttackRecipe(seed: 8, gan: expected))
        #expect(recipe.gan.generatorLearningRate == 1e-3)
    }

    @Test(arguments: [
        #"{"fake_users": {"count": 2}}"#, #"{"kind": "gradient"}"#, #"{"kind": "gan", "epoch": 3}"#,
        #"{"kind": "gan", "selected_count": 3}"#, #"{"kind": "gan", "filler": {"count": 2, "fraction": 0.1}}"#,
    ])
    func malformedRecordsAreRejected(json: String) {
        #expect(throws: DecodingError.self) { try decode(json) }
    }

    @Test func validationNamesTheBadGANSetting() {
        var recipe = Self.tiny()
        recipe.gan.batchSize = 0
        #expect(throws: GANError.invalidSetting(name: "batch_size", value: "0", requirement: "an integer in 1…65536")) {
            try recipe.validate()
        }
    }
}
