import Numerics
import Testing
@testable import RecShieldCore

@Suite struct SGDTests {
    @Test func stepsAgainstTheGradient() {
        var sgd = SGD(learningRate: 0.5)
        var theta = [Float](repeating: 1, count: 19)
        sgd.update(&theta, gradients: (0..<19).map { Float($0) })
        #expect(theta == (0..<19).map { 1 - 0.5 * Float($0) })
    }

    @Test func rowUpdatesTouchOnlyListedRows() {
        var sgd = SGD(learningRate: 0.1)
        var table: [Float] = [1, 1, 1, 1, 1, 1]
        let gradients: [Float] = [2, 4, 6, 8, 10, 12]
        let rows: [Int32] = [1]
        rows.withUnsafeBufferPointer { r in
            gradients.withUnsafeBufferPointer { g in
                table.withUnsafeMutableBufferPointer { p in
                    sgd.update(rows: r, width: 2, parameters: p, gradients: g)
                }
            }
        }
        #expect(table[0] == 1 && table[1] == 1 && table[4] == 1 && table[5] == 1)
        #expect(table[2].isApproximatelyEqual(to: 0.4) && table[3].isApproximatelyEqual(to: 0.2))
    }
}
