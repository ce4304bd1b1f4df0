import RecShieldCore

/// The settings of every training-time defense, as `recshield train --defense` and configuration
/// files give them. Each key has one meaning; a key applies to the kinds listed and is ignored by
/// the others. JSON keys are snake_case; unknown keys are rejected when decoding.
///
/// - `epsilon` (float ≥ 0, default 0.5) — apr, amr [`--epsilon`]: `ε`, the L2 norm of each
///   perturbed embedding (apr) or feature (amr) row.
/// - `adversarial_weight` (float ≥ 0, default 1) — apr, amr [`--adversarial-weight`]: `λ`, the
///   weight of the adversarial loss.
/// - `adversarial_epochs` (int ≥ 0, default: the model's own `epochs`) — apr, amr: adversarial
///   epochs run after the model's own epochs of plain training (its pretraining).
/// - `mix_ratio` (float in (0, 1], default 0.1) — gan-augment [`--mix-ratio`]: generated profiles
///   per real user.
/// - `fake_profile_weight` (float in (0, 1], default 1) — gan-augment: the loss weight of
///   generated users' samples; 1 is plain augmentation, below 1 low-confidence samples (bpr only).
/// - `profile_seed` (int, default 0) — gan-augment: the seed handed to the profile source.
/// - `drop_rate` (float in [0, 1), default 0.2) — tce: the final share of positives dropped per
///   batch.
/// - `drop_rate_warmup_epochs` (float ≥ 0, default: a tenth of the model's `epochs`) — tce:
///   epochs over which the drop rate grows linearly from 0 to `drop_rate`.
/// - `reweight_exponent` (float ≥ 0, default 0.25) — rce: `β` of the weight `ŷ^β`.
public struct DefenseSettings: Sendable, Equatable {
    /// `ε` (apr, amr).
    public var epsilon: Float
    /// `λ` (apr, amr).
    public var adversarialWeight: Float
    /// Adversarial epochs after pretraining, or `nil` for the model's own epoch count (apr, amr).
    public var adversarialEpochs: Int?
    /// Generated profiles per real user (gan-augment).
    public var mixRatio: Double
    /// Loss weight of generated users' samples (gan-augment).
    public var fakeProfileWeight: Float
    /// Seed handed to the profile source (gan-augment).
    public var profileSeed: UInt64
    /// Final drop rate (tce).
    public var dropRate: Double
    /// Warm-up epochs of the drop rate, or `nil` for a tenth of the model's epochs (tce).
    public var dropRateWarmupEpochs: Double?
    /// `β` (rce).
    public var reweightExponent: Float

    /// Creates settings; every argument has the default listed on the type.
    public init(
        epsilon: Float = 0.5, adversarialWeight: Float = 1, adversarialEpochs: Int? = nil, mixRatio: Double = 0.1,
        fakeProfileWeight: Float = 1, profileSeed: UInt64 = 0, dropRate: Double = 0.2,
        dropRateWarmupEpochs: Double? = nil, reweightExponent: Float = 0.25
    ) {
        self.epsilon = epsilon
        self.adversarialWeight = adversarialWeight
        self.adversarialEpochs = adversarialEpochs
        self.mixRatio = mixRatio
        self.fakeProfileWeight = fakeProfileWeight
        self.profileSeed = profileSeed
        self.dropRate = dropRate
        self.dropRateWarmupEpochs = dropRateWarmupEpochs
        self.reweightExponent = reweightExponent
    }

    /// The adversarial-training settings for a model that trains `modelEpochs` epochs on its own.
    public func adversarial(modelEpochs: Int) -> AdversarialTrainingConfiguration {
        AdversarialTrainingConfiguration(
            epsilon: epsilon, adversarialWeight: adversarialWeight, epochs: adversarialEpochs ?? modelEpochs)
    }

    /// The GAN-augmentation settings.
    public var augmentation: GANAugmentation {
        GANAugmentation(mixRatio: mixRatio, fakeProfileWeight: fakeProfileWeight, seed: profileSeed)
    }

    /// The T-CE loss (tce) for a model that trains `modelEpochs` epochs.
    public func truncatedLoss(modelEpochs: Int) -> DenoisingLoss {
        .truncated(DropRateSchedule(maximumRate: dropRate, warmupEpochs: dropRateWarmupEpochs ?? 0.1 * Double(modelEpochs)))
    }

    /// The R-CE loss (rce).
    public var reweightedLoss: DenoisingLoss {
        .reweighted(exponent: reweightExponent)
    }

    /// Checks every key.
    /// - Throws: ``ModelError/invalidParameter(name:value:expected:)`` or
    ///   ``DefenseError/invalidSetting(name:value:expected:)`` naming the first bad key.
    public func validate() throws {
        try adversarial(modelEpochs: 0).validate()
        try augmentation.validate()
        try truncatedLoss(modelEpochs: 0).validate()
        try reweightedLoss.validate()
    }
}

extension DefenseSettings: Codable {
    enum CodingKeys: String, CodingKey, CaseIterable {
        case epsilon
        case adversarialWeight = "adversarial_weight"
        case adversarialEpochs = "adversarial_epochs"
        case mixRatio = "mix_ratio"
        case fakeProfileWeight = "fake_profile_weight"
        case profileSeed = "profile_seed"
        case dropRate = "drop_rate"
        case dropRateWarmupEpochs = "drop_rate_warmup_epochs"
        case reweightExponent = "reweight_exponent"
    }

    public init(from decoder: Decoder) throws {
        try UnknownKeys.reject(in: decoder, allowed: CodingKeys.allCases.map(\.stringValue))
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let defaults = DefenseSettings()
        self.init(
            epsilon: try container.decodeIfPresent(Float.self, forKey: .epsilon) ?? defaults.epsilon,
            adversarialWeight: try container.decodeIfPresent(Float.self, forKey: .adversarialWeight)
                ?? defaults.adversarialWeight,
            adversarialEpochs: try container.decodeIfPresent(Int.self, forKey: .adversarialEpochs),
            mixRatio: try container.decodeIfPresent(Double.self, forKey: .mixRatio) ?? defaults.mixRatio,
            fakeProfileWeight: try container.decodeIfPresent(Float.self, forKey: .fakeProfileWeight)
                ?? defaults.fakeProfileWeight,
            profileSeed: try container.decodeIfPresent(UInt64.self, forKey: .profileSeed) ?? defaults.profileSeed,
            dropRate: try container.decodeIfPresent(Double.self, forKey: .dropRate) ?? defaults.dropRate,
            dropRateWarmupEpochs: try container.decodeIfPresent(Double.self, forKey: .dropRateWarmupEpochs),
            reweightExponent: try container.decodeIfPresent(Float.self, forKey: .reweightExponent)
                ?? defaults.reweightExponent)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(epsilon, forKey: .epsilon)
        try container.encode(adversarialWeight, forKey: .adversarialWeight)
        try container.encodeIfPresent(adversarialEpochs, forKey: .adversarialEpochs)
        try container.encode(mixRatio, forKey: .mixRatio)
        try container.encode(fakeProfileWeight, forKey: .fakeProfileWeight)
        try container.encode(profileSeed, forKey: .profileSeed)
        try container.encode(dropRate, forKey: .dropRate)
        try container.encodeIfPresent(dropRateWarmupEpochs, forKey: .dropRateWarmupEpochs)
        try container.encode(reweightExponent, forKey: .reweightExponent)
    }
}
