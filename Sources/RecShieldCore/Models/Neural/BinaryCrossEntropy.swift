#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Binary cross-entropy on logits — the loss of implicit-feedback models such as NeuMF and of GAN
/// discriminators.
///
/// For a logit `s` and a label `y ∈ [0, 1]` (the prediction is `σ(s)`):
/// ```
/// ℓ(s, y)  = −y·log σ(s) − (1 − y)·log(1 − σ(s)) = softplus(s) − y·s
/// ∂ℓ/∂s    = σ(s) − y
/// ```
/// The `softplus` form (log-sum-exp) never takes the log of a rounded-to-zero probability, so the
/// loss stays finite and its gradient exact for confident wrong predictions, where `log σ(s)` computed
/// directly would give `−∞`.
///
/// References:
/// - Goodfellow, Bengio & Courville, *Deep Learning*, MIT Press 2016, §6.2.2.2.
public enum BinaryCrossEntropy {
    /// The loss `ℓ(s, y)` of one logit.
    @inlinable
    public static func loss(logit: Float, label: Float) -> Float {
        Logistic.softplus(logit) - label * logit
    }

    /// The derivative `∂ℓ/∂s = σ(s) − y` of one logit's loss.
    @inlinable
    public static func gradient(logit: Float, label: Float) -> Float {
        Logistic.sigmoid(logit) - label
    }

    /// The summed loss of a batch, and optionally each logit's gradient scaled by `scale`.
    /// - Parameters:
    ///   - logits: one logit per sample.
    ///   - labels: one label per sample, in `[0, 1]`.
    ///   - gradients: receives `scale · (σ(sᵢ) − yᵢ)` per sample when given; pass
    ///     `scale = 1 / batchSize` to differentiate the mean loss.
    ///   - scale: the factor applied to every gradient.
    /// - Returns: `Σᵢ ℓ(sᵢ, yᵢ)`, accumulated in `Double`.
    /// - Precondition: the buffers have equal length.
    public static func totalLoss(
        logits: UnsafeBufferPointer<Float>, labels: UnsafeBufferPointer<Float>,
        gradients: UnsafeMutableBufferPointer<Float>? = nil, scale: Float = 1
    ) -> Double {
        precondition(logits.count == labels.count, "logits and labels differ in length")
        precondition(gradients == nil || gradients!.count == logits.count, "gradients differ in length")
        var total = 0.0
        for index in 0..<logits.count {
            let logit = logits[index]
            let label = labels[index]
            // One exponential serves both forms; the results equal `loss` and `gradient` exactly.
            let e = expf(-abs(logit))
            total += Double(max(logit, 0) + log1pf(e) - label * logit)
            if let gradients {
                let sigmoid = logit >= 0 ? 1 / (1 + e) : e / (1 + e)
                gradients[index] = scale * (sigmoid - label)
            }
        }
        return total
    }
}
