import ArgumentParser
import RecShield
import Testing
@testable import RecShieldCLI

@Suite struct GANOptionsTests {
    @Test func unsetOptionsKeepTheWGANGPDefaults() throws {
        let options = try GANOptions.parse([])
        #expect(try options.configuration() == GANConfiguration(loss: .wassersteinGP()))
        #expect(options.givenFlags.isEmpty)
    }

    @Test func everyOptionReachesTheConfiguration() throws {
        let options = try GANOptions.parse([
            "--gan-epochs", "7", "--gan-loss", "wgan-gp", "--gan-lambda", "5", "--gan-generator-layers", "16, 32",
            "--gan-discriminator-layers", "", "--gan-noise-dimension", "9", "--gan-batch-size", "12",
            "--gan-learning-rate", "0.01", "--gan-critic-steps", "3", "--gan-diagnostic-sample", "20",
            "--gan-filler-selection", "proportional", "--gan-rating-mapping", "quantile",
        ])
        var expected = GANConfiguration(loss: .wassersteinGP(lambda: 5))
        expected.epochs = 7
        expected.generatorHiddenLayers = [16, 32]
        expected.discriminatorHiddenLayers = []
        expected.noiseDimension = 9
        expected.batchSize = 12
        expected.generatorLearningRate = 0.01
        expected.discriminatorLearningRate = 0.01
        expected.discriminatorSteps = 3
        expected.diagnosticSampleSize = 20
        #expect(try options.configuration() == expected)
        #expect(options.fillerSelection?.selection == .proportional && options.ratingMapping == .quantile)
        #expect(options.givenFlags.count == 12)
    }

    @Test func theStandardLossHasItsOwnLearningRates() throws {
        let configuration = try GANOptions.parse(["--gan-loss", "standard"]).configuration()
        #expect(configuration == GANConfiguration(loss: .standard))
    }

    @Test func aBadWidthNamesTheFlagAndTheValue() {
        do {
            _ = try GANOptions.parse(["--gan-generator-layers", "8,-2"])
            Issue.record("a negative width was accepted")
        } catch {
            let message = GANOptions.message(for: error)
            #expect(message.contains("--gan-generator-layers") && message.contains("'-2'"))
        }
    }
}
