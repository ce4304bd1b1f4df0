extension MLP {
    /// Reusable storage for one network's forward and backward passes: every layer's output for a
    /// batch, plus two scratch buffers for the gradients flowing backwards.
    ///
    /// Create one per network and thread, sized for the largest batch, and pass it to every
    /// ``MLP/forward(_:batchSize:workspace:)`` and ``MLP/backward(outputGradient:workspace:inputGradient:)``
    /// call; it grows if a larger batch comes along. One flat allocation, no per-step allocation.
    public struct Workspace: Sendable {
        /// Row-major values: the input copy, each layer's output, then two gradient buffers.
        var storage: [Float]
        /// The start of the input (index 0) and of each layer's output (index `l + 1`).
        var valueOffsets: [Int]
        /// The starts of the two gradient scratch buffers.
        var deltaOffsets: (Int, Int)
        /// The batch size the buffers are laid out for.
        var capacity: Int
        /// The widths of the input and each layer's output.
        let widths: [Int]
        /// The number of rows of the last forward pass.
        public private(set) var batchSize: Int

        /// Creates storage for batches of up to `batchCapacity` rows of `network`.
        public init(for network: MLP, batchCapacity: Int) {
            widths = [network.inputCount] + network.layers.map(\.outputCount)
            storage = []
            valueOffsets = []
            deltaOffsets = (0, 0)
            capacity = 0
            batchSize = 0
            layOut(capacity: max(1, batchCapacity))
        }

        /// The network output of the last forward pass, `batchSize × outputCount` row-major.
        public var output: [Float] {
            withOutput { Array($0) }
        }

        /// Calls `body` with the network output of the last forward pass, without copying.
        public func withOutput<Result>(_ body: (UnsafeBufferPointer<Float>) throws -> Result) rethrows -> Result {
            let start = valueOffsets[widths.count - 1]
            let count = batchSize * widths[widths.count - 1]
            return try storage.withUnsafeBufferPointer { all in
                try body(UnsafeBufferPointer(rebasing: all[start..<(start + count)]))
            }
        }

        /// Readies the buffers for a batch, growing them when needed.
        mutating func prepare(for network: MLP, batchSize: Int) {
            precondition(
                widths.count == network.layers.count + 1 && widths[0] == network.inputCount
                    && widths[widths.count - 1] == network.outputCount,
                "workspace was made for a different network")
            if batchSize > capacity { layOut(capacity: batchSize) }
            self.batchSize = batchSize
        }

        private mutating func layOut(capacity: Int) {
            self.capacity = capacity
            var offsets: [Int] = []
            var total = 0
            for width in widths {
                offsets.append(total)
                total += capacity * width
            }
            let widest = widths.max() ?? 0
            deltaOffsets = (total, total + capacity * widest)
            total += 2 * capacity * widest
            valueOffsets = offsets
            storage = [Float](repeating: 0, count: total)
        }
    }
}
