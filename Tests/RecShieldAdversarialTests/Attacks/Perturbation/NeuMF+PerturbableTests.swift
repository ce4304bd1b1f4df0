import RecShieldCore
import Testing
@testable import RecShieldAdversarial

@Suite struct NeuMFPerturbableTests {
    static func model() throws -> NeuMF {
        var configuration = NeuMF.Configuration()
        configuration.gmfDimension = 2
        configuration.mlpDimension = 2
        configuration.hiddenLayers = [3]
        configuration.embeddingDeviation = 0.5
        configuration.seed = 4
        return try NeuMF(userCount: 5, itemCount: 6, configuration: configuration)
    }

    /// Per table: the per-sample embedding gradients summed by row match finite differences of the
    /// summed cross-entropy.
    @Test(arguments: 0..<4)
    func tableGradientsMatchFiniteDifferences(table: Int) throws {
        let model = try Self.model()
        let samples = model.lossSamples(from: PerturbationFixtures.training, seed: 1)
        #expect(samples.count == 5 * PerturbationFixtures.training.entryCount)
        #expect(PerturbationFixtures.gradientMismatches(model, samples: samples, table: table, step: 1e-3).isEmpty)
    }

    @Test func tablesAreTheFourEmbeddingsWithTheirRoles() throws {
        let model = try Self.model()
        #expect(model.perturbableTables.map(\.name) == ["user_gmf", "item_gmf", "user_mlp", "item_mlp"])
        #expect(model.perturbableTables.map(\.role) == [.user, .item, .user, .item])
        let copy = model.replacingTableValues(model.perturbableTables.map(\.values))
        #expect(copy == model)
    }
}
