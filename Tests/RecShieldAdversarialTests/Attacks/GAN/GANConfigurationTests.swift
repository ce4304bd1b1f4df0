import Foundation
import Testing
@testable import RecShieldAdversarial

@Suite struct GANConfigurationTests {
    @Test func defaultsAreValidAndDocumented() throws {
        let configuration = GANConfiguration()
        try configuration.validate()
        #expect(configuration.noiseDimension == 64)
        #expect(configuration.loss == .standard)
        #expect(configuration.resolvedDiscriminatorSteps == 1)
        #expect(GANConfiguration(loss: .wassersteinGP()).resolvedDiscriminatorSteps == 5)
        #expect(GANLoss.wassersteinGP().gradientPenaltyWeight == 10)
        #expect(configuration.generatorLearningRate == 1e-4 && configuration.discriminatorLearningRate == 1e-4)
        let wasserstein = GANConfiguration(loss: .wassersteinGP())
        #expect(wasserstein.generatorLearningRate == 1e-3 && wasserstein.discriminatorLearningRate == 1e-3)
    }

    static let badSettings: [(String, @Sendable (inout GANConfiguration) -> Void)] = [
        ("noise_dimension", { $0.noiseDimension = 0 }),
        ("generator_hidden_layers", { $0.generatorHiddenLayers = [8, 0] }),
        ("discriminator_hidden_layers", { $0.discriminatorHiddenLayers = [-1] }),
        ("generator_slope", { $0.generatorSlope = -0.1 }),
        ("discriminator_slope", { $0.discriminatorSlope = 1 }),
        ("loss.lambda", { $0.loss = .wassersteinGP(lambda: -1) }),
        ("epochs", { $0.epochs = -1 }),
        ("batch_size", { $0.batchSize = 0 }),
        // Sizes whose batch × width workspaces would overflow or exhaust memory.
        ("batch_size", { $0.batchSize = Int.max }),
        ("noise_dimension", { $0.noiseDimension = GANConfiguration.sizeLimit + 1 }),
        ("generator_hidden_layers", { $0.generatorHiddenLayers = [1 << 40] }),
        ("discriminator_hidden_layers", { $0.discriminatorHiddenLayers = [8, 1 << 20] }),
        ("generator_learning_rate", { $0.generatorLearningRate = 0 }),
        ("discriminator_learning_rate", { $0.discriminatorLearningRate = .nan }),
        ("beta1", { $0.beta1 = 1 }),
        ("beta2", { $0.beta2 = -0.5 }),
        ("discriminator_steps", { $0.discriminatorSteps = 0 }),
        ("diagnostic_sample_size", { $0.diagnosticSampleSize = 1 }),
    ]

    @Test(arguments: badSettings)
    func badSettingsNameTheSetting(name: String, change: @Sendable (inout GANConfiguration) -> Void) {
        var configuration = GANConfiguration()
        change(&configuration)
        #expect {
            try configuration.validate()
        } throws: { error in
            guard case GANError.invalidSetting(let reported, _, _) = error else { return false }
            return reported == name && "\(error)".contains(name)
        }
    }

    @Test func zeroEpochsAndEmptyHiddenLayersAreAllowed() throws {
        var configuration = GANConfiguration()
        configuration.epochs = 0
        configuration.generatorHiddenLayers = []
        configuration.discriminatorHiddenLayers = []
        try configuration.validate()
    }

    @Test func encodesSnakeCaseKeysAndRoundTrips() throws {
        var configuration = GANConfiguration(loss: .wassersteinGP(lambda: 5))
        configuration.discriminatorSteps = 3
        configuration.seed = 11
        let json = String(decoding: try JSONEncoder().encode(configuration), as: UTF8.self)
        for key in ["noise_dimension", "generator_hidden_layers", "discriminator_learning_rate", "diagnostic_sample_size"] {
            #expect(json.contains("\"\(key)\""))
        }
        #expect(json.contains("\"kind\":\"wasserstein_gp\""))
        #expect(try JSONDecoder().decode(GANConfiguration.self, from: Data(json.utf8)) == configuration)
        let defaults = String(decoding: try JSONEncoder().encode(GANConfiguration()), as: UTF8.self)
        #expect(defaults.contains("\"discriminator_steps\":null"))
    }

    @Test func absentKeysKeepTheirDefaults() throws {
        let json = #"{"epochs": 7, "loss": {"kind": "wasserstein_gp"}}"#
        let configuration = try JSONDecoder().decode(GANConfiguration.self, from: Data(json.utf8))
        var expected = GANConfiguration(loss: .wassersteinGP(lambda: 10))
        expected.epochs = 7
        #expect(configuration == expected)
        #expect(configuration.generatorLearningRate == 1e-3)
    }
}
