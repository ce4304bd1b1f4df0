import RecShieldCore

/// The settings of GAN-augmented training (``GANAugmentedTraining``).
///
/// Keys:
/// - `mixRatio` (float in (0, 1], default 0.1): generated profiles per real user (users with at
///   least one interaction): `max(1, round(mixRatio · real users))` profiles.
/// - `fakeProfileWeight` (float in (0, 1], default 1): the weight of a generated user's samples in
///   the loss. 1 is plain augmentation (generated users are ordinary users); below 1 they are
///   low-confidence samples (BPR only).
/// - `seed` (int, default 0): handed to the profile source.
public struct GANAugmentation: Sendable, Equatable, Codable {
    /// Generated profiles per real user.
    public var mixRatio: Double
    /// The loss weight of generated users' samples.
    public var fakeProfileWeight: Float
    /// The seed handed to the profile source.
    public var seed: UInt64

    /// Creates settings; every argument has the default listed on the type.
    public init(mixRatio: Double = 0.1, fakeProfileWeight: Float = 1, seed: UInt64 = 0) {
        self.mixRatio = mixRatio
        self.fakeProfileWeight = fakeProfileWeight
        self.seed = seed
    }

    /// Checks every key.
    /// - Throws: ``DefenseError/invalidSetting(name:value:expected:)`` naming the first bad key.
    public func validate() throws {
        if !(mixRatio > 0 && mixRatio <= 1) {
            throw DefenseError.invalidSetting(name: "mix_ratio", value: "\(mixRatio)", expected: "a number in (0, 1]")
        }
        if !(fakeProfileWeight > 0 && fakeProfileWeight <= 1) {
            throw DefenseError.invalidSetting(
                name: "fake_profile_weight", value: "\(fakeProfileWeight)", expected: "a number in (0, 1]")
        }
    }

    /// The number of profiles to generate for `realUsers` real users.
    public func profileCount(realUsers: Int) -> Int {
        max(1, Int((mixRatio * Double(realUsers)).rounded()))
    }
}

/// Real interactions followed by generated users' interactions, ready to train on.
public struct AugmentedDataset: Sendable, Equatable {
    /// The training data: the real users keep their indices `0..<realUserCount`, generated users
    /// follow (raw IDs `generated-<n>`, skipping IDs the real data uses); timestamps are dropped,
    /// ratings kept when both parts have them.
    public var data: InteractionDataset
    /// The size of the real user map.
    public var realUserCount: Int

    /// Creates an augmented data set.
    public init(data: InteractionDataset, realUserCount: Int) {
        self.data = data
        self.realUserCount = realUserCount
    }

    /// The number of generated users.
    public var generatedUserCount: Int { data.userCount - realUserCount }
}
