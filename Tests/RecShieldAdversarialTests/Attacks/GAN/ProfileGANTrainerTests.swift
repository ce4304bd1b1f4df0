import Numerics
import RecShieldCore
import RecShieldTestSupport
import Testing
@testable import RecShieldAdversarial

@Suite struct ProfileGANTrainerTests {
    /// A tiny configuration: 3-dimensional noise, 3 → 4 → 5 generator, 5 → 4 → 3 → 1 discriminator.
    static func configuration(_ loss: GANLoss, seed: UInt64 = 7) -> GANConfiguration {
        var configuration = GANConfiguration(loss: loss)
        configuration.noiseDimension = 3
        configuration.generatorHiddenLayers = [4]
        configuration.discriminatorHiddenLayers = [4, 3]
        configuration.batchSize = 3
        configuration.epochs = 2
        configuration.diagnosticSampleSize = 4
        configuration.seed = seed
        return configuration
    }

    static let losses: [GANLoss] = [.standard, .wassersteinGP(lambda: 10)]

    static func trainer(_ loss: GANLoss, seed: UInt64 = 7) throws -> ProfileGANTrainer {
        try ProfileGANTrainer(data: GANFixtures.ratedDataset(users: 6, items: 5), configuration: configuration(loss, seed: seed))
    }

    /// `L_D(θ_D)` recomputed from scratch with the noise (and interpolation weights) that `rng`
    /// yields, using only `predict`, ``GANObjective`` and the penalty's value.
    static func discriminatorLoss(_ trainer: ProfileGANTrainer, discriminator: MLP, rng: Xoshiro256StarStar) -> Double {
        var rng = rng
        let width = trainer.profiles.itemCount
        let fakes = trainer.gan.generator.predict(trainer.gan.noise(count: 3, using: &rng), batchSize: 3)
        var real = [Float](repeating: 0, count: 3 * width)
        real.withUnsafeMutableBufferPointer { trainer.profiles.densify(rows: 0..<3, into: $0.baseAddress!) }
        let realScores = discriminator.predict(real, batchSize: 3)
        let fakeScores = discriminator.predict(fakes, batchSize: 3)
        guard let lambda = trainer.configuration.loss.gradientPenaltyWeight else {
            return GANObjective.discriminator(realLogits: realScores, fakeLogits: fakeScores).loss
        }
        var interpolates = real
        for row in 0..<3 {
            let epsilon = rng.nextUnitFloat()
            for index in 0..<width {
                let slot = row * width + index
                interpolates[slot] = fakes[slot] + epsilon * (real[slot] - fakes[slot])
            }
        }
        return GANObjective.critic(realScores: realScores, fakeScores: fakeScores).loss
            + GANGradientPenalty(weight: lambda).evaluate(critic: discriminator, inputs: interpolates, batchSize: 3).penalty
    }

    /// `L_G(θ_G)` recomputed from scratch with the noise `rng` yields.
    static func generatorLoss(_ trainer: ProfileGANTrainer, generator: MLP, rng: Xoshiro256StarStar) -> Double {
        var rng = rng
        let fakes = generator.predict(trainer.gan.noise(count: 3, using: &rng), batchSize: 3)
        let scores = trainer.gan.discriminator.predict(fakes, batchSize: 3)
        return trainer.configuration.loss == .standard
            ? GANObjective.generator(fakeLogits: scores).loss
            : GANObjective.wassersteinGenerator(fakeScores: scores).loss
    }

    @Test(arguments: losses)
    func discriminatorGradientsMatchFiniteDifferences(loss: GANLoss) throws {
        var trainer = try Self.trainer(loss)
        let start = Xoshiro256StarStar(seed: 99)
        var rng = start
        var tally = GANEpochTally()
        trainer.accumulateDiscriminatorGradients(rows: [0, 1, 2][...], using: &rng, tally: &tally)
        let discriminator = trainer.gan.discriminator
        let numeric = FiniteDifference.gradient(at: discriminator.parameters) { parameters in
            var probe = discriminator
            probe.parameters = parameters
            return Self.discriminatorLoss(trainer, discriminator: probe, rng: start)
        }
        #expect(FiniteDifference.mismatches(discriminator.gradients, numeric).isEmpty)
        #expect(numeric.filter { abs($0) > 0.01 }.count > numeric.count / 4)
        #expect(tally.discriminatorLoss.isApproximatelyEqual(
            to: Self.discriminatorLoss(trainer, discriminator: discriminator, rng: start), relativeTolerance: 1e-5))
    }

    @Test(arguments: losses)
    func generatorGradientsMatchFiniteDifferences(loss: GANLoss) throws {
        var trainer = try Self.trainer(loss)
        let start = Xoshiro256StarStar(seed: 98)
        var rng = start
        var tally = GANEpochTally()
        trainer.accumulateGeneratorGradients(using: &rng, tally: &tally)
        let generator = trainer.gan.generator
        let numeric = FiniteDifference.gradient(at: generator.parameters) { parameters in
            var probe = generator
            probe.parameters = parameters
            return Self.generatorLoss(trainer, generator: probe, rng: start)
        }
        #expect(FiniteDifference.mismatches(generator.gradients, numeric, absoluteTolerance: 1e-4).isEmpty)
        #expect(numeric.filter { abs($0) > 1e-3 }.count > numeric.count / 4)
        #expect(trainer.gan.discriminator.gradients.allSatisfy { $0 == 0 })
        #expect(tally.generatorLoss.isApproximatelyEqual(
            to: Self.generatorLoss(trainer, generator: generator, rng: start), relativeTolerance: 1e-5))
    }

    @Test(arguments: losses)
    func sameSeedGivesSameNetworksAndReports(loss: GANLoss) throws {
        var first = try Self.trainer(loss)
        var second = try Self.trainer(loss)
        var third = try Self.trainer(loss, seed: 8)
        first.train()
        second.train()
        third.train()
        #expect(first.gan == second.gan)
        #expect(first.reports == second.reports)
        #expect(first.gan != third.gan)
        #expect(first.reports.count == 2 && first.completedEpochs == 2)
    }

    @Test func generatorStepsFollowTheUpdateRatioAcrossEpochs() throws {
        var configuration = Self.configuration(.wassersteinGP(lambda: 10))
        configuration.epochs = 3
        // 6 users in batches of 3: 2 critic steps per epoch, one generator step per 5 critic steps.
        var trainer = try ProfileGANTrainer(data: GANFixtures.ratedDataset(users: 6, items: 5), configuration: configuration)
        trainer.train()
        #expect(trainer.reports.map(\.discriminatorSteps) == [2, 2, 2])
        #expect(trainer.reports.map(\.generatorSteps) == [0, 0, 1])
        #expect(trainer.reports[0].generatorLoss == nil && trainer.reports[2].generatorLoss != nil)
        #expect(trainer.reports.allSatisfy { $0.gradientPenalty != nil && $0.wassersteinEstimate != nil })
    }

    @Test func trainStopsWhenTheCallbackSaysSo() throws {
        var trainer = try Self.trainer(.standard)
        var seen: [Int] = []
        let result = trainer.train { report in
            seen.append(report.epoch)
            return false
        }
        #expect(seen == [1])
        #expect(result.epochs.count == 1)
        #expect(result.epochs[0].wassersteinEstimate == nil)
    }

    @Test func emptyDataIsRejected() {
        let empty = InteractionDataset(userIDs: IDMap(), itemIDs: IDMap(), users: [], items: [], ratings: [])
        #expect(throws: GANError.emptyData) { try ProfileGANTrainer(data: empty) }
    }
}
