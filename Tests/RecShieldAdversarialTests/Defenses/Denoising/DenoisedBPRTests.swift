import Foundation
import Numerics
import RecShieldTestSupport
import Testing
@testable import RecShieldAdversarial
@testable import RecShieldCore

@Suite struct DenoisedBPRTests {
    static func configuration(epochs: Int, factors: Int = 20) -> BPRMatrixFactorization.Configuration {
        .init(training: TrainingConfiguration(factors: factors, epochs: epochs, learningRate: 0.1, regularization: 0.02, seed: 3))
    }

    @Test(arguments: [DenoisingLoss.truncated(DropRateSchedule(maximumRate: 0)), .reweighted(exponent: 0)])
    func zeroDropRateAndZeroExponentArePlainBPRBitForBit(loss: DenoisingLoss) throws {
        let data = Checkerboard(size: 10).implicit
        let plain = try BPRMatrixFactorization.train(on: data, configuration: Self.configuration(epochs: 3))
        let denoised = try DenoisedBPR.train(on: data, configuration: Self.configuration(epochs: 3), loss: loss)
        #expect(denoised.userFactors == plain.userFactors)
        #expect(denoised.itemFactors == plain.itemFactors && denoised.itemBiases == plain.itemBiases)
    }

    /// Every triple of the one-triple data is the same, so a T-CE batch of 4 at rate `r` keeps
    /// `4 − ⌊4r⌋` of them: two batches are as many plain BPR steps.
    @Test(arguments: [(0.5, 4), (0.75, 2), (0.3, 6)])
    func truncationKeepsBatchSizeMinusTheDroppedCount(rate: Double, keptSteps: Int) throws {
        let data = try DefenseFixtures.oneTriple()
        let start = try BPRMatrixFactorization.train(on: data, configuration: Self.configuration(epochs: 0, factors: 5))
        var users = start.userFactors
        var items = start.itemFactors
        var biases = start.itemBiases
        let samples = try BPRSampleSet(data: data, sampling: .uniform)
        users.withUnsafeMutablePointer { userPointer in
            items.withUnsafeMutablePointer { itemPointer in
                biases.withUnsafeMutableBufferPointer { biasBuffer in
                    samples.withSampler { sampler in
                        let step = WeightedBPRStep(
                            users: userPointer, items: itemPointer, biases: biasBuffer, dimension: 5, sampler: sampler,
                            usesBiases: true, learningRate: 0.1, regularization: 0.02)
                        let batch = TruncationBatch(capacity: 4)
                        defer { batch.deallocate() }
                        var generator = Xoshiro256StarStar(seed: 1)
                        let mean = step.meanItem(itemCount: 2)
                        _ = mean.withUnsafeBufferPointer { mean in
                            DenoisedBPRKernels.truncatedSteps(
                                0..<8, step, batch: batch, mean: mean.baseAddress!, rate: { _ in rate }, &generator)
                        }
                    }
                }
            }
        }
        let plain = try BPRMatrixFactorization.train(on: data, configuration: Self.configuration(epochs: keptSteps, factors: 5))
        #expect(users == plain.userFactors && items == plain.itemFactors && biases == plain.itemBiases)
    }

    @Test func oneReweightedStepScalesTheDataGradientByTheDetachedWeight() throws {
        let data = try DefenseFixtures.oneTriple()
        let before = try BPRMatrixFactorization.train(on: data, configuration: Self.configuration(epochs: 0, factors: 6))
        let after = try DenoisedBPR.train(
            on: data, configuration: Self.configuration(epochs: 1, factors: 6), loss: .reweighted(exponent: 0.7))
        // The weight is σ(x̄)^β with x̄ the positive's preference over the mean of the two items.
        let meanItem = (0..<6).map { (before.itemFactors[0, $0] + before.itemFactors[1, $0]) / 2 }
        let meanBias = (before.itemBiases[0] + before.itemBiases[1]) / 2
        var overMean = before.itemBiases[0] - meanBias
        for k in 0..<6 { overMean += before.userFactors[0, k] * (before.itemFactors[0, k] - meanItem[k]) }
        let weight = powf(Logistic.sigmoid(overMean), 0.7)
        let data0 = before.gradient(user: 0, positive: 0, negative: 1, regularization: 0)
        let full = before.gradient(user: 0, positive: 0, negative: 1)
        func step(_ old: [Float], _ withPenalty: [Float], _ dataOnly: [Float]) -> [Float] {
            old.indices.map { old[$0] - 0.1 * (withPenalty[$0] - dataOnly[$0] + weight * dataOnly[$0]) }
        }
        let expectedUser = step(before.userFactors.values, full.user, data0.user)
        let expectedItems = step(
            before.itemFactors.values, full.positiveItem + full.negativeItem, data0.positiveItem + data0.negativeItem)
        for (actual, wanted) in zip(after.userFactors.values + after.itemFactors.values, expectedUser + expectedItems) {
            #expect(actual.isApproximatelyEqual(to: wanted, absoluteTolerance: 1e-6))
        }
    }

    @Test func truncatedTrainingIsDeterministicAndDiffersFromPlainBPR() throws {
        let data = DefenseFixtures.twoGroups()
        let loss = DenoisingLoss.truncated(DropRateSchedule(maximumRate: 0.3, warmupEpochs: 1))
        let first = try DenoisedBPR.train(on: data, configuration: Self.configuration(epochs: 4, factors: 8), loss: loss)
        let second = try DenoisedBPR.train(on: data, configuration: Self.configuration(epochs: 4, factors: 8), loss: loss)
        let plain = try BPRMatrixFactorization.train(on: data, configuration: Self.configuration(epochs: 4, factors: 8))
        #expect(first.userFactors == second.userFactors)
        #expect(first.userFactors != plain.userFactors)
        #expect(throws: DefenseError.self) {
            try DenoisedBPR.train(on: data, configuration: .init(optimizer: .adam()), loss: loss)
        }
    }
}
