import Numerics
import RecShieldTestSupport
import Testing
@testable import RecShieldCore

@Suite struct DenseTests {
    static let activations: [Activation] = [.identity, .relu, .leakyReLU(slope: 0.1), .sigmoid, .tanh]
    static let batchSize = 3

    /// Deterministic values in `[-scale, scale)`.
    static func values(_ count: Int, seed: UInt64, scale: Float = 1) -> [Float] {
        var rng = Xoshiro256StarStar(seed: seed)
        return (0..<count).map { _ in scale * (2 * rng.nextUnitFloat() - 1) }
    }

    /// A 5 → 4 layer with random weights and biases, a random batch and random loss weights.
    struct Fixture {
        let layer: Dense
        let parameters: [Float]
        let input: [Float]
        /// `C` of the test loss `L = Σ C ⊙ Y`, so `∂L/∂Y = C`.
        let lossWeights: [Float]

        init(activation: Activation) {
            layer = Dense(inputCount: 5, outputCount: 4, activation: activation)
            parameters = DenseTests.values(layer.parameterCount, seed: 11)
            input = DenseTests.values(DenseTests.batchSize * 5, seed: 12)
            lossWeights = DenseTests.values(DenseTests.batchSize * 4, seed: 13, scale: 2)
        }

        func output(parameters: [Float], input: [Float]) -> [Float] {
            var output = [Float](repeating: .nan, count: DenseTests.batchSize * layer.outputCount)
            parameters.withUnsafeBufferPointer { p in
                input.withUnsafeBufferPointer { x in
                    output.withUnsafeMutableBufferPointer { y in
                        layer.forward(
                            parameters: p.baseAddress!, input: x.baseAddress!,
                            batchSize: DenseTests.batchSize, output: y.baseAddress!)
                    }
                }
            }
            return output
        }

        func loss(parameters: [Float], input: [Float]) -> Double {
            zip(output(parameters: parameters, input: input), lossWeights)
                .reduce(0) { $0 + Double($1.0) * Double($1.1) }
        }

        /// The analytic `(∂L/∂parameters, ∂L/∂input)` from `backward`, with `activation` used for
        /// the backward pass (normally the layer's own).
        func analyticGradients(backwardActivation: Activation? = nil) -> (parameters: [Float], input: [Float]) {
            let backwardLayer = Dense(
                inputCount: 5, outputCount: 4, activation: backwardActivation ?? layer.activation)
            let y = output(parameters: parameters, input: input)
            var outputGradient = lossWeights
            var parameterGradients = [Float](repeating: 0, count: layer.parameterCount)
            var inputGradient = [Float](repeating: .nan, count: input.count)
            parameters.withUnsafeBufferPointer { p in
                input.withUnsafeBufferPointer { x in
                    y.withUnsafeBufferPointer { y in
                        outputGradient.withUnsafeMutableBufferPointer { g in
                            parameterGradients.withUnsafeMutableBufferPointer { dp in
                                inputGradient.withUnsafeMutableBufferPointer { dx in
                                    backwardLayer.backward(
                                        parameters: p.baseAddress!, input: x.baseAddress!, output: y.baseAddress!,
                                        batchSize: DenseTests.batchSize, outputGradient: g.baseAddress!,
                                        parameterGradients: dp.baseAddress!, inputGradient: dx.baseAddress!)
                                }
                            }
                        }
                    }
                }
            }
            return (parameterGradients, inputGradient)
        }
    }

    @Test(arguments: activations)
    func forwardMatchesDefinition(activation: Activation) {
        let fixture = Fixture(activation: activation)
        let y = fixture.output(parameters: fixture.parameters, input: fixture.input)
        for row in 0..<Self.batchSize {
            for unit in 0..<4 {
                var z = Double(fixture.parameters[20 + unit])
                for i in 0..<5 {
                    z += Double(fixture.parameters[unit * 5 + i]) * Double(fixture.input[row * 5 + i])
                }
                let expected = activation.value(at: Float(z))
                #expect(y[row * 4 + unit].isApproximatelyEqual(to: expected, absoluteTolerance: 1e-6))
            }
        }
    }
}

