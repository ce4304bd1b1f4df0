import Numerics
import RecShieldTestSupport
import Testing
@testable import RecShieldAdversarial

@Suite struct GANObjectiveTests {
    static func expectClose(_ actual: [Float], _ expected: [Double], tolerance: Double = 1e-6) {
        #expect(actual.count == expected.count)
        for (a, e) in zip(actual, expected) {
            #expect(Double(a).isApproximatelyEqual(to: e, absoluteTolerance: tolerance))
        }
    }

    /// Real logits (2, −1), fake logits (0.5, −3):
    /// `L_D = ½[−log σ(2) − log σ(−1)] + ½[−log(1 − σ(0.5)) − log(1 − σ(−3))]
    ///      = ½[0.126928 + 1.313262] + ½[0.974077 + 0.048587] = 1.231427`;
    /// gradients `(σ(s) − 1)/2` for real = (−0.059601, −0.365529), `σ(s)/2` for fake = (0.311230, 0.023713).
    @Test func discriminatorLossMatchesTheFormula() {
        let evaluation = GANObjective.discriminator(realLogits: [2, -1], fakeLogits: [0.5, -3])
        #expect(evaluation.loss.isApproximatelyEqual(to: 1.2314270, absoluteTolerance: 1e-6))
        Self.expectClose(evaluation.realGradients, [-0.0596015, -0.3655293])
        Self.expectClose(evaluation.fakeGradients, [0.3112297, 0.0237129])
    }

    /// Fake logits (0.5, −3): `L_G = ½[−log σ(0.5) − log σ(−3)] = ½[0.474077 + 3.048587] = 1.761332`,
    /// gradients `(σ(s) − 1)/2 = (−0.188770, −0.476287)`.
    @Test func generatorLossMatchesTheFormula() {
        let evaluation = GANObjective.generator(fakeLogits: [0.5, -3])
        #expect(evaluation.loss.isApproximatelyEqual(to: 1.7613322, absoluteTolerance: 1e-6))
        Self.expectClose(evaluation.fakeGradients, [-0.1887703, -0.4762871])
        #expect(evaluation.realGradients.isEmpty)
    }

    /// With confident wrong logits `−log σ(−100) = 100` exactly in the softplus form, where
    /// `log σ(−100)` computed directly in `Float` would be `−∞`.
    @Test func confidentLogitsGiveFiniteLossesAndSaturatedGradients() {
        let discriminator = GANObjective.discriminator(realLogits: [-100], fakeLogits: [100])
        #expect(discriminator.loss == 200)
        #expect(discriminator.realGradients == [-1] && discriminator.fakeGradients == [1])
        let generator = GANObjective.generator(fakeLogits: [-100])
        #expect(generator.loss == 100)
        #expect(generator.fakeGradients == [-1])
    }

    /// Scores real (1, 3), fake (0, −2): `L_C = −1 − 2 = −3`, `L_G = −(−1) = 1`.
    @Test func wassersteinLossesMatchTheFormula() {
        let critic = GANObjective.critic(realScores: [1, 3], fakeScores: [0, -2])
        #expect(critic.loss == -3)
        #expect(critic.realGradients == [-0.5, -0.5] && critic.fakeGradients == [0.5, 0.5])
        let generator = GANObjective.wassersteinGenerator(fakeScores: [0, -2])
        #expect(generator.loss == 1)
        #expect(generator.fakeGradients == [-0.5, -0.5])
    }

    @Test func standardGradientsMatchFiniteDifferences() {
        let real: [Double] = [1.3, -0.4, 2.2]
        let fake: [Double] = [-0.7, 0.9]
        let evaluation = GANObjective.discriminator(realLogits: real.map(Float.init), fakeLogits: fake.map(Float.init))
        let numeric = FiniteDifference.gradient(at: real + fake) { logits in
            GANObjective.discriminator(
                realLogits: logits.prefix(3).map(Float.init), fakeLogits: logits.suffix(2).map(Float.init)
            ).loss
        }
        #expect(FiniteDifference.mismatches(evaluation.realGradients + evaluation.fakeGradients, numeric).isEmpty)
        let generator = GANObjective.generator(fakeLogits: fake.map(Float.init))
        let numericGenerator = FiniteDifference.gradient(at: fake) {
            GANObjective.generator(fakeLogits: $0.map(Float.init)).loss
        }
        #expect(FiniteDifference.mismatches(generator.fakeGradients, numericGenerator).isEmpty)
    }
}
