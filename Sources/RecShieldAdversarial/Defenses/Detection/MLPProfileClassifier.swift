import RecShieldCore

/// A small multilayer perceptron on standardised profile features, trained with class-balanced
/// binary cross-entropy and Adam — the non-linear supervised classifier next to
/// ``LogisticRegression``.
///
/// ```
/// s(x) = MLP(x)            hidden ReLU layers, one linear output: the logit, the detector's score
/// L    = (1/B) Σ_{n ∈ batch} ω_n · (softplus(s_n) − y_n·s_n) + (λ/2)·‖θ‖²
/// ω_n  = N / (2·N_{y_n})   each class weighs half
/// ```
/// Each epoch visits the rows in a seeded random order (`Xoshiro256StarStar(seed:, stream: epoch)`)
/// in mini-batches with one Adam step each; weights start from the activation's recommended
/// initialisation drawn from stream 0. The same data and configuration give the same model.
///
/// References:
/// - Kingma & Ba, "Adam: A method for stochastic optimization", ICLR 2015.
/// - Goodfellow, Bengio & Courville, *Deep Learning*, MIT Press 2016, §6.2.2.2 (the logistic
///   output and its cross-entropy).
public struct MLPProfileClassifier: Sendable, Equatable {
    /// Training settings.
    ///
    /// Keys:
    /// - `hidden_layers` (ints ≥ 1, default [16, 8]): the widths of the hidden ReLU layers.
    /// - `epochs` (int ≥ 1, default 100): passes over the training rows.
    /// - `batch_size` (int ≥ 1, default 64).
    /// - `learning_rate` (float > 0, default 0.01): Adam's `α`.
    /// - `weight_decay` (float ≥ 0, default 1e-4): `λ`.
    /// - `seed` (int, default 0).
    public struct Configuration: Sendable, Equatable, Hashable {
        /// The widths of the hidden layers.
        public var hiddenLayers: [Int]
        /// Passes over the training rows.
        public var epochs: Int
        /// Rows per Adam step.
        public var batchSize: Int
        /// Adam's step size.
        public var learningRate: Float
        /// `λ` of the L2 penalty on all parameters.
        public var weightDecay: Float
        /// The seed of initialisation and shuffling.
        public var seed: UInt64

        /// Creates settings; every argument has the documented default.
        public init(
            hiddenLayers: [Int] = [16, 8], epochs: Int = 100, batchSize: Int = 64, learningRate: Float = 0.01,
            weightDecay: Float = 1e-4, seed: UInt64 = 0
        ) {
            self.hiddenLayers = hiddenLayers
            self.epochs = epochs
            self.batchSize = batchSize
            self.learningRate = learningRate
            self.weightDecay = weightDecay
            self.seed = seed
        }

        /// - Throws: ``DataError/invalidParameter(name:value:expected:)`` for a value out of range.
        public func validate() throws {
            guard hiddenLayers.allSatisfy({ $0 >= 1 }), epochs >= 1, batchSize >= 1, learningRate > 0,
                learningRate.isFinite, weightDecay >= 0, weightDecay.isFinite
            else {
                throw DataError.invalidParameter(
                    name: "MLP classifier settings",
                    value: "hidden \(hiddenLayers), epochs \(epochs), batch \(batchSize), rate \(learningRate), decay \(weightDecay)",
                    expected: "positive widths, epochs and batch size, a positive learning rate and a weight decay ≥ 0")
            }
        }
    }

    /// The network, features → hidden layers → one logit.
    public var network: MLP

    /// Wraps a network.
    /// - Precondition: the network has one output.
    public init(network: MLP) {
        precondition(network.outputCount == 1, "the classifier network has one output")
        self.network = network
    }

    /// The logits of row-major standardised rows of the network's input width.
    public func logits(_ rows: [Double]) -> [Double] {
        let width = network.inputCount
        precondition(rows.count % width == 0, "rows of the network's input width")
        guard !rows.isEmpty else { return [] }
        return network.predict(rows.map(Float.init), batchSize: rows.count / width).map(Double.init)
    }

    /// Trains a network on labelled rows.
    /// - Parameters:
    ///   - rows: row-major standardised features, `labels.count × width`.
    ///   - width: the number of features.
    ///   - labels: whether each row is a fake profile.
    ///   - configuration: the settings (validated by the caller).
    /// - Precondition: both classes present; `rows.count == labels.count · width`.
    public init(fitting rows: [Double], width: Int, labels: [Bool], configuration: Configuration = Configuration()) {
        precondition(rows.count == labels.count * width && width > 0, "one row of the given width per label")
        var initialization = Xoshiro256StarStar(seed: configuration.seed, stream: 0)
        var network = MLP(
            sizes: [width] + configuration.hiddenLayers + [1], hiddenActivation: .relu, outputActivation: .identity,
            using: &initialization)
        var optimizer = Adam(parameterCount: network.parameterCount, learningRate: configuration.learningRate)
        let weights = ClassBalance.weights(labels)
        let inputs = rows.map(Float.init)
        let batchSize = min(configuration.batchSize, labels.count)
        var workspace = MLP.Workspace(for: network, batchCapacity: batchSize)
        var batch = [Float](repeating: 0, count: batchSize * width)
        var outputGradient = [Float](repeating: 0, count: batchSize)
        var order = Array(labels.indices)
        for epoch in 1...configuration.epochs {
            var shuffler = Xoshiro256StarStar(seed: configuration.seed, stream: UInt64(epoch))
            order.fisherYatesShuffle(using: &shuffler)
            var start = 0
            while start < order.count {
                let members = order[start..<min(start + batchSize, order.count)]
                for (slot, sample) in members.enumerated() {
                    for column in 0..<width { batch[slot * width + column] = inputs[sample * width + column] }
                }
                batch.withUnsafeBufferPointer { network.forward($0, batchSize: members.count, workspace: &workspace) }
                let logits = workspace.output
                for (slot, sample) in members.enumerated() {
                    let gradient = BinaryCrossEntropy.gradient(logit: logits[slot], label: labels[sample] ? 1 : 0)
                    outputGradient[slot] = Float(weights[sample]) * gradient / Float(members.count)
                }
                network.zeroGradients()
                outputGradient.withUnsafeBufferPointer { network.backward(outputGradient: $0, workspace: &workspace) }
                for index in network.gradients.indices {
                    network.gradients[index] += configuration.weightDecay * network.parameters[index]
                }
                optimizer.update(&network.parameters, gradients: network.gradients)
                start += batchSize
            }
        }
        self.init(network: network)
    }
}
