/// A first-order optimiser that updates flat `Float` parameter buffers from their gradients.
///
/// Each optimiser instance owns the state (moments, step count) of one parameter buffer of a fixed
/// size, so a model keeps one instance per buffer (e.g. one per ``MLP``, one per embedding table).
/// The row-wise form updates only the rows of a table that a mini-batch touched (an embedding
/// table), leaving the others — parameters and state — as they are.
public protocol Optimizer: Sendable {
    /// One step on the whole buffer.
    /// - Parameters:
    ///   - parameters: the buffer to update, of the size the optimiser was made for.
    ///   - gradients: `∂L/∂parameters`, same size.
    mutating func update(_ parameters: UnsafeMutableBufferPointer<Float>, gradients: UnsafeBufferPointer<Float>)

    /// One step on selected rows of a row-major table of `width` columns.
    /// - Parameters:
    ///   - rows: the row indices to update, each once.
    ///   - width: the number of columns.
    ///   - parameters: the whole table.
    ///   - gradients: a table of the same shape; only the listed rows are read.
    mutating func update(
        rows: UnsafeBufferPointer<Int32>, width: Int,
        parameters: UnsafeMutableBufferPointer<Float>, gradients: UnsafeBufferPointer<Float>)
}

extension Optimizer {
    /// One step on a whole array.
    /// - Precondition: the arrays have the size the optimiser was made for.
    public mutating func update(_ parameters: inout [Float], gradients: [Float]) {
        gradients.withUnsafeBufferPointer { g in
            parameters.withUnsafeMutableBufferPointer { p in update(p, gradients: g) }
        }
    }
}
