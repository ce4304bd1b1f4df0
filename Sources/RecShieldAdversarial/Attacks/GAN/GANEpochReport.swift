/// What one epoch of ``ProfileGANTrainer`` did: losses, the discriminator's accuracy and the
/// stealth of the generator's profiles at the end of the epoch.
///
/// Losses and accuracies are means over the epoch's steps, each measured on its batch just before
/// that step's update. Accuracy is the share of real profiles the discriminator calls real and
/// of generated profiles it calls fake: with the standard loss a profile is called real when
/// `D(x) > ½` (logit > 0); a WGAN critic has no probability, so there a profile is called real
/// when its score exceeds the midpoint of the batch's mean real and mean fake score.
///
/// Encodes with snake_case keys; absent values are written as `null`.
public struct GANEpochReport: Sendable, Equatable, Codable {
    /// The 1-based epoch number.
    public var epoch: Int
    /// Mean discriminator (critic) loss, gradient penalty included.
    public var discriminatorLoss: Double
    /// Mean generator loss, or `nil` when the epoch had no generator step.
    public var generatorLoss: Double?
    /// Discriminator steps taken in the epoch.
    public var discriminatorSteps: Int
    /// Generator steps taken in the epoch.
    public var generatorSteps: Int
    /// Share of real profiles called real.
    public var discriminatorAccuracyReal: Double
    /// Share of generated profiles called fake.
    public var discriminatorAccuracyFake: Double
    /// WGAN-GP only: mean `E[C(x)] − E[C(x′)]`, the critic's estimate of the Wasserstein distance.
    public var wassersteinEstimate: Double?
    /// WGAN-GP only: mean gradient penalty `λ·E[(‖∇C(x̂)‖ − 1)²]`.
    public var gradientPenalty: Double?
    /// WGAN-GP only: mean critic input-gradient norm at the interpolates.
    public var meanGradientNorm: Double?
    /// Stealth of a fresh sample of generated profiles after the epoch.
    public var stealth: GANStealthReport

    enum CodingKeys: String, CodingKey {
        case epoch
        case discriminatorLoss = "discriminator_loss"
        case generatorLoss = "generator_loss"
        case discriminatorSteps = "discriminator_steps"
        case generatorSteps = "generator_steps"
        case discriminatorAccuracyReal = "discriminator_accuracy_real"
        case discriminatorAccuracyFake = "discriminator_accuracy_fake"
        case wassersteinEstimate = "wasserstein_estimate"
        case gradientPenalty = "gradient_penalty"
        case meanGradientNorm = "mean_gradient_norm"
        case stealth
    }

    /// Encodes every key, `null` for absent values, so the schema is the same for both losses.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(epoch, forKey: .epoch)
        try container.encode(discriminatorLoss, forKey: .discriminatorLoss)
        try container.encode(generatorLoss, forKey: .generatorLoss)
        try container.encode(discriminatorSteps, forKey: .discriminatorSteps)
        try container.encode(generatorSteps, forKey: .generatorSteps)
        try container.encode(discriminatorAccuracyReal, forKey: .discriminatorAccuracyReal)
        try container.encode(discriminatorAccuracyFake, forKey: .discriminatorAccuracyFake)
        try container.encode(wassersteinEstimate, forKey: .wassersteinEstimate)
        try container.encode(gradientPenalty, forKey: .gradientPenalty)
        try container.encode(meanGradientNorm, forKey: .meanGradientNorm)
        try container.encode(stealth, forKey: .stealth)
    }
}
