import RecShieldCore

extension GANGradientPenalty {
    /// Reusable buffers for the penalty's three passes over one critic: every layer's output and
    /// output-side gradient, the input gradients, and two scratch rows for the linearised pass.
    ///
    /// Create one per critic and thread, sized for the largest batch; it grows when a larger batch
    /// comes along.
    public struct Workspace: Sendable {
        /// The buffers, laid out as ``Layout`` says.
        var storage: [Float] = []
        /// Where each buffer starts.
        var layout = Layout(values: [], deltas: [], inputGradient: 0, scratch: (0, 0))
        /// The widths of the input and of each layer's output.
        let widths: [Int]
        /// The batch size the buffers are laid out for.
        private(set) var capacity = 0

        /// Creates buffers for batches of up to `batchCapacity` inputs of `critic`.
        public init(for critic: MLP, batchCapacity: Int) {
            widths = [critic.inputCount] + critic.layers.map(\.outputCount)
            layOut(capacity: max(1, batchCapacity))
        }

        /// Readies the buffers for a batch, growing them when needed.
        mutating func prepare(for critic: MLP, batchSize: Int) {
            precondition(
                widths == [critic.inputCount] + critic.layers.map(\.outputCount),
                "workspace was made for a different critic")
            if batchSize > capacity { layOut(capacity: batchSize) }
        }

        /// A copy of the input gradients of the last pass, `batchSize × width` row-major.
        func inputGradients(batchSize: Int, width: Int) -> [Float] {
            Array(storage[layout.inputGradient..<(layout.inputGradient + batchSize * width)])
        }

        private mutating func layOut(capacity: Int) {
            self.capacity = capacity
            var total = 0
            func reserve(_ width: Int) -> Int {
                defer { total += capacity * width }
                return total
            }
            // Index 0 is unused so that index l is layer l (1-based), as in the formulas.
            let values = [0] + widths.dropFirst().map { reserve($0) }
            let deltas = [0] + widths.dropFirst().map { reserve($0) }
            let inputGradient = reserve(widths[0])
            let widest = widths.dropFirst().dropLast().max() ?? 1
            let scratch = (reserve(widest), reserve(widest))
            layout = Layout(values: values, deltas: deltas, inputGradient: inputGradient, scratch: scratch)
            storage = [Float](repeating: 0, count: total)
        }
    }

    /// Offsets of the workspace buffers, each `capacity × width` floats.
    struct Layout: Sendable {
        /// `values[l]`: layer l's outputs `h_l`, l = 1…L.
        var values: [Int]
        /// `deltas[l]`: `a_l = ∂C/∂z_l`, l = 1…L.
        var deltas: [Int]
        /// The input gradients `g` (then `u = ∂P/∂g`).
        var inputGradient: Int
        /// Two buffers for the linearised forward pass `v_l`.
        var scratch: (Int, Int)
    }
}
