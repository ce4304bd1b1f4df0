import RecShieldCore
import Testing
@testable import RecShieldAdversarial

@Suite struct BPRMatrixFactorizationPerturbableTests {
    @Test(arguments: [0, 1])
    func tableGradientsMatchFiniteDifferences(table: Int) throws {
        let model = try PerturbationFixtures.bpr()
        let samples = model.lossSamples(from: PerturbationFixtures.training, seed: 2)
        #expect(PerturbationFixtures.gradientMismatches(model, samples: samples, table: table).isEmpty)
    }

    /// The table gradient is the sum of the per-triple gradients of the core model's own
    /// `gradient(user:positive:negative:regularization:)` with no penalty.
    @Test func tableGradientSumsTheCoreTripleGradients() throws {
        let model = try PerturbationFixtures.bpr()
        let samples = model.lossSamples(from: PerturbationFixtures.training, seed: 2)
        let gradient = model.lossGradient(on: samples)
        var users = [Double](repeating: 0, count: 15)
        var items = [Double](repeating: 0, count: 18)
        var loss = 0.0
        for n in 0..<samples.count {
            let (u, i, j) = (Int(samples.users[n]), Int(samples.positives[n]), Int(samples.negatives[n]))
            let triple = model.gradient(user: u, positive: i, negative: j, regularization: 0)
            loss += Double(triple.loss)
            for k in 0..<3 {
                users[u * 3 + k] += Double(triple.user[k])
                items[i * 3 + k] += Double(triple.positiveItem[k])
                items[j * 3 + k] += Double(triple.negativeItem[k])
            }
        }
        #expect(abs(gradient.loss - loss) < 1e-4)
        #expect(zip(gradient.tables[0], users).allSatisfy { abs(Double($0) - $1) < 1e-5 })
        #expect(zip(gradient.tables[1], items).allSatisfy { abs(Double($0) - $1) < 1e-5 })
    }

    @Test func replacingTablesKeepsEverythingElse() throws {
        let model = try PerturbationFixtures.bpr()
        let tables = model.perturbableTables
        #expect(tables.map(\.name) == ["user_factors", "item_factors"])
        #expect(tables.map(\.role) == [.user, .item])
        let doubled = model.replacingTableValues(tables.map { $0.values.map { $0 * 2 } })
        #expect(doubled.itemBiases == model.itemBiases && doubled.configuration == model.configuration)
        #expect(doubled.userFactors.values == model.userFactors.values.map { $0 * 2 })
        #expect(model.replacingTableValues(tables.map(\.values)).scores(for: 2) == model.scores(for: 2))
    }
}
