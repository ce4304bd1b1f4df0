import Testing
@testable import RecShieldCore

@Suite struct FactorMatrixTests {
    @Test func storageIsSixtyFourByteAligned() {
        for rows in [1, 3, 100] {
            let matrix = FactorMatrix(rowCount: rows, columnCount: 5)
            matrix.withUnsafePointer { #expect(Int(bitPattern: $0) % 64 == 0) }
        }
    }

    @Test func copiesAreIndependentValues() {
        var original = FactorMatrix(rowCount: 2, columnCount: 2, values: [1, 2, 3, 4])
        let copy = original
        original[1, 0] = 9
        original.withUnsafeMutableBufferPointer { $0[0] = 7 }
        #expect(copy.values == [1, 2, 3, 4])
        #expect(original.values == [7, 2, 9, 4] && original.row(1) == [9, 4])
        #expect(original != copy && copy == FactorMatrix(rowCount: 2, columnCount: 2, values: [1, 2, 3, 4]))
    }

    @Test func gaussianInitialisationIsSeededAndScaled() {
        var a = Xoshiro256StarStar(seed: 4)
        var b = Xoshiro256StarStar(seed: 4)
        let first = FactorMatrix(rowCount: 50, columnCount: 40, standardDeviation: 0.1, using: &a)
        let second = FactorMatrix(rowCount: 50, columnCount: 40, standardDeviation: 0.1, using: &b)
        #expect(first == second)
        let values = first.values
        let variance = values.map { $0 * $0 }.reduce(0, +) / Float(values.count)
        #expect(abs(variance.squareRoot() - 0.1) < 0.005)
    }
}
