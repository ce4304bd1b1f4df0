#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The Adam optimiser: per-parameter step sizes from bias-corrected moment estimates.
///
/// At step `t` (starting at 1), for each parameter with gradient `g`:
/// ```
/// m ← β₁·m + (1 − β₁)·g          m̂ = m / (1 − β₁ᵗ)
/// v ← β₂·v + (1 − β₂)·g²         v̂ = v / (1 − β₂ᵗ)
/// θ ← θ − α · m̂ / (√v̂ + ε)
/// ```
/// The row-wise update (``update(rows:width:parameters:gradients:)``) is the "lazy" variant used for
/// embedding tables: it counts as one step `t`, but only the listed rows' moments decay and only
/// those rows move, so a mini-batch costs O(rows touched) rather than O(table). Rows a batch did not
/// touch keep their moments, unlike dense Adam, which would decay them and keep moving the rows on
/// momentum alone.
///
/// References:
/// - Kingma & Ba, "Adam: A method for stochastic optimization", ICLR 2015, Algorithm 1.
public struct Adam: Optimizer, Sendable, Equatable {
    /// The step size `α`.
    public var learningRate: Float
    /// The decay `β₁` of the first-moment (mean) estimate.
    public let beta1: Float
    /// The decay `β₂` of the second-moment (uncentred variance) estimate.
    public let beta2: Float
    /// The `ε` added to `√v̂` to keep the step finite.
    public let epsilon: Float
    /// The number of steps taken so far (`t` of the last step).
    public private(set) var step: Int = 0
    /// The first-moment estimates `m`, one per parameter.
    public private(set) var firstMoment: [Float]
    /// The second-moment estimates `v`, one per parameter.
    public private(set) var secondMoment: [Float]

    /// Creates the optimiser for a buffer of `parameterCount` parameters, with zero moments.
    /// - Parameters:
    ///   - parameterCount: the size of the buffer this instance will update.
    ///   - learningRate: `α` (default 0.001).
    ///   - beta1: `β₁` in `[0, 1)` (default 0.9).
    ///   - beta2: `β₂` in `[0, 1)` (default 0.999).
    ///   - epsilon: `ε > 0` (default 1e-8).
    public init(
        parameterCount: Int, learningRate: Float = 0.001, beta1: Float = 0.9, beta2: Float = 0.999,
        epsilon: Float = 1e-8
    ) {
        precondition(parameterCount >= 0, "parameter count must not be negative")
        precondition((0..<1).contains(beta1) && (0..<1).contains(beta2), "Adam betas must lie in [0, 1)")
        precondition(epsilon > 0, "Adam epsilon must be positive")
        self.learningRate = learningRate
        self.beta1 = beta1
        self.beta2 = beta2
        self.epsilon = epsilon
        self.firstMoment = [Float](repeating: 0, count: parameterCount)
        self.secondMoment = [Float](repeating: 0, count: parameterCount)
    }

    public mutating func update(
        _ parameters: UnsafeMutableBufferPointer<Float>, gradients: UnsafeBufferPointer<Float>
    ) {
        precondition(
            parameters.count == firstMoment.count && gradients.count == firstMoment.count,
            "buffer size differs from the optimiser's parameter count")
        guard let p = parameters.baseAddress, let g = gradients.baseAddress else {
            step += 1
            return
        }
        let constants = advance()
        firstMoment.withUnsafeMutableBufferPointer { m in
            secondMoment.withUnsafeMutableBufferPointer { v in
                Self.kernel(
                    count: parameters.count, parameters: p, gradients: g,
                    first: m.baseAddress!, second: v.baseAddress!, constants: constants)
            }
        }
    }

