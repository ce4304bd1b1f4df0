import RecShieldCore
import Testing
@testable import RecShieldAdversarial

@Suite struct ProfileGANTests {
    static func gan(seed: UInt64 = 3) -> ProfileGAN {
        var configuration = GANConfiguration()
        configuration.noiseDimension = 4
        configuration.generatorHiddenLayers = [6, 5]
        configuration.discriminatorHiddenLayers = [3]
        configuration.generatorSlope = 0.1
        var rng = Xoshiro256StarStar(seed: seed)
        return ProfileGAN(itemCount: 7, configuration: configuration, using: &rng)
    }

    @Test func networksHaveTheConfiguredShapes() {
        let gan = Self.gan()
        #expect(gan.generator.layers.map(\.outputCount) == [6, 5, 7])
        #expect(gan.generator.layers.map(\.activation) == [.leakyReLU(slope: 0.1), .leakyReLU(slope: 0.1), .sigmoid])
        #expect(gan.discriminator.layers.map(\.outputCount) == [3, 1])
        #expect(gan.discriminator.layers.map(\.activation) == [.leakyReLU(slope: 0.2), .identity])
        #expect(gan.noiseDimension == 4 && gan.itemCount == 7)
        #expect(GANGradientPenalty.supports(gan.discriminator))
    }

    @Test func generatedProfilesLieInTheUnitInterval() {
        let gan = Self.gan()
        var rng = Xoshiro256StarStar(seed: 8)
        let vectors = gan.generate(count: 5, using: &rng)
        #expect(vectors.count == 35)
        #expect(vectors.allSatisfy { $0 >= 0 && $0 <= 1 })
        #expect(Set(vectors).count > 20)
        #expect(gan.logits(vectors, count: 5).count == 5)
    }

    @Test func sameSeedGivesSameNetworksAndNoise() {
        #expect(Self.gan(seed: 3) == Self.gan(seed: 3))
        #expect(Self.gan(seed: 3) != Self.gan(seed: 4))
        var first = Xoshiro256StarStar(seed: 1)
        var second = Xoshiro256StarStar(seed: 1)
        #expect(Self.gan().noise(count: 3, using: &first) == Self.gan().noise(count: 3, using: &second))
    }
}
