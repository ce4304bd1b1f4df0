import Foundation
import Numerics
import Testing
@testable import RecShieldAdversarial
@testable import RecShieldCore

@Suite struct DenoisedNeuMFTests {
    static func model() throws -> NeuMF {
        var configuration = NeuMF.Configuration()
        configuration.gmfDimension = 3
        configuration.mlpDimension = 2
        configuration.hiddenLayers = [3]
        configuration.embeddingDeviation = 0.8
        configuration.seed = 21
        return try NeuMF(userCount: 3, itemCount: 5, configuration: configuration)
    }

    // Seven positives and three negatives.
    static let batch = NeuMFBatch(
        users: [0, 1, 2, 0, 1, 2, 0, 1, 2, 0], items: [0, 1, 2, 3, 4, 0, 1, 2, 3, 4],
        labels: [1, 1, 0, 1, 1, 0, 1, 1, 0, 1], progress: 1)

    @Test(arguments: [0.0, 0.2, 0.5, 0.9])
    func truncationDropsExactlyTheLargestPositiveLossesAtTheScheduledRate(rate: Double) throws {
        let model = try Self.model()
        // The batch is at progress 1: a warm-up of 0.95/rate epochs puts the rate there at `rate`.
        let schedule = rate == 0
            ? DropRateSchedule(maximumRate: 0) : DropRateSchedule(maximumRate: 0.95, warmupEpochs: 0.95 / rate)
        let weights = DenoisedNeuMF.weights(of: Self.batch, model: model, loss: .truncated(schedule))
        let logits = model.logits(users: Self.batch.users, items: Self.batch.items)
        let positives = Self.batch.labels.indices.filter { Self.batch.labels[$0] == 1 }
        let byLoss = positives.sorted { BinaryCrossEntropy.loss(logit: logits[$0], label: 1) > BinaryCrossEntropy.loss(logit: logits[$1], label: 1) }
        let dropped = Set(byLoss.prefix(Int((rate * 7).rounded(.down))))
        for sample in weights.indices {
            #expect(weights[sample] == (dropped.contains(sample) ? 0 : 1), "sample \(sample)")
        }
    }

    @Test func reweightingGivesPositivesTheirProbabilityToTheExponent() throws {
        let model = try Self.model()
        let weights = DenoisedNeuMF.weights(of: Self.batch, model: model, loss: .reweighted(exponent: 0.4))
        let logits = model.logits(users: Self.batch.users, items: Self.batch.items)
        for sample in weights.indices {
            let expected: Float = Self.batch.labels[sample] == 1 ? powf(Logistic.sigmoid(logits[sample]), 0.4) : 1
            #expect(weights[sample].isApproximatelyEqual(to: expected, relativeTolerance: 1e-6))
        }
    }

    static func configuration() -> NeuMF.Configuration {
        var configuration = NeuMF.Configuration()
        configuration.gmfDimension = 2
        configuration.mlpDimension = 2
        configuration.hiddenLayers = [2]
        configuration.epochs = 2
        configuration.batchSize = 5
        return configuration
    }

    @Test func zeroDropRateAndZeroExponentBothTrainThePlainLoss() throws {
        let interactions = DefenseFixtures.twoGroups(users: 8, items: 6, perUser: 2).byUser()
        let truncated = try DenoisedNeuMF.train(
            on: interactions, configuration: Self.configuration(), loss: .truncated(DropRateSchedule(maximumRate: 0)))
        let reweighted = try DenoisedNeuMF.train(
            on: interactions, configuration: Self.configuration(), loss: .reweighted(exponent: 0))
        #expect(truncated == reweighted)
        let denoised = try DenoisedNeuMF.train(
            on: interactions, configuration: Self.configuration(),
            loss: .truncated(DropRateSchedule(maximumRate: 0.5, warmupEpochs: 0)))
        #expect(denoised != truncated)
    }

    @Test func trainingIsDeterministicAndReportsEveryEpoch() throws {
        let interactions = DefenseFixtures.twoGroups(users: 8, items: 6, perUser: 2).byUser()
        var epochs: [Int] = []
        let first = try DenoisedNeuMF.train(
            on: interactions, configuration: Self.configuration(), loss: .reweighted(exponent: 0.25)
        ) { epoch, loss in
            epochs.append(epoch)
            return loss.isFinite
        }
        let second = try DenoisedNeuMF.train(
            on: interactions, configuration: Self.configuration(), loss: .reweighted(exponent: 0.25))
        #expect(epochs == [1, 2] && first == second)
        #expect(throws: ModelError.self) {
            try DenoisedNeuMF.train(on: interactions, loss: .reweighted(exponent: -1))
        }
    }
}
