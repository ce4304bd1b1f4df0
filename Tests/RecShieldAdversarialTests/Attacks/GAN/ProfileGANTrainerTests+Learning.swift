import Numerics
import RecShieldCore
import RecShieldTestSupport
import Testing
@testable import RecShieldAdversarial

extension ProfileGANTrainerTests {
    /// 40 users × 16 items where item i is in a profile with probability 0.95·0.8ⁱ, so popularity
    /// falls steeply with the item index; ratings on the 1–5 scale.
    static func skewedDataset() -> InteractionDataset {
        var rng = Xoshiro256StarStar(seed: 5)
        var users: [Int32] = []
        var items: [Int32] = []
        var ratings: [Float] = []
        for user in 0..<40 {
            for item in 0..<16 where rng.nextUnitDouble() < 0.95 * Double.pow(0.8, item) {
                users.append(Int32(user))
                items.append(Int32(item))
                ratings.append(Float(1 + (user + item) % 5))
            }
        }
        return InteractionDataset(
            userIDs: GANFixtures.idMap(prefix: "u", count: 40), itemIDs: GANFixtures.idMap(prefix: "i", count: 16),
            users: users, items: items, ratings: ratings)
    }

    /// The Pearson correlation of two equally long lists.
    static func correlation(_ x: [Double], _ y: [Double]) -> Double {
        let meanX = x.reduce(0, +) / Double(x.count)
        let meanY = y.reduce(0, +) / Double(y.count)
        var (xy, xx, yy) = (0.0, 0.0, 0.0)
        for (a, b) in zip(x, y) {
            xy += (a - meanX) * (b - meanY)
            xx += (a - meanX) * (a - meanX)
            yy += (b - meanY) * (b - meanY)
        }
        return xy / (xx * yy).squareRoot()
    }

    /// The mean generated value of each item over 200 fresh profiles.
    static func meanGeneratedProfile(_ gan: ProfileGAN) -> [Double] {
        var rng = Xoshiro256StarStar(seed: 123)
        let vectors = gan.generate(count: 200, using: &rng)
        return (0..<gan.itemCount).map { item in
            stride(from: item, to: vectors.count, by: gan.itemCount).reduce(0.0) { $0 + Double(vectors[$1]) } / 200
        }
    }

    @Test(arguments: losses)
    func trainingTeachesTheGeneratorItemPopularity(loss: GANLoss) throws {
        let data = Self.skewedDataset()
        var configuration = GANConfiguration(loss: loss)
        configuration.noiseDimension = 8
        configuration.generatorHiddenLayers = [16]
        configuration.discriminatorHiddenLayers = [16]
        configuration.batchSize = 10
        configuration.epochs = 60
        configuration.generatorLearningRate = 0.005
        configuration.discriminatorLearningRate = 0.005
        configuration.discriminatorSteps = loss == .standard ? 1 : 2
        configuration.diagnosticSampleSize = 16
        var trainer = try ProfileGANTrainer(data: data, configuration: configuration)
        var popularity = [Double](repeating: 0, count: 16)
        for item in data.items { popularity[Int(item)] += 1 / 40 }
        let before = Self.correlation(Self.meanGeneratedProfile(trainer.gan), popularity)
        let result = trainer.train()
        let after = Self.correlation(Self.meanGeneratedProfile(trainer.gan), popularity)
        #expect(after > 0.8)
        #expect(after > before + 0.3)
        #expect(result.epochs.allSatisfy { $0.discriminatorLoss.isFinite && ($0.generatorLoss?.isFinite ?? false) })
        #expect(result.epochs.last!.stealth.itemTotalVariation < result.epochs.first!.stealth.itemTotalVariation)
        func mean(_ values: some Collection<Double>) -> Double { values.reduce(0, +) / Double(values.count) }
        if loss == .standard {
            // The discriminator wins early; as the generator improves its loss rises towards the
            // equilibrium value 2·log 2, where it can no longer tell real from fake.
            let losses = result.epochs.map(\.discriminatorLoss)
            #expect(mean(losses.suffix(5)) > mean(losses.prefix(5)))
            #expect(abs(mean(losses.suffix(5)) - 2 * Double.log(2)) < 0.15)
        } else {
            // The critic's Wasserstein estimate peaks early and shrinks as the generator catches up.
            let estimates = result.epochs.compactMap(\.wassersteinEstimate)
            #expect(estimates.prefix(10).max()! > 3 * mean(estimates.suffix(5)))
        }
    }
}
