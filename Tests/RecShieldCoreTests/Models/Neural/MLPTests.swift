import Numerics
import RecShieldTestSupport
import Testing
@testable import RecShieldCore

@Suite struct MLPTests {
    /// A 4 → 6 → 5 → 3 network (tanh, leaky ReLU, sigmoid) with seeded weights and non-zero biases.
    static func network(seed: UInt64 = 21) -> MLP {
        var rng = Xoshiro256StarStar(seed: seed)
        var network = MLP(layers: [
            Dense(inputCount: 4, outputCount: 6, activation: .tanh),
            Dense(inputCount: 6, outputCount: 5, activation: .leakyReLU(slope: 0.05)),
            Dense(inputCount: 5, outputCount: 3, activation: .sigmoid),
        ])
        network.initializeParameters(using: &rng)
        for index in network.parameters.indices where network.parameters[index] == 0 {
            network.parameters[index] = 0.3 * (2 * rng.nextUnitFloat() - 1)
        }
        return network
    }

    static let batchSize = 4
    static let input = DenseTests.values(batchSize * 4, seed: 22, scale: 1.5)
    static let lossWeights = DenseTests.values(batchSize * 3, seed: 23, scale: 3)

    /// `L = Σ C ⊙ output`.
    static func loss(_ network: MLP, input: [Float]) -> Double {
        zip(network.predict(input, batchSize: batchSize), lossWeights)
            .reduce(0) { $0 + Double($1.0) * Double($1.1) }
    }

    @Test func forwardChainsTheLayers() {
        let network = Self.network()
        var hidden = Self.input
        var width = 4
        for (layer, offset) in zip(network.layers, network.parameterOffsets) {
            var next = [Float](repeating: 0, count: Self.batchSize * layer.outputCount)
            network.parameters.withUnsafeBufferPointer { p in
                hidden.withUnsafeBufferPointer { x in
                    next.withUnsafeMutableBufferPointer { y in
                        layer.forward(
                            parameters: p.baseAddress! + offset, input: x.baseAddress!,
                            batchSize: Self.batchSize, output: y.baseAddress!)
                    }
                }
            }
            #expect(layer.inputCount == width)
            hidden = next
            width = layer.outputCount
        }
        #expect(network.predict(Self.input, batchSize: Self.batchSize) == hidden)
    }

    @Test func endToEndGradientsMatchFiniteDifferences() {
        var network = Self.network()
        var workspace = MLP.Workspace(for: network, batchCapacity: Self.batchSize)
        var inputGradient = [Float](repeating: .nan, count: Self.input.count)
        Self.input.withUnsafeBufferPointer { network.forward($0, batchSize: Self.batchSize, workspace: &workspace) }
        Self.lossWeights.withUnsafeBufferPointer { g in
            inputGradient.withUnsafeMutableBufferPointer { dx in
                network.backward(outputGradient: g, workspace: &workspace, inputGradient: dx)
            }
        }
        let numericParameters = FiniteDifference.gradient(at: network.parameters) { parameters in
            var probe = network
            probe.parameters = parameters
            return Self.loss(probe, input: Self.input)
        }
        #expect(FiniteDifference.mismatches(network.gradients, numericParameters).isEmpty)
        #expect(numericParameters.filter { abs($0) > 0.01 }.count > numericParameters.count / 2)
        let numericInput = FiniteDifference.gradient(at: Self.input) { Self.loss(network, input: $0) }
        #expect(FiniteDifference.mismatches(inputGradient, numericInput).isEmpty)
    }

    @Test func zeroGradientsClearsAccumulation() {
        var network = Self.network()
        var workspace = MLP.Workspace(for: network, batchCapacity: 1)
        Self.input.withUnsafeBufferPointer { network.forward($0, batchSize: Self.batchSize, workspace: &workspace) }
        Self.lossWeights.withUnsafeBufferPointer { network.backward(outputGradient: $0, workspace: &workspace) }
        #expect(network.gradients.contains { $0 != 0 })
        network.zeroGradients()
        #expect(network.gradients.allSatisfy { $0 == 0 })
    }

    @Test func workspaceGrowsAndShrinksWithTheBatch() {
        let network = Self.network()
        var workspace = MLP.Workspace(for: network, batchCapacity: 1)
        let full = network.predict(Self.input, batchSize: Self.batchSize)
        Self.input.withUnsafeBufferPointer { network.forward($0, batchSize: Self.batchSize, workspace: &workspace) }
        #expect(workspace.output == full)
        Self.input.withUnsafeBufferPointer { network.forward($0, batchSize: 2, workspace: &workspace) }
        #expect(workspace.batchSize == 2)
        #expect(workspace.output == Array(full[0..<6]))
    }

    @Test func seededConstructionIsDeterministic() {
        func make(_ seed: UInt64) -> MLP {
            var rng = Xoshiro256StarStar(seed: seed)
            return MLP(sizes: [5, 8, 2], hiddenActivation: .relu, outputActivation: .identity, using: &rng)
        }
        #expect(make(1) == make(1))
        #expect(make(1).parameters != make(2).parameters)
        #expect(make(1).parameterCount == 8 * 5 + 8 + 2 * 8 + 2)
        #expect(make(1).layers.map(\.activation) == [.relu, .identity])
    }
}
