import RecShieldCore
import Testing
@testable import RecShieldAdversarial

@Suite struct VBPRPerturbableTests {
    static func model() throws -> VBPR {
        var configuration = VBPR.Configuration()
        configuration.factors = 2
        configuration.contentFactors = 2
        configuration.initialDeviation = 0.5
        configuration.seed = 6
        let features = ItemFeatureMatrix(
            dimension: 3, values: PerturbationFixtures.gaussian(18, seed: 9), hasFeatures: [Bool](repeating: true, count: 6))
        var model = try VBPR(userCount: 5, features: features, configuration: configuration)
        model.featureBiases = [0.3, -0.2, 0.1]
        return model
    }

    @Test func featureGradientMatchesFiniteDifferences() throws {
        let model = try Self.model()
        let samples = model.lossSamples(from: PerturbationFixtures.training, seed: 1)
        #expect(PerturbationFixtures.gradientMismatches(model, samples: samples, table: 0).isEmpty)
    }

    @Test func onlyTheFeaturesArePerturbable() throws {
        let model = try Self.model()
        #expect(model.perturbableTables.map(\.role) == [.itemFeatures])
        let shifted = model.replacingTableValues([model.features.map { $0 + 1 }])
        #expect(shifted.features == model.features.map { $0 + 1 })
        #expect(shifted.userFactors == model.userFactors)
        #expect(shifted.scores(for: 0) != model.scores(for: 0))
    }
}
