#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The BPR loss of one triple `(u, i, j)` and its exact gradient with respect to every parameter
/// the triple involves — what training follows and what adversarial perturbations (FGSM, APR)
/// need.
public struct BPRTripleGradient: Sendable, Equatable {
    /// The preference `x̂_uij`.
    public var preference: Float
    /// The loss `−ln σ(x̂_uij) + λ(‖u‖² + ‖v_i‖² + ‖v_j‖² + b_i² + b_j²)`.
    public var loss: Float
    /// `∂ℓ/∂u = −σ(−x̂)(v_i − v_j) + 2λu`.
    public var user: [Float]
    /// `∂ℓ/∂v_i = −σ(−x̂) u + 2λv_i`.
    public var positiveItem: [Float]
    /// `∂ℓ/∂v_j = σ(−x̂) u + 2λv_j`.
    public var negativeItem: [Float]
    /// `∂ℓ/∂b_i = −σ(−x̂) + 2λb_i`.
    public var positiveBias: Float
    /// `∂ℓ/∂b_j = σ(−x̂) + 2λb_j`.
    public var negativeBias: Float
}

extension BPRMatrixFactorization {
    /// The loss of a triple and its gradient, from explicit parameter values — e.g. embeddings
    /// under an adversarial perturbation. With `regularization: 0` it is the gradient of the data
    /// term `−ln σ(x̂)` alone, which FGSM and APR use.
    ///
    /// ```
    /// x̂ = u·(v_i − v_j) + b_i − b_j,   z = σ(−x̂)
    /// ℓ = −ln σ(x̂) + λ(‖u‖² + ‖v_i‖² + ‖v_j‖² + b_i² + b_j²)
    /// ```
    /// - Precondition: the three vectors have the same length.
    public static func gradient(
        user u: [Float], positiveItem vi: [Float], negativeItem vj: [Float],
        positiveBias bi: Float, negativeBias bj: Float, regularization lambda: Float
    ) -> BPRTripleGradient {
        precondition(u.count == vi.count && u.count == vj.count, "vectors differ in length")
        var dot: Float = 0
        var norms: Float = bi * bi + bj * bj
        for k in u.indices {
            dot += u[k] * (vi[k] - vj[k])
            norms += u[k] * u[k] + vi[k] * vi[k] + vj[k] * vj[k]
        }
        let x = dot + (bi - bj)
        let z = 1 / (1 + expf(x))
        let twiceLambda = 2 * lambda
        return BPRTripleGradient(
            preference: x,
            loss: negativeLogSigmoid(x) + lambda * norms,
            user: u.indices.map { twiceLambda * u[$0] - z * (vi[$0] - vj[$0]) },
            positiveItem: u.indices.map { twiceLambda * vi[$0] - z * u[$0] },
            negativeItem: u.indices.map { twiceLambda * vj[$0] + z * u[$0] },
            positiveBias: twiceLambda * bi - z,
            negativeBias: twiceLambda * bj + z)
    }

    /// The loss and gradient of the triple `(user, positive, negative)` at the model's
    /// parameters, with the model's `λ` unless `regularization` is given. Bias gradients are 0
    /// when the model has no item biases (they are not parameters then).
    /// - Precondition: indices in range.
    public func gradient(
        user: Int, positive: Int, negative: Int, regularization: Float? = nil
    ) -> BPRTripleGradient {
        var result = Self.gradient(
            user: userFactors.row(user), positiveItem: itemFactors.row(positive),
            negativeItem: itemFactors.row(negative), positiveBias: itemBiases[positive],
            negativeBias: itemBiases[negative],
            regularization: regularization ?? configuration.training.regularization)
        if !configuration.usesItemBiases {
            result.positiveBias = 0
            result.negativeBias = 0
        }
        return result
    }

    /// The preference `x̂_uij = ŷ_ui − ŷ_uj` of `positive` over `negative` for `user`.
    public func preference(user: Int, positive: Int, negative: Int) -> Float {
        score(user: user, item: positive) - score(user: user, item: negative)
    }

    /// `−ln σ(x) = ln(1 + e^(−x))`, computed without overflow for any `x`.
    static func negativeLogSigmoid(_ x: Float) -> Float {
        max(-x, 0) + log1pf(expf(-abs(x)))
    }
}
