import RecShieldCore

/// The GAN attack as a fake-profile source for GAN-augmented training: each request trains the
/// profile GAN on the real data with the requested seed and returns its post-processed profiles
/// (no target items: augmentation does not know the attacker's targets).
public struct GANProfileSource: FakeProfileSource {
    /// The GAN's settings (the seed is replaced by the requested one).
    public var configuration: GANConfiguration
    /// The real data the GAN learns from.
    public var data: InteractionDataset

    /// Creates a source.
    public init(configuration: GANConfiguration = GANConfiguration(loss: .wassersteinGP()), data: InteractionDataset) {
        self.configuration = configuration
        self.data = data
    }

    /// - Throws: ``GANError`` for settings the GAN cannot train with.
    public func profiles(count: Int, seed: UInt64) throws -> InteractionDataset {
        var settings = configuration
        settings.seed = seed
        let result = try GANAttack.run(
            on: data, configuration: settings, request: GANAttackRequest(fakeUserCount: count))
        return result.fakeProfiles.dataset()
    }
}
