import Foundation
import Testing
@testable import RecShieldAdversarial

@Suite struct GANTrainingResultTests {
    static func result(_ loss: GANLoss) throws -> GANTrainingResult {
        var trainer = try ProfileGANTrainer(
            data: GANFixtures.ratedDataset(users: 6, items: 5), configuration: ProfileGANTrainerTests.configuration(loss))
        return trainer.train()
    }

    @Test(arguments: [GANLoss.standard, .wassersteinGP(lambda: 10)])
    func encodesEveryKeyInSnakeCaseAndRoundTrips(loss: GANLoss) throws {
        let result = try Self.result(loss)
        let json = String(decoding: try JSONEncoder().encode(result), as: UTF8.self)
        let keys = [
            "configuration", "real_profiles", "items", "real_baseline", "epochs", "mode_collapse", "discriminator_loss",
            "generator_loss", "discriminator_accuracy_real", "discriminator_accuracy_fake", "wasserstein_estimate",
            "gradient_penalty", "mean_gradient_norm", "stealth", "rating_js", "near_duplicate_pairs_fake",
        ]
        for key in keys { #expect(json.contains("\"\(key)\"")) }
        #expect(json.contains("\"wasserstein_estimate\":null") == (loss == .standard))
        #expect(try JSONDecoder().decode(GANTrainingResult.self, from: Data(json.utf8)) == result)
    }

    @Test func summarisesTheLastEpoch() throws {
        let result = try Self.result(.standard)
        #expect(result.realProfileCount == 6 && result.itemCount == 5)
        #expect(result.finalStealth == result.epochs.last?.stealth)
        #expect(result.modeCollapse == result.epochs.last?.stealth.modeCollapse.modeCollapse)
        let empty = GANTrainingResult(
            configuration: GANConfiguration(), realProfileCount: 0, itemCount: 0, realBaseline: result.realBaseline,
            epochs: [])
        #expect(empty.finalStealth == nil && !empty.modeCollapse)
    }
}
