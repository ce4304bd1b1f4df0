import Numerics
import RecShieldCore
import RecShieldTestSupport
import Testing
@testable import RecShieldAdversarial

@Suite struct GANGradientPenaltyTests {
    static let batchSize = 3
    static let inputs = GANFixtures.values(batchSize * 5, seed: 33, scale: 1.5)

    /// `Σ_b C(x_b)`, whose input gradient is the rows of `g`.
    static func summedScore(_ critic: MLP, _ inputs: [Float]) -> Double {
        critic.predict(inputs, batchSize: batchSize).reduce(0) { $0 + Double($1) }
    }

    @Test func inputGradientsMatchBackpropagationAndFiniteDifferences() {
        var critic = GANFixtures.critic()
        let gradients = GANGradientPenalty.inputGradients(of: critic, inputs: Self.inputs, batchSize: Self.batchSize)
        var workspace = MLP.Workspace(for: critic, batchCapacity: Self.batchSize)
        var backpropagated = [Float](repeating: .nan, count: Self.inputs.count)
        Self.inputs.withUnsafeBufferPointer { critic.forward($0, batchSize: Self.batchSize, workspace: &workspace) }
        let ones = [Float](repeating: 1, count: Self.batchSize)
        ones.withUnsafeBufferPointer { g in
            backpropagated.withUnsafeMutableBufferPointer { dx in
                critic.backward(outputGradient: g, workspace: &workspace, inputGradient: dx)
            }
        }
        for (a, b) in zip(gradients, backpropagated) {
            #expect(a.isApproximatelyEqual(to: b, absoluteTolerance: 1e-6))
        }
        let numeric = FiniteDifference.gradient(at: Self.inputs) { Self.summedScore(critic, $0) }
        #expect(FiniteDifference.mismatches(gradients, numeric).isEmpty)
    }

    @Test func penaltyIsTheWeightedMeanSquaredNormDistance() {
        let critic = GANFixtures.critic()
        let gradients = GANGradientPenalty.inputGradients(of: critic, inputs: Self.inputs, batchSize: Self.batchSize)
        var expected = 0.0
        var norms = 0.0
        for row in 0..<Self.batchSize {
            let norm = gradients[(row * 5)..<(row * 5 + 5)].reduce(0.0) { $0 + Double($1 * $1) }.squareRoot()
            norms += norm
            expected += 10 * (norm - 1) * (norm - 1) / Double(Self.batchSize)
        }
        let evaluation = GANGradientPenalty(weight: 10).evaluate(
            critic: critic, inputs: Self.inputs, batchSize: Self.batchSize)
        #expect(evaluation.penalty.isApproximatelyEqual(to: expected, relativeTolerance: 1e-6))
        #expect(evaluation.meanGradientNorm.isApproximatelyEqual(to: norms / 3, relativeTolerance: 1e-6))
        #expect(evaluation.penalty > 0.1)
    }

    @Test(arguments: [
        (UInt64(31), Activation.leakyReLU(slope: 0.2)), (UInt64(34), Activation.relu),
        (UInt64(35), Activation.leakyReLU(slope: 0.5)),
    ])
    func parameterGradientMatchesFiniteDifferences(seed: UInt64, hidden: Activation) {
        var critic = GANFixtures.network(sizes: [5, 4, 3, 1], hidden: hidden, output: .identity, seed: seed)
        let penalty = GANGradientPenalty(weight: 10)
        var workspace = GANGradientPenalty.Workspace(for: critic, batchCapacity: 1)
        let evaluation = Self.inputs.withUnsafeBufferPointer {
            penalty.accumulate(into: &critic, inputs: $0, batchSize: Self.batchSize, workspace: &workspace)
        }
        #expect(evaluation == penalty.evaluate(critic: critic, inputs: Self.inputs, batchSize: Self.batchSize))
        let numeric = FiniteDifference.gradient(at: critic.parameters) { parameters in
            var probe = critic
            probe.parameters = parameters
            return penalty.evaluate(critic: probe, inputs: Self.inputs, batchSize: Self.batchSize).penalty
        }
        #expect(FiniteDifference.mismatches(critic.gradients, numeric).isEmpty)
        #expect(numeric.filter { abs($0) > 0.01 }.count > numeric.count / 3)
    }

    @Test func biasesGetNoPenaltyGradient() {
        var critic = GANFixtures.critic()
        var workspace = GANGradientPenalty.Workspace(for: critic, batchCapacity: Self.batchSize)
        _ = Self.inputs.withUnsafeBufferPointer {
            GANGradientPenalty(weight: 10).accumulate(
                into: &critic, inputs: $0, batchSize: Self.batchSize, workspace: &workspace)
        }
        for (layer, offset) in zip(critic.layers, critic.parameterOffsets) {
            #expect(critic.gradients[(offset + layer.weightCount)..<(offset + layer.parameterCount)].allSatisfy { $0 == 0 })
        }
    }

    /// A linear critic `C(x) = w·x + b` has `g = w` everywhere, so
    /// `P = λ(‖w‖ − 1)²` and `∂P/∂w = 2λ(‖w‖ − 1)·w/‖w‖`: with `w = (3, 4)`, `‖w‖ = 5`,
    /// `P = 10·16 = 160` and `∂P/∂w = 2·10·4·(3, 4)/5 = (48, 64)`.
    @Test func linearCriticMatchesTheClosedForm() {
        var critic = MLP(layers: [Dense(inputCount: 2, outputCount: 1, activation: .identity)])
        critic.parameters = [3, 4, 0.7]
        var workspace = GANGradientPenalty.Workspace(for: critic, batchCapacity: 2)
        let evaluation = [Float](arrayLiteral: 0.2, -1, 5, 0.3).withUnsafeBufferPointer {
            GANGradientPenalty(weight: 10).accumulate(into: &critic, inputs: $0, batchSize: 2, workspace: &workspace)
        }
        #expect(evaluation.penalty.isApproximatelyEqual(to: 160, relativeTolerance: 1e-6))
        #expect(evaluation.meanGradientNorm.isApproximatelyEqual(to: 5, relativeTolerance: 1e-6))
        #expect(critic.gradients[0].isApproximatelyEqual(to: 48, relativeTolerance: 1e-5))
        #expect(critic.gradients[1].isApproximatelyEqual(to: 64, relativeTolerance: 1e-5))
        #expect(critic.gradients[2] == 0)
    }

    @Test func supportsOnlyPiecewiseLinearOneOutputCritics() {
        #expect(GANGradientPenalty.supports(GANFixtures.critic()))
        #expect(!GANGradientPenalty.supports(GANFixtures.generator()))
        let tanhCritic = GANFixtures.network(sizes: [3, 2, 1], hidden: .tanh, output: .identity, seed: 1)
        #expect(!GANGradientPenalty.supports(tanhCritic))
    }
}
