/// How a dense layer's weights are drawn at creation; biases always start at zero.
///
/// With `fanIn` inputs and `fanOut` outputs:
/// ```
/// xavierUniform:  W ~ U(−a, a),  a = √(6 / (fanIn + fanOut))
/// xavierNormal:   W ~ N(0, σ²),  σ = √(2 / (fanIn + fanOut))
/// heUniform:      W ~ U(−a, a),  a = √(6 / fanIn)
/// heNormal:       W ~ N(0, σ²),  σ = √(2 / fanIn)
/// ```
/// Xavier keeps the activation variance steady through symmetric activations (tanh, sigmoid,
/// identity); He compensates for ReLU zeroing half its inputs.
///
/// References:
/// - Glorot & Bengio, "Understanding the difficulty of training deep feedforward neural networks",
///   AISTATS 2010.
/// - He, Zhang, Ren & Sun, "Delving deep into rectifiers", ICCV 2015.
public enum WeightInitialization: Sendable, Equatable, Hashable {
    /// Glorot/Xavier uniform.
    case xavierUniform
    /// Glorot/Xavier normal.
    case xavierNormal
    /// He/Kaiming uniform.
    case heUniform
    /// He/Kaiming normal.
    case heNormal

    /// He normal for the ReLU family, Xavier uniform otherwise.
    public static func recommended(for activation: Activation) -> WeightInitialization {
        switch activation {
        case .relu, .leakyReLU: return .heNormal
        case .identity, .sigmoid, .tanh: return .xavierUniform
        }
    }

    /// Fills `weights` with draws for a layer of the given fan-in and fan-out.
    /// - Parameters:
    ///   - weights: the buffer to fill.
    ///   - fanIn: the number of inputs of the layer.
    ///   - fanOut: the number of outputs of the layer.
    ///   - rng: the seeded source of randomness; the draws are consumed in buffer order.
    public func fill(
        _ weights: UnsafeMutableBufferPointer<Float>, fanIn: Int, fanOut: Int,
        using rng: inout some RandomNumberGenerator
    ) {
        let fans = Double(max(1, fanIn + fanOut))
        let inputs = Double(max(1, fanIn))
        switch self {
        case .xavierUniform: fillUniform(weights, bound: (6 / fans).squareRoot(), using: &rng)
        case .xavierNormal: fillNormal(weights, deviation: (2 / fans).squareRoot(), using: &rng)
        case .heUniform: fillUniform(weights, bound: (6 / inputs).squareRoot(), using: &rng)
        case .heNormal: fillNormal(weights, deviation: (2 / inputs).squareRoot(), using: &rng)
        }
    }

    private func fillUniform(
        _ weights: UnsafeMutableBufferPointer<Float>, bound: Double,
        using rng: inout some RandomNumberGenerator
    ) {
        for index in weights.indices { weights[index] = Float((2 * rng.nextUnitDouble() - 1) * bound) }
    }

    private func fillNormal(
        _ weights: UnsafeMutableBufferPointer<Float>, deviation: Double,
        using rng: inout some RandomNumberGenerator
    ) {
        for index in weights.indices { weights[index] = Float(rng.nextGaussian() * deviation) }
    }
}
