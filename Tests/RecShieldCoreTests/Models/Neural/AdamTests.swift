import Numerics
import Testing
@testable import RecShieldCore

@Suite struct AdamTests {
    /// Two steps of Adam (α = 0.1, β₁ = 0.9, β₂ = 0.999, ε = 1e-8) from θ = (1, −2):
    /// step 1, g = (0.5, −1): m = (0.05, −0.1), v = (2.5e-4, 1e-3), m̂ = g, v̂ = g², so each
    ///   parameter moves by α·sign(g) (up to ε): θ = (0.9, −1.9).
    /// step 2, g = (0.2, 0.4): m = (0.065, −0.05), v = (2.8975e-4, 1.159e-3),
    ///   m̂ = m / 0.19, v̂ = v / 0.001999,
    ///   θ₀ = 0.9 − 0.1·0.342105/0.380720 = 0.810142, θ₁ = −1.9 + 0.1·0.263158/0.761440 = −1.865439.
    static let expectedAfterTwoSteps: [Double] = [0.8101424839, -1.8654394167]

    @Test func twoStepsMatchHandComputation() {
        var adam = Adam(parameterCount: 2, learningRate: 0.1)
        var theta: [Float] = [1, -2]
        adam.update(&theta, gradients: [0.5, -1])
        #expect(theta[0].isApproximatelyEqual(to: 0.9, relativeTolerance: 1e-6))
        #expect(theta[1].isApproximatelyEqual(to: -1.9, relativeTolerance: 1e-6))
        adam.update(&theta, gradients: [0.2, 0.4])
        #expect(adam.step == 2)
        #expect(adam.firstMoment[0].isApproximatelyEqual(to: 0.065, relativeTolerance: 1e-5))
        // 1 − β₂ rounds to 0.00099998713 in Float, a relative error of 1.3e-5 in v.
        #expect(adam.secondMoment[1].isApproximatelyEqual(to: 1.159e-3, relativeTolerance: 1e-4))
        for index in 0..<2 {
            #expect(Double(theta[index]).isApproximatelyEqual(
                to: Self.expectedAfterTwoSteps[index], relativeTolerance: 1e-6))
        }
    }

    @Test func vectorLanesMatchTheHandComputationToo() {
        // 35 parameters: two 16-lane blocks and a 3-element tail, repeating the two-parameter case.
        var adam = Adam(parameterCount: 35, learningRate: 0.1)
        var theta = (0..<35).map { $0 % 2 == 0 ? Float(1) : -2 }
        adam.update(&theta, gradients: (0..<35).map { $0 % 2 == 0 ? 0.5 : -1 })
        adam.update(&theta, gradients: (0..<35).map { $0 % 2 == 0 ? 0.2 : 0.4 })
        for index in 0..<35 {
            #expect(Double(theta[index]).isApproximatelyEqual(
                to: Self.expectedAfterTwoSteps[index % 2], relativeTolerance: 1e-6))
        }
    }

    @Test func rowUpdatesTouchOnlyListedRows() {
        // A 3 × 2 table; step 1 updates rows 0 and 2, step 2 only row 2.
        var adam = Adam(parameterCount: 6, learningRate: 0.1)
        var table: [Float] = [1, -2, 5, 6, 1, -2]
        let first: [Float] = [0.5, -1, 9, 9, 0.5, -1]
        let second: [Float] = [9, 9, 9, 9, 0.2, 0.4]
        func step(rows: [Int32], gradients: [Float]) {
            rows.withUnsafeBufferPointer { r in
                gradients.withUnsafeBufferPointer { g in
                    table.withUnsafeMutableBufferPointer { p in
                        adam.update(rows: r, width: 2, parameters: p, gradients: g)
                    }
                }
            }
        }
        step(rows: [0, 2], gradients: first)
        step(rows: [2], gradients: second)
        #expect(adam.step == 2)
        #expect(table[0].isApproximatelyEqual(to: 0.9, relativeTolerance: 1e-6))
        #expect(table[1].isApproximatelyEqual(to: -1.9, relativeTolerance: 1e-6))
        #expect(table[2] == 5 && table[3] == 6, "row 1 was never listed")
        #expect(Double(table[4]).isApproximatelyEqual(to: Self.expectedAfterTwoSteps[0], relativeTolerance: 1e-6))
        #expect(Double(table[5]).isApproximatelyEqual(to: Self.expectedAfterTwoSteps[1], relativeTolerance: 1e-6))
        #expect(adam.firstMoment[2] == 0 && adam.secondMoment[3] == 0)
    }
}
