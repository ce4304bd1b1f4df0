/// The adversarial objective a ``ProfileGANTrainer`` optimises.
///
/// With `D(x) = σ(s(x))` the discriminator's probability that `x` is real (`s` its logit),
/// `x ~` real profiles and `x′ = G(z)` generated ones, means taken over a mini-batch:
/// ```
/// standard:       L_D = E[−log D(x)] + E[−log(1 − D(x′))] = E[softplus(−s(x))] + E[softplus(s(x′))]
///                 L_G = E[−log D(x′)]                      = E[softplus(−s(x′))]   (non-saturating)
/// wassersteinGP:  L_C = E[C(x′)] − E[C(x)] + λ·E[(‖∇_x̂ C(x̂)‖₂ − 1)²],   x̂ = εx + (1 − ε)x′, ε ~ U(0, 1)
///                 L_G = −E[C(x′)]
/// ```
/// The standard losses are evaluated in the softplus form, so they stay finite for confident
/// logits. WGAN-GP's critic `C` is the same network with its logit read as a score; the penalty
/// keeps it near 1-Lipschitz along lines between real and generated profiles and is the stable
/// choice when the standard game oscillates or collapses.
///
/// Encoded as `{"kind": "standard"}` or `{"kind": "wasserstein_gp", "lambda": 10}`.
///
/// References:
/// - Goodfellow et al., "Generative adversarial nets", NeurIPS 2014 (§3, the non-saturating `L_G`).
/// - Gulrajani, Ahmed, Arjovsky, Dumoulin & Courville, "Improved training of Wasserstein GANs",
///   NeurIPS 2017 (Algorithm 1).
public enum GANLoss: Sendable, Equatable, Hashable {
    /// The original minimax game with the non-saturating generator loss.
    case standard
    /// Wasserstein loss with a gradient penalty of weight `lambda` (the paper uses 10).
    case wassersteinGP(lambda: Float = 10)

    /// The gradient-penalty weight `λ`, or `nil` for the standard loss.
    public var gradientPenaltyWeight: Float? {
        if case .wassersteinGP(let lambda) = self { return lambda }
        return nil
    }

    /// The discriminator (critic) steps per generator step that the papers use: 1 for the
    /// standard loss, 5 for WGAN-GP.
    public var defaultDiscriminatorSteps: Int {
        self == .standard ? 1 : 5
    }
}

extension GANLoss: Codable {
    private enum CodingKeys: String, CodingKey {
        case kind, lambda
    }

    /// Decodes `{"kind": "standard"}` or `{"kind": "wasserstein_gp", "lambda": λ}` (λ defaults
    /// to 10 when absent).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let kind = try container.decode(String.self, forKey: .kind)
        switch kind {
        case "standard":
            self = .standard
        case "wasserstein_gp":
            self = .wassersteinGP(lambda: try container.decodeIfPresent(Float.self, forKey: .lambda) ?? 10)
        default:
            throw DecodingError.dataCorruptedError(
                forKey: .kind, in: container,
                debugDescription: "unknown GAN loss '\(kind)'; expected 'standard' or 'wasserstein_gp'")
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .standard:
            try container.encode("standard", forKey: .kind)
        case .wassersteinGP(let lambda):
            try container.encode("wasserstein_gp", forKey: .kind)
            try container.encode(lambda, forKey: .lambda)
        }
    }
}
