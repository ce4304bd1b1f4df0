import RecShieldCore

/// The adversarial losses of ``GANLoss`` on a mini-batch of discriminator outputs, with their
/// gradients with respect to those outputs.
///
/// Standard GAN, on logits `s` (so `D = σ(s)`), using `−log σ(s) = softplus(−s)` and
/// `−log(1 − σ(s)) = softplus(s)`:
/// ```
/// L_D = (1/B_r) Σ softplus(−s(x))  + (1/B_f) Σ softplus(s(x′))     ∂/∂s(x) = (σ(s) − 1)/B_r,  ∂/∂s(x′) = σ(s)/B_f
/// L_G = (1/B_f) Σ softplus(−s(x′))                                  ∂/∂s(x′) = (σ(s) − 1)/B_f
/// ```
/// Wasserstein, on critic scores `C`:
/// ```
/// L_C = (1/B_f) Σ C(x′) − (1/B_r) Σ C(x)      ∂/∂C(x′) = 1/B_f,   ∂/∂C(x) = −1/B_r
/// L_G = −(1/B_f) Σ C(x′)                        ∂/∂C(x′) = −1/B_f
/// ```
/// (the critic's gradient penalty is ``GANGradientPenalty``). Losses are summed in `Double`. The
/// softplus form never takes the log of a probability rounded to 0, so the standard losses stay
/// finite and exact for logits of any size.
///
/// References:
/// - Goodfellow et al., "Generative adversarial nets", NeurIPS 2014.
/// - Arjovsky, Chintala & Bottou, "Wasserstein generative adversarial networks", ICML 2017.
public enum GANObjective {
    /// A loss and its gradients with respect to the real and the generated batch's outputs.
    public struct Evaluation: Sendable, Equatable {
        /// The mean loss.
        public var loss: Double
        /// `∂L/∂output` for each real profile (empty for generator losses).
        public var realGradients: [Float]
        /// `∂L/∂output` for each generated profile.
        public var fakeGradients: [Float]
    }

    /// The standard discriminator loss `L_D` on logits.
    /// - Precondition: both batches are non-empty.
    public static func discriminator(realLogits: [Float], fakeLogits: [Float]) -> Evaluation {
        precondition(!realLogits.isEmpty && !fakeLogits.isEmpty, "a discriminator batch is empty")
        let realScale = 1 / Float(realLogits.count)
        let fakeScale = 1 / Float(fakeLogits.count)
        let realLoss = realLogits.reduce(0.0) { $0 + Double(Logistic.softplus(-$1)) }
        let fakeLoss = fakeLogits.reduce(0.0) { $0 + Double(Logistic.softplus($1)) }
        return Evaluation(
            loss: realLoss / Double(realLogits.count) + fakeLoss / Double(fakeLogits.count),
            realGradients: realLogits.map { (Logistic.sigmoid($0) - 1) * realScale },
            fakeGradients: fakeLogits.map { Logistic.sigmoid($0) * fakeScale })
    }

    /// The non-saturating generator loss `L_G` on the discriminator's logits for generated profiles.
    /// - Precondition: the batch is non-empty.
    public static func generator(fakeLogits: [Float]) -> Evaluation {
        precondition(!fakeLogits.isEmpty, "a generator batch is empty")
        let scale = 1 / Float(fakeLogits.count)
        let loss = fakeLogits.reduce(0.0) { $0 + Double(Logistic.softplus(-$1)) }
        return Evaluation(
            loss: loss / Double(fakeLogits.count), realGradients: [],
            fakeGradients: fakeLogits.map { (Logistic.sigmoid($0) - 1) * scale })
    }

    /// The Wasserstein critic loss `L_C` without the gradient penalty.
    /// - Precondition: both batches are non-empty.
    public static func critic(realScores: [Float], fakeScores: [Float]) -> Evaluation {
        precondition(!realScores.isEmpty && !fakeScores.isEmpty, "a critic batch is empty")
        let realMean = mean(realScores)
        let fakeMean = mean(fakeScores)
        return Evaluation(
            loss: fakeMean - realMean,
            realGradients: [Float](repeating: -1 / Float(realScores.count), count: realScores.count),
            fakeGradients: [Float](repeating: 1 / Float(fakeScores.count), count: fakeScores.count))
    }

    /// The Wasserstein generator loss `−E[C(x′)]`.
    /// - Precondition: the batch is non-empty.
    public static func wassersteinGenerator(fakeScores: [Float]) -> Evaluation {
        precondition(!fakeScores.isEmpty, "a generator batch is empty")
        return Evaluation(
            loss: -mean(fakeScores), realGradients: [],
            fakeGradients: [Float](repeating: -1 / Float(fakeScores.count), count: fakeScores.count))
    }

    private static func mean(_ values: [Float]) -> Double {
        values.reduce(0.0) { $0 + Double($1) } / Double(values.count)
    }
}