    public mutating func update(
        rows: UnsafeBufferPointer<Int32>, width: Int,
        parameters: UnsafeMutableBufferPointer<Float>, gradients: UnsafeBufferPointer<Float>
    ) {
        precondition(
            parameters.count == firstMoment.count && gradients.count == firstMoment.count,
            "buffer size differs from the optimiser's parameter count")
        let constants = advance()
        guard let p = parameters.baseAddress, let g = gradients.baseAddress else { return }
        firstMoment.withUnsafeMutableBufferPointer { m in
            secondMoment.withUnsafeMutableBufferPointer { v in
                for row in rows {
                    let offset = Int(row) * width
                    precondition(offset >= 0 && offset + width <= parameters.count, "row out of range")
                    Self.kernel(
                        count: width, parameters: p + offset, gradients: g + offset,
                        first: m.baseAddress! + offset, second: v.baseAddress! + offset,
                        constants: constants)
                }
            }
        }
    }

    /// The per-step constants of one update.
    private struct StepConstants {
        var beta1: Float
        var beta2: Float
        var epsilon: Float
        /// `α / (1 − β₁ᵗ)`.
        var rate: Float
        /// `1 / (1 − β₂ᵗ)`.
        var secondCorrection: Float
    }

    /// Counts a step and returns its constants; the bias corrections are computed in `Double`.
    private mutating func advance() -> StepConstants {
        step += 1
        let t = Double(step)
        let correction1 = 1 - pow(Double(beta1), t)
        let correction2 = 1 - pow(Double(beta2), t)
        return StepConstants(
            beta1: beta1, beta2: beta2, epsilon: epsilon,
            rate: Float(Double(learningRate) / correction1), secondCorrection: Float(1 / correction2))
    }

    /// The element-wise update of `count` contiguous parameters, 16 lanes at a time.
    private static func kernel(
        count: Int, parameters: UnsafeMutablePointer<Float>, gradients: UnsafePointer<Float>,
        first: UnsafeMutablePointer<Float>, second: UnsafeMutablePointer<Float>, constants c: StepConstants
    ) {
        typealias Lanes = SIMD16<Float>
        let rawP = UnsafeMutableRawPointer(parameters)
        let rawG = UnsafeRawPointer(gradients)
        let rawM = UnsafeMutableRawPointer(first)
        let rawV = UnsafeMutableRawPointer(second)
        let b1 = Lanes(repeating: c.beta1)
        let b2 = Lanes(repeating: c.beta2)
        let oneMinusB1 = Lanes(repeating: 1 - c.beta1)
        let oneMinusB2 = Lanes(repeating: 1 - c.beta2)
        let rate = Lanes(repeating: c.rate)
        let correction2 = Lanes(repeating: c.secondCorrection)
        let epsilon = Lanes(repeating: c.epsilon)
        var index = 0
        while index + 16 <= count {
            let offset = index &* 4
            let g = rawG.loadUnaligned(fromByteOffset: offset, as: Lanes.self)
            let m = b1 * rawM.loadUnaligned(fromByteOffset: offset, as: Lanes.self) + oneMinusB1 * g
            let v = b2 * rawV.loadUnaligned(fromByteOffset: offset, as: Lanes.self) + oneMinusB2 * (g * g)
            let p = rawP.loadUnaligned(fromByteOffset: offset, as: Lanes.self)
            rawM.storeBytes(of: m, toByteOffset: offset, as: Lanes.self)
            rawV.storeBytes(of: v, toByteOffset: offset, as: Lanes.self)
            let step = rate * m / ((v * correction2).squareRoot() + epsilon)
            rawP.storeBytes(of: p - step, toByteOffset: offset, as: Lanes.self)
            index &+= 16
        }
        while index < count {
            let g = gradients[index]
            let m = c.beta1 * first[index] + (1 - c.beta1) * g
            let v = c.beta2 * second[index] + (1 - c.beta2) * (g * g)
            first[index] = m
            second[index] = v
            parameters[index] -= c.rate * m / ((v * c.secondCorrection).squareRoot() + c.epsilon)
            index &+= 1
        }
    }
}
