/// A multilayer perceptron: ``Dense`` layers applied in sequence, with all parameters in one flat
/// buffer.
///
/// ```
/// h₀ = x,   hₗ = fₗ(hₗ₋₁·Wₗᵀ + bₗ),   output = h_L
/// ```
/// ``parameters`` holds layer after layer (each laid out as ``Dense`` describes) and ``gradients``
/// mirrors it, so an ``Optimizer`` updates the whole network in one call and a model file stores
/// it as one array. Forward and backward passes work on whole batches and keep their intermediate
/// values in a reusable ``Workspace``, so a training loop allocates nothing per step.
///
/// The building block of NeuMF's MLP tower and of GAN generators and discriminators.
public struct MLP: Sendable, Equatable {
    /// The layers, input to output.
    public let layers: [Dense]
    /// The offset of each layer's parameters in ``parameters`` and ``gradients``.
    public let parameterOffsets: [Int]
    /// Every layer's weights and biases, layer after layer.
    public var parameters: [Float]
    /// Accumulated `∂L/∂parameters`, same layout as ``parameters``; ``backward`` adds to it and
    /// ``zeroGradients()`` clears it.
    public var gradients: [Float]

    /// Creates a network with all parameters zero.
    /// - Precondition: at least one layer, and each layer's input width equals the previous
    ///   layer's output width.
    public init(layers: [Dense]) {
        precondition(!layers.isEmpty, "an MLP needs at least one layer")
        for (previous, next) in zip(layers, layers.dropFirst()) {
            precondition(previous.outputCount == next.inputCount, "consecutive layer widths differ")
        }
        var offsets: [Int] = []
        var total = 0
        for layer in layers {
            offsets.append(total)
            total += layer.parameterCount
        }
        self.layers = layers
        self.parameterOffsets = offsets
        self.parameters = [Float](repeating: 0, count: total)
        self.gradients = [Float](repeating: 0, count: total)
    }

    /// Creates a network of the given widths and draws its weights.
    /// - Parameters:
    ///   - sizes: the input width followed by each layer's output width (at least two entries).
    ///   - hiddenActivation: the activation of every layer but the last.
    ///   - outputActivation: the activation of the last layer.
    ///   - scheme: the weight distribution; by default the one recommended for each activation.
    ///   - rng: the seeded source of randomness.
    public init(
        sizes: [Int], hiddenActivation: Activation, outputActivation: Activation,
        initialization scheme: WeightInitialization? = nil,
        using rng: inout some RandomNumberGenerator
    ) {
        precondition(sizes.count >= 2, "an MLP needs an input width and at least one layer width")
        let count = sizes.count - 1
        let layers = (0..<count).map { index in
            Dense(
                inputCount: sizes[index], outputCount: sizes[index + 1],
                activation: index == count - 1 ? outputActivation : hiddenActivation)
        }
        self.init(layers: layers)
        initializeParameters(scheme: scheme, using: &rng)
    }

    /// The width of the network's input.
    public var inputCount: Int { layers[0].inputCount }
    /// The width of the network's output.
    public var outputCount: Int { layers[layers.count - 1].outputCount }
    /// The total number of parameters.
    public var parameterCount: Int { parameters.count }

    /// Redraws every layer's weights (layer by layer, in order) and zeroes the biases.
    /// - Parameters:
    ///   - scheme: the weight distribution; by default the one recommended for each activation.
    ///   - rng: the seeded source of randomness.
    public mutating func initializeParameters(
        scheme: WeightInitialization? = nil, using rng: inout some RandomNumberGenerator
    ) {
        let layers = self.layers
        let offsets = parameterOffsets
        parameters.withUnsafeMutableBufferPointer { all in
            for (layer, offset) in zip(layers, offsets) {
                let slice = UnsafeMutableBufferPointer(rebasing: all[offset..<(offset + layer.parameterCount)])
                layer.initialize(slice, scheme: scheme, using: &rng)
            }
        }
    }

    /// Sets every accumulated gradient to zero.
    public mutating func zeroGradients() {
        gradients.withUnsafeMutableBufferPointer { $0.update(repeating: 0) }
    }

