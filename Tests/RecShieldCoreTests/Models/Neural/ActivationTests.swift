import Numerics
import Testing
@testable import RecShieldCore

@Suite struct ActivationTests {
    static let all: [Activation] = [.identity, .relu, .leakyReLU(slope: 0.2), .sigmoid, .tanh]
    /// Points away from the ReLU kink, where central differences are valid.
    static let points: [Float] = [-2.5, -0.7, -0.1, 0.15, 0.9, 3]

    @Test(arguments: all)
    func derivativeFromOutputMatchesFiniteDifference(activation: Activation) {
        for x in Self.points {
            let h: Float = 1e-3
            let numeric = (Double(activation.value(at: x + h)) - Double(activation.value(at: x - h)))
                / (Double(x + h) - Double(x - h))
            let analytic = Double(activation.derivative(output: activation.value(at: x)))
            #expect(analytic.isApproximatelyEqual(to: numeric, absoluteTolerance: 1e-4, relativeTolerance: 1e-3),
                    "\(activation) at \(x)")
        }
    }

    @Test func valuesMatchDefinitions() {
        #expect(Activation.relu.value(at: -3) == 0)
        #expect(Activation.relu.value(at: 2) == 2)
        #expect(Activation.leakyReLU(slope: 0.1).value(at: -3) == -0.3)
        #expect(Activation.identity.value(at: -3) == -3)
        #expect(Activation.tanh.value(at: 0.5).isApproximatelyEqual(to: 0.46211716))
        #expect(Activation.sigmoid.value(at: 0) == 0.5)
    }

    @Test(arguments: all)
    func bufferFormsMatchScalarForms(activation: Activation) {
        // 37 values: two 16-lane blocks and a tail, including infinities.
        let inputs: [Float] = [-.infinity, .infinity] + (0..<35).map { Float($0 % 9) * 0.75 - 3 }
        var outputs = inputs
        outputs.withUnsafeMutableBufferPointer { activation.apply(to: $0.baseAddress!, count: $0.count) }
        #expect(outputs == inputs.map { activation.value(at: $0) })
        var gradients: [Float] = (0..<37).map { Float($0 % 5) - 2.5 }
        let original = gradients
        outputs.withUnsafeBufferPointer { y in
            gradients.withUnsafeMutableBufferPointer { g in
                activation.backpropagate(outputs: y.baseAddress!, gradients: g.baseAddress!, count: g.count)
            }
        }
        #expect(gradients == zip(original, outputs).map { $0 * activation.derivative(output: $1) })
        if activation == .relu { #expect(outputs[0] == 0 && !outputs.contains { $0.isNaN }) }
    }

    @Test func leakySlopeValidity() {
        #expect(Activation.leakyReLU(slope: 0.01).isValid)
        #expect(Activation.leakyReLU(slope: 0).isValid)
        #expect(!Activation.leakyReLU(slope: -0.5).isValid)
        #expect(!Activation.leakyReLU(slope: .nan).isValid)
    }
}
