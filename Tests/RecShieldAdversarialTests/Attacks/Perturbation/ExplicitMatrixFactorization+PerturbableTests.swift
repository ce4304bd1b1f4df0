import RecShieldCore
import Testing
@testable import RecShieldAdversarial

@Suite struct ExplicitMatrixFactorizationPerturbableTests {
    @Test(arguments: [0, 1])
    func tableGradientsMatchFiniteDifferences(table: Int) throws {
        let model = try PerturbationFixtures.explicitMF()
        let samples = model.lossSamples(from: PerturbationFixtures.training, seed: 0)
        #expect(PerturbationFixtures.gradientMismatches(model, samples: samples, table: table).isEmpty)
    }

    @Test func lossIsTheSquaredErrorOfUnclippedPredictions() throws {
        let model = try PerturbationFixtures.explicitMF()
        let training = PerturbationFixtures.training
        var expected = 0.0
        for user in 0..<training.rowCount {
            for entry in training.entryRange(ofRow: user) {
                let item = Int(training.columns[entry])
                var prediction = Double(model.globalMean + model.userBiases[user] + model.itemBiases[item])
                for k in 0..<3 { prediction += Double(model.userFactors[user, k] * model.itemFactors[item, k]) }
                expected += (Double(training.values[entry]) - prediction) * (Double(training.values[entry]) - prediction)
            }
        }
        #expect(abs(model.lossGradient(on: training).loss - expected) < 1e-4)
    }

    @Test func replacingTablesKeepsBiasesAndMean() throws {
        let model = try PerturbationFixtures.explicitMF()
        let copy = model.replacingTableValues(model.perturbableTables.map(\.values))
        #expect(copy.scores(for: 1) == model.scores(for: 1))
        #expect(copy.globalMean == model.globalMean && copy.userBiases == model.userBiases)
    }
}
