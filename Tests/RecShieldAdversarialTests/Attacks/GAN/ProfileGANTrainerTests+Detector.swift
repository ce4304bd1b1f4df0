import RecShieldCore
import Testing
@testable import RecShieldAdversarial

extension ProfileGANTrainerTests {
    /// The standard discriminator is its own probability; the WGAN critic gets a Platt calibration.
    @Test func detectorCalibrationFollowsTheLoss() throws {
        let data = GANFixtures.ratedDataset(users: 6, items: 5)
        var standard = try Self.trainer(.standard)
        standard.train()
        #expect(standard.detector(itemIDs: data.itemIDs).calibration == .identity)
        var wasserstein = try Self.trainer(.wassersteinGP(lambda: 10))
        wasserstein.train()
        let critic = wasserstein.detector(itemIDs: data.itemIDs)
        #expect(critic.calibration != .identity && critic.calibration.slope.isFinite)
        #expect(critic.discriminator == wasserstein.gan.discriminator)
        let probabilities = critic.probabilitiesReal(for: data)
        #expect(probabilities.count == 6 && probabilities.allSatisfy { (0...1).contains($0) })
    }
}
