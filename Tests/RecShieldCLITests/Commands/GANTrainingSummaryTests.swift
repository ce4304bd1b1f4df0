import Foundation
import RecShield
import Testing
@testable import RecShieldCLI

@Suite struct GANTrainingSummaryTests {
    /// The training record of a GAN on a tiny rated data set.
    static func training(epochs: Int) throws -> GANTrainingResult {
        var users = IDMap()
        var items = IDMap()
        for index in 0..<4 {
            users.insert("u\(index)")
            items.insert("i\(index)")
        }
        let data = InteractionDataset(
            userIDs: users, itemIDs: items, users: [0, 0, 1, 1, 2, 3], items: [0, 1, 1, 2, 3, 0], ratings: [5, 4, 3, 4, 2, 5])
        var configuration = GANConfiguration(loss: .standard)
        configuration.noiseDimension = 2
        configuration.generatorHiddenLayers = [3]
        configuration.discriminatorHiddenLayers = [3]
        configuration.batchSize = 2
        configuration.epochs = epochs
        configuration.diagnosticSampleSize = 3
        return try GANAttack.run(on: data, configuration: configuration, request: GANAttackRequest(fakeUserCount: 1)).training
    }

    @Test func aRunWithoutEpochsKeepsEveryKeyWithNulls() throws {
        let summary = GANTrainingSummary(training: try Self.training(epochs: 0))
        #expect(summary.rows().map(\.0) == ["GAN training"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(JSONOutput.text(summary).utf8)) as? [String: Any])
        #expect(object["epochs"] as? Int == 0 && object["loss"] as? String == "standard" && object["mode_collapse"] as? Bool == false)
        for key in ["discriminator_loss", "generator_loss", "discriminator_accuracy_real", "discriminator_accuracy_fake",
                    "wasserstein_estimate", "stealth"] {
            #expect(object[key] is NSNull)
        }
        #expect(object["real_baseline"] is [String: Any] && (object["discriminator_losses"] as? [Double])?.isEmpty == true)
    }

    @Test func rowsReportTheLastEpoch() throws {
        let training = try Self.training(epochs: 2)
        let rows = Dictionary(uniqueKeysWithValues: GANTrainingSummary(training: training).rows())
        let last = try #require(training.epochs.last)
        #expect(rows["GAN training"] == "2 epochs, standard loss, generator 3, discriminator 3")
        #expect(rows["Final losses"]?.hasPrefix("D " + String(format: "%.3f", last.discriminatorLoss) + ", G ") == true)
        #expect(rows["D accuracy"] == String(
            format: "real %.1f%%, fake %.1f%%", last.discriminatorAccuracyReal * 100, last.discriminatorAccuracyFake * 100))
        #expect(rows["Generator stealth"]?.hasPrefix("rating TV ") == true && rows["Mode collapse"]?.hasPrefix(training.modeCollapse ? "YES" : "no") == true)
    }
}
