import Numerics
import RecShieldTestSupport
import Testing
@testable import RecShieldAdversarial
@testable import RecShieldCore

@Suite struct AdversarialNeuMFTests {
    static func model() throws -> NeuMF {
        var configuration = NeuMF.Configuration()
        configuration.gmfDimension = 3
        configuration.mlpDimension = 2
        configuration.hiddenLayers = [3]
        configuration.embeddingDeviation = 0.7
        configuration.seed = 12
        return try NeuMF(userCount: 3, itemCount: 4, configuration: configuration)
    }

    // Users 0 and 1 and item 1 appear twice: their rows sum two samples' gradients.
    static let batch = NeuMFBatch(users: [0, 1, 2, 0, 1], items: [0, 1, 3, 2, 1], labels: [1, 0, 1, 0, 1], progress: 0)

    static func loss(_ model: NeuMF) -> Double {
        zip(model.logits(users: batch.users, items: batch.items), batch.labels).reduce(0) {
            $0 + Double(BinaryCrossEntropy.loss(logit: $1.0, label: $1.1))
        }
    }

    @Test func eachTouchedRowMovesByEpsilonAlongItsBatchGradient() throws {
        let model = try Self.model()
        let gradients = model.gradients(users: Self.batch.users, items: Self.batch.items, labels: Self.batch.labels)
        let perturbation = NeuMFAdversarialPerturbation(
            gradients: gradients, users: Self.batch.users, items: Self.batch.items, model: model, epsilon: 0.25)
        let tables: [(WritableKeyPath<NeuMF, [Float]>, Int)] = [(\.userGMF, 3), (\.itemGMF, 3), (\.userMLP, 2), (\.itemMLP, 2)]
        for (index, (path, width)) in tables.enumerated() {
            let numeric = FiniteDifference.gradient(at: model[keyPath: path]) { table in
                var probe = model
                probe[keyPath: path] = table
                return Self.loss(probe)
            }
            let table = perturbation.tables[index]
            #expect(table.rows == (index % 2 == 0 ? [0, 1, 2] : [0, 1, 3, 2]))
            for (position, row) in table.rows.enumerated() {
                let g = Array(numeric[(Int(row) * width)..<((Int(row) + 1) * width)])
                let norm = g.reduce(0) { $0 + $1 * $1 }.squareRoot()
                let actual = Array(table.deltas[(position * width)..<((position + 1) * width)]).map(Double.init)
                // A row whose gradient vanishes (dead ReLUs behind it) is not moved.
                let expected = norm > 1e-6 ? g.map { 0.25 * $0 / norm } : g.map { _ in 0 }
                #expect(FiniteDifference.maximumRelativeError(actual, expected) < 1e-2, "\(path) row \(row)")
                if index < 2 { #expect(norm > 1e-3, "GMF rows always have a gradient here") }
            }
        }
    }

    @Test func batchLossIsCleanPlusWeightedPerturbedLossAndTheModelIsRestored() throws {
        let original = try Self.model()
        var model = original
        let adversarial = AdversarialTrainingConfiguration(epsilon: 0.3, adversarialWeight: 0.6)
        let combined = AdversarialNeuMF.batchGradients(&model, Self.batch, adversarial: adversarial)
        #expect(model == original, "the perturbation must be undone exactly")
        let clean = original.gradients(users: Self.batch.users, items: Self.batch.items, labels: Self.batch.labels)
        let perturbation = NeuMFAdversarialPerturbation(
            gradients: clean, users: Self.batch.users, items: Self.batch.items, model: original, epsilon: 0.3)
        var perturbed = original
        _ = perturbation.apply(to: &perturbed)
        #expect(combined.loss.isApproximatelyEqual(
            to: Self.loss(original) + 0.6 * Self.loss(perturbed), relativeTolerance: 1e-5))
        // The layers see the perturbation only through their inputs: d/dW of L(Θ) + λL(Θ + Δ).
        let numeric = FiniteDifference.gradient(at: original.tower.parameters) { parameters in
            var a = original
            var b = perturbed
            a.tower.parameters = parameters
            b.tower.parameters = parameters
            return Self.loss(a) + 0.6 * Self.loss(b)
        }
        #expect(FiniteDifference.mismatches(combined.tower, numeric).isEmpty, "\(combined.tower) vs \(numeric)")
    }

    @Test func fineTuningIsDeterministicAndNumbersEpochsOn() throws {
        let interactions = DefenseFixtures.twoGroups(users: 8, items: 6, perUser: 2).byUser()
        var configuration = NeuMF.Configuration()
        configuration.gmfDimension = 2
        configuration.mlpDimension = 2
        configuration.hiddenLayers = [2]
        configuration.epochs = 1
        configuration.batchSize = 4
        var epochs: [Int] = []
        let first = try AdversarialNeuMF.train(
            on: interactions, configuration: configuration, adversarial: AdversarialTrainingConfiguration(epochs: 2)
        ) { epoch, _ in
            epochs.append(epoch)
            return true
        }
        let second = try AdversarialNeuMF.train(
            on: interactions, configuration: configuration, adversarial: AdversarialTrainingConfiguration(epochs: 2))
        #expect(epochs == [1, 2, 3])
        #expect(first == second)
        let plain = try NeuMF.train(on: interactions, configuration: configuration)
        #expect(first != plain, "adversarial epochs must change the model")
    }
}