    /// Runs a batch through the network, keeping every layer's output in `workspace`.
    /// - Parameters:
    ///   - input: `batchSize × inputCount` row-major values.
    ///   - batchSize: the number of rows; at most the workspace's capacity.
    ///   - workspace: receives the intermediate values and the output (read it with
    ///     ``Workspace/withOutput(_:)`` or ``Workspace/output``).
    /// - Complexity: O(batchSize · Σ inputCount·outputCount).
    public func forward(_ input: UnsafeBufferPointer<Float>, batchSize: Int, workspace: inout Workspace) {
        precondition(input.count >= batchSize * inputCount, "input is shorter than batchSize rows")
        workspace.prepare(for: self, batchSize: batchSize)
        let offsets = workspace.valueOffsets
        parameters.withUnsafeBufferPointer { weights in
            workspace.storage.withUnsafeMutableBufferPointer { storage in
                let base = storage.baseAddress!
                if batchSize > 0 { base.update(from: input.baseAddress!, count: batchSize * inputCount) }
                for (index, layer) in layers.enumerated() {
                    layer.forward(
                        parameters: weights.baseAddress! + parameterOffsets[index],
                        input: base + offsets[index], batchSize: batchSize,
                        output: base + offsets[index + 1])
                }
            }
        }
    }

    /// Back-propagates `∂L/∂output` through the batch of the last ``forward`` call, adding the
    /// parameter gradients to ``gradients``.
    /// - Parameters:
    ///   - outputGradient: `batchSize × outputCount` values of `∂L/∂output`.
    ///   - workspace: the workspace the forward pass filled.
    ///   - inputGradient: receives `∂L/∂input` (`batchSize × inputCount`) when given.
    /// - Complexity: O(batchSize · Σ inputCount·outputCount).
    public mutating func backward(
        outputGradient: UnsafeBufferPointer<Float>, workspace: inout Workspace,
        inputGradient: UnsafeMutableBufferPointer<Float>? = nil
    ) {
        let batchSize = workspace.batchSize
        precondition(outputGradient.count >= batchSize * outputCount, "output gradient is too short")
        precondition(
            inputGradient == nil || inputGradient!.count >= batchSize * inputCount, "input gradient is too short")
        let layers = self.layers
        let parameterOffsets = self.parameterOffsets
        let valueOffsets = workspace.valueOffsets
        let deltaOffsets = workspace.deltaOffsets
        let outputCount = self.outputCount
        parameters.withUnsafeBufferPointer { weights in
            gradients.withUnsafeMutableBufferPointer { grads in
                workspace.storage.withUnsafeMutableBufferPointer { storage in
                    let base = storage.baseAddress!
                    var current = base + deltaOffsets.0
                    var next = base + deltaOffsets.1
                    guard batchSize > 0 else { return }
                    current.update(from: outputGradient.baseAddress!, count: batchSize * outputCount)
                    for index in layers.indices.reversed() {
                        let target = index > 0 ? next : inputGradient?.baseAddress
                        layers[index].backward(
                            parameters: weights.baseAddress! + parameterOffsets[index],
                            input: base + valueOffsets[index], output: base + valueOffsets[index + 1],
                            batchSize: batchSize, outputGradient: current,
                            parameterGradients: grads.baseAddress! + parameterOffsets[index],
                            inputGradient: target)
                        swap(&current, &next)
                    }
                }
            }
        }
    }

    /// The outputs for a batch, allocating a temporary workspace — for tests and one-off use.
    /// - Parameters:
    ///   - input: `batchSize × inputCount` row-major values.
    ///   - batchSize: the number of rows.
    /// - Returns: `batchSize × outputCount` row-major outputs.
    public func predict(_ input: [Float], batchSize: Int) -> [Float] {
        var workspace = Workspace(for: self, batchCapacity: batchSize)
        input.withUnsafeBufferPointer { forward($0, batchSize: batchSize, workspace: &workspace) }
        return workspace.output
    }
}
