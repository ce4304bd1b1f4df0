/// Plain stochastic gradient descent: `θ ← θ − α·g`.
///
/// References:
/// - Robbins & Monro, "A stochastic approximation method", Annals of Mathematical Statistics 1951.
public struct SGD: Optimizer, Sendable, Equatable {
    /// The step size `α`.
    public var learningRate: Float

    /// Creates the optimiser.
    /// - Parameter learningRate: the step size `α` (default 0.01).
    public init(learningRate: Float = 0.01) {
        self.learningRate = learningRate
    }

    public mutating func update(
        _ parameters: UnsafeMutableBufferPointer<Float>, gradients: UnsafeBufferPointer<Float>
    ) {
        precondition(parameters.count == gradients.count, "parameters and gradients differ in size")
        guard let p = parameters.baseAddress, let g = gradients.baseAddress else { return }
        VectorKernels.addScaled(g, scale: -learningRate, to: p, count: parameters.count)
    }

    public mutating func update(
        rows: UnsafeBufferPointer<Int32>, width: Int,
        parameters: UnsafeMutableBufferPointer<Float>, gradients: UnsafeBufferPointer<Float>
    ) {
        precondition(parameters.count == gradients.count, "parameters and gradients differ in size")
        guard let p = parameters.baseAddress, let g = gradients.baseAddress else { return }
        for row in rows {
            let offset = Int(row) * width
            precondition(offset >= 0 && offset + width <= parameters.count, "row out of range")
            VectorKernels.addScaled(g + offset, scale: -learningRate, to: p + offset, count: width)
        }
    }
}