// MARK: - Gradients

extension DenseTests {
    @Test(arguments: activations)
    func weightAndBiasGradientsMatchFiniteDifferences(activation: Activation) {
        let fixture = Fixture(activation: activation)
        let analytic = fixture.analyticGradients().parameters
        let numeric = FiniteDifference.gradient(at: fixture.parameters) {
            fixture.loss(parameters: $0, input: fixture.input)
        }
        #expect(FiniteDifference.mismatches(analytic, numeric).isEmpty, "\(analytic) vs \(numeric)")
        // The fixture must exercise the check: many gradients are far from zero (ReLU silences
        // about half the units).
        #expect(numeric.filter { abs($0) > 0.05 }.count > numeric.count / 3)
    }

    @Test(arguments: activations)
    func inputGradientsMatchFiniteDifferences(activation: Activation) {
        let fixture = Fixture(activation: activation)
        let analytic = fixture.analyticGradients().input
        let numeric = FiniteDifference.gradient(at: fixture.input) {
            fixture.loss(parameters: fixture.parameters, input: $0)
        }
        #expect(FiniteDifference.mismatches(analytic, numeric).isEmpty, "\(analytic) vs \(numeric)")
    }

    @Test func gradientCheckRejectsWrongGradients() {
        let fixture = Fixture(activation: .sigmoid)
        let numeric = FiniteDifference.gradient(at: fixture.parameters) {
            fixture.loss(parameters: $0, input: fixture.input)
        }
        let right = fixture.analyticGradients().parameters
        // A flipped sign, and a backward pass missing the activation's derivative term.
        #expect(!FiniteDifference.mismatches(right.map { -$0 }, numeric).isEmpty)
        let missingTerm = fixture.analyticGradients(backwardActivation: .identity).parameters
        #expect(!FiniteDifference.mismatches(missingTerm, numeric).isEmpty)
    }

    @Test func parameterGradientsAccumulate() {
        let fixture = Fixture(activation: .tanh)
        let once = fixture.analyticGradients().parameters
        let layer = fixture.layer
        let y = fixture.output(parameters: fixture.parameters, input: fixture.input)
        var accumulated = once
        var outputGradient = fixture.lossWeights
        fixture.parameters.withUnsafeBufferPointer { p in
            fixture.input.withUnsafeBufferPointer { x in
                y.withUnsafeBufferPointer { y in
                    outputGradient.withUnsafeMutableBufferPointer { g in
                        accumulated.withUnsafeMutableBufferPointer { dp in
                            layer.backward(
                                parameters: p.baseAddress!, input: x.baseAddress!, output: y.baseAddress!,
                                batchSize: Self.batchSize, outputGradient: g.baseAddress!,
                                parameterGradients: dp.baseAddress!, inputGradient: nil)
                        }
                    }
                }
            }
        }
        for index in once.indices {
            #expect(accumulated[index].isApproximatelyEqual(to: 2 * once[index], absoluteTolerance: 1e-6))
        }
    }
}

// MARK: - Initialisation

extension DenseTests {
    @Test func seededInitializationIsDeterministic() {
        let layer = Dense(inputCount: 7, outputCount: 3, activation: .relu)
        func draw(seed: UInt64) -> [Float] {
            var rng = Xoshiro256StarStar(seed: seed)
            var parameters = [Float](repeating: .nan, count: layer.parameterCount)
            parameters.withUnsafeMutableBufferPointer { layer.initialize($0, using: &rng) }
            return parameters
        }
        let first = draw(seed: 5)
        #expect(first == draw(seed: 5))
        #expect(first != draw(seed: 6))
        #expect(first[21...].allSatisfy { $0 == 0 }, "biases start at zero")
        #expect(first[..<21].allSatisfy { $0 != 0 && $0.isFinite })
    }
}
