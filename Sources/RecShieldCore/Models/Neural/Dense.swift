/// A fully connected layer `Y = f(X·Wᵀ + b)` working on whole batches.
///
/// The layer describes shape and activation; its parameters live in a flat `Float` buffer owned by
/// the caller (an ``MLP``, a model, an optimiser), laid out as
/// ```
/// [ W: outputCount × inputCount, row-major (row j = weights of output unit j) | b: outputCount ]
/// ```
/// so a whole network is one contiguous buffer that optimisers update in one pass and model files
/// store as is. Batches are row-major too: `X` is `batchSize × inputCount`, `Y` is
/// `batchSize × outputCount`.
///
/// Backward pass, with `G = ∂L/∂Y` and `Z = X·Wᵀ + b`:
/// ```
/// ∂L/∂Z = G ⊙ f′(Z)        (computed from Y, see ``Activation``)
/// ∂L/∂W += (∂L/∂Z)ᵀ · X
/// ∂L/∂b += Σ_rows ∂L/∂Z
/// ∂L/∂X  = (∂L/∂Z) · W
/// ```
/// Weight and bias gradients accumulate, so gradients of several batches (or of several losses)
/// add up until the owner zeroes them. All products go through ``GEMM``.
public struct Dense: Sendable, Equatable, Hashable {
    /// The width of each input row.
    public let inputCount: Int
    /// The width of each output row.
    public let outputCount: Int
    /// The element-wise activation applied after the affine map.
    public let activation: Activation

    /// Creates a layer description.
    /// - Precondition: both widths are positive and the activation ``Activation/isValid``.
    public init(inputCount: Int, outputCount: Int, activation: Activation) {
        precondition(inputCount > 0 && outputCount > 0, "a dense layer needs positive widths")
        precondition(activation.isValid, "leaky ReLU slope must be finite and not negative")
        self.inputCount = inputCount
        self.outputCount = outputCount
        self.activation = activation
    }

    /// The number of weights, `outputCount · inputCount`; the bias starts at this offset.
    public var weightCount: Int { outputCount * inputCount }
    /// The number of parameters, weights then biases.
    public var parameterCount: Int { weightCount + outputCount }

    /// Draws the weights with `scheme` (by default the one recommended for the activation) and
    /// zeroes the biases.
    /// - Parameters:
    ///   - parameters: this layer's ``parameterCount`` parameters.
    ///   - scheme: the weight distribution.
    ///   - rng: the seeded source of randomness.
    public func initialize(
        _ parameters: UnsafeMutableBufferPointer<Float>, scheme: WeightInitialization? = nil,
        using rng: inout some RandomNumberGenerator
    ) {
        precondition(parameters.count == parameterCount, "parameter buffer has the wrong size")
        let weights = UnsafeMutableBufferPointer(rebasing: parameters[0..<weightCount])
        (scheme ?? .recommended(for: activation))
            .fill(weights, fanIn: inputCount, fanOut: outputCount, using: &rng)
        parameters[weightCount...].update(repeating: 0)
    }

    /// Computes `Y = f(X·Wᵀ + b)` for a batch.
    /// - Parameters:
    ///   - parameters: this layer's ``parameterCount`` parameters.
    ///   - input: `X`, `batchSize × inputCount`.
    ///   - batchSize: the number of rows.
    ///   - output: receives `Y`, `batchSize × outputCount`; must not overlap `input`.
    /// - Complexity: O(batchSize · inputCount · outputCount).
    public func forward(
        parameters: UnsafePointer<Float>, input: UnsafePointer<Float>, batchSize: Int,
        output: UnsafeMutablePointer<Float>
    ) {
        let bias = parameters + weightCount
        for row in 0..<batchSize {
            (output + row * outputCount).update(from: bias, count: outputCount)
        }
        GEMM.multiply(
            m: batchSize, n: outputCount, k: inputCount,
            a: input, rowStrideA: inputCount, columnStrideA: 1,
            b: parameters, rowStrideB: 1, columnStrideB: inputCount,
            c: output, rowStrideC: outputCount, accumulating: true)
        activation.apply(to: output, count: batchSize * outputCount)
    }

    /// Back-propagates `∂L/∂Y` through the layer for the batch last seen by ``forward``.
    /// - Parameters:
    ///   - parameters: this layer's parameters (as used in the forward pass).
    ///   - input: the forward pass's `X`.
    ///   - output: the forward pass's `Y`.
    ///   - batchSize: the number of rows.
    ///   - outputGradient: `∂L/∂Y`, `batchSize × outputCount`; overwritten with `∂L/∂Z`.
    ///   - parameterGradients: this layer's gradient buffer (same layout as `parameters`);
    ///     `∂L/∂W` and `∂L/∂b` are *added* to it.
    ///   - inputGradient: receives `∂L/∂X` (`batchSize × inputCount`) when given.
    /// - Complexity: O(batchSize · inputCount · outputCount).
    public func backward(
        parameters: UnsafePointer<Float>, input: UnsafePointer<Float>, output: UnsafePointer<Float>,
        batchSize: Int, outputGradient: UnsafeMutablePointer<Float>,
        parameterGradients: UnsafeMutablePointer<Float>, inputGradient: UnsafeMutablePointer<Float>?
    ) {
        activation.backpropagate(outputs: output, gradients: outputGradient, count: batchSize * outputCount)
        GEMM.multiply(
            m: outputCount, n: inputCount, k: batchSize,
            a: outputGradient, rowStrideA: 1, columnStrideA: outputCount,
            b: input, rowStrideB: inputCount, columnStrideB: 1,
            c: parameterGradients, rowStrideC: inputCount, accumulating: true)
        let biasGradient = parameterGradients + weightCount
        for row in 0..<batchSize {
            VectorKernels.addScaled(
                outputGradient + row * outputCount, scale: 1, to: biasGradient, count: outputCount)
        }
        if let inputGradient {
            GEMM.multiply(
                m: batchSize, n: inputCount, k: outputCount,
                a: outputGradient, rowStrideA: outputCount, columnStrideA: 1,
                b: parameters, rowStrideB: inputCount, columnStrideB: 1,
                c: inputGradient, rowStrideC: inputCount, accumulating: false)
        }
    }
}
