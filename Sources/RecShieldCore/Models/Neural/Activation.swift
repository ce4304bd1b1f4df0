#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An element-wise activation function of a dense layer, with its derivative.
///
/// ```
/// identity:   f(x) = x                          f′ = 1
/// relu:       f(x) = max(x, 0)                  f′ = 1 if x > 0 else 0
/// leakyReLU:  f(x) = x if x > 0 else a·x        f′ = 1 if x > 0 else a
/// sigmoid:    f(x) = 1 / (1 + e^(−x))           f′ = f·(1 − f)
/// tanh:       f(x) = tanh x                     f′ = 1 − f²
/// ```
/// Derivatives are evaluated from the *output* `y = f(x)`, so a layer keeps only its outputs for the
/// backward pass. That is exact for every case above as long as the leaky slope `a` is not negative
/// (`x > 0 ⇔ y > 0`); ``Dense`` checks this. At the kink `x = 0` ReLU and leaky ReLU use the left
/// derivative (0 and `a`).
///
/// References:
/// - Nair & Hinton, "Rectified linear units improve restricted Boltzmann machines", ICML 2010.
/// - Maas, Hannun & Ng, "Rectifier nonlinearities improve neural network acoustic models", ICML 2013.
public enum Activation: Sendable, Equatable, Hashable {
    /// `f(x) = x`: a linear layer (logits, regression outputs).
    case identity
    /// `f(x) = max(x, 0)`.
    case relu
    /// `f(x) = x` for positive `x`, `slope · x` otherwise; `slope` must be in `[0, ∞)`.
    case leakyReLU(slope: Float)
    /// The logistic sigmoid `σ(x)`, evaluated without overflow (see ``Logistic``).
    case sigmoid
    /// The hyperbolic tangent.
    case tanh

    /// Whether the derivative can be recovered from the output (a leaky slope that is finite and
    /// not negative).
    public var isValid: Bool {
        if case .leakyReLU(let slope) = self { return slope >= 0 && slope.isFinite }
        return true
    }

    /// `f(x)`.
    @inlinable
    public func value(at x: Float) -> Float {
        switch self {
        case .identity: return x
        case .relu: return x > 0 ? x : 0
        case .leakyReLU(let slope): return x > 0 ? x : slope * x
        case .sigmoid: return Logistic.sigmoid(x)
        case .tanh: return tanhf(x)
        }
    }

    /// `f′(x)` expressed through the output `y = f(x)`.
    @inlinable
    public func derivative(output y: Float) -> Float {
        switch self {
        case .identity: return 1
        case .relu: return y > 0 ? 1 : 0
        case .leakyReLU(let slope): return y > 0 ? 1 : slope
        case .sigmoid: return y * (1 - y)
        case .tanh: return 1 - y * y
        }
    }

    /// Replaces each of `count` values by `f(value)`.
    public func apply(to values: UnsafeMutablePointer<Float>, count: Int) {
        switch self {
        case .identity:
            return
        case .relu:
            Self.scaleNonPositive(values, count: count, by: 0, where: values)
        case .leakyReLU(let slope):
            Self.scaleNonPositive(values, count: count, by: slope, where: values)
        default:
            for index in 0..<count { values[index] = value(at: values[index]) }
        }
    }

    /// Chain rule through the activation: `gradients[i] *= f′` at `outputs[i]`, turning
    /// `∂L/∂y` into `∂L/∂x`.
    public func backpropagate(
        outputs: UnsafePointer<Float>, gradients: UnsafeMutablePointer<Float>, count: Int
    ) {
        switch self {
        case .identity:
            return
        case .relu:
            Self.scaleNonPositive(gradients, count: count, by: 0, where: outputs)
        case .leakyReLU(let slope):
            Self.scaleNonPositive(gradients, count: count, by: slope, where: outputs)
        default:
            for index in 0..<count { gradients[index] *= derivative(output: outputs[index]) }
        }
    }

    /// `values[i] *= scale` wherever `!(keys[i] > 0)`, 16 lanes at a time with a select instead of
    /// a branch (ReLU signs are unpredictable). `keys` may be `values` itself.
    private static func scaleNonPositive(
        _ values: UnsafeMutablePointer<Float>, count: Int, by scale: Float, where keys: UnsafePointer<Float>
    ) {
        let rawValues = UnsafeMutableRawPointer(values)
        let rawKeys = UnsafeRawPointer(keys)
        let zero = SIMD16<Float>()
        let factor = SIMD16<Float>(repeating: scale)
        var index = 0
        while index + 16 <= count {
            let offset = index &* 4
            let v = rawValues.loadUnaligned(fromByteOffset: offset, as: SIMD16<Float>.self)
            let k = rawKeys.loadUnaligned(fromByteOffset: offset, as: SIMD16<Float>.self)
            let scaled = scale == 0 ? zero : v * factor
            rawValues.storeBytes(
                of: v.replacing(with: scaled, where: .!(k .> zero)), toByteOffset: offset, as: SIMD16<Float>.self)
            index &+= 16
        }
        while index < count {
            if !(keys[index] > 0) { values[index] = scale == 0 ? 0 : values[index] * scale }
            index &+= 1
        }
    }
}
