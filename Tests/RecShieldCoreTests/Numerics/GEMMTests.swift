import Numerics
import Testing
@testable import RecShieldCore

@Suite struct GEMMTests {
    /// A shape to multiply: `op(A)` is `m × k`, `op(B)` is `k × n`.
    struct Shape: Sendable, CustomTestStringConvertible {
        var m: Int
        var n: Int
        var k: Int
        var transposingA = false
        var transposingB = false
        var testDescription: String {
            "\(m)x\(k)\(transposingA ? "ᵀ" : "") · \(k)x\(n)\(transposingB ? "ᵀ" : "")"
        }
    }

    /// Deterministic values in [-1, 1).
    static func values(_ count: Int, seed: UInt64) -> [Float] {
        var rng = Xoshiro256StarStar(seed: seed)
        return (0..<count).map { _ in 2 * rng.nextUnitFloat() - 1 }
    }

    /// `op(A)·op(B)` by the textbook triple loop, in `Double`.
    static func naiveProduct(_ a: [Float], _ b: [Float], shape s: Shape) -> [Double] {
        var c = [Double](repeating: 0, count: s.m * s.n)
        for i in 0..<s.m {
            for j in 0..<s.n {
                var sum = 0.0
                for p in 0..<s.k {
                    let x = s.transposingA ? a[p * s.m + i] : a[i * s.k + p]
                    let y = s.transposingB ? b[j * s.k + p] : b[p * s.n + j]
                    sum += Double(x) * Double(y)
                }
                c[i * s.n + j] = sum
            }
        }
        return c
    }

    /// Shapes covering full and partial 4 × 8 tiles, several depth blocks (k > 256), several row
    /// blocks (m > 128), several column blocks (n > 2048) and every transpose combination.
    static let shapes: [Shape] = [
        Shape(m: 1, n: 1, k: 1),
        Shape(m: 4, n: 16, k: 8),
        Shape(m: 5, n: 17, k: 3),
        Shape(m: 7, n: 33, k: 300, transposingA: true),
        Shape(m: 9, n: 20, k: 13, transposingB: true),
        Shape(m: 6, n: 35, k: 21, transposingA: true, transposingB: true),
        Shape(m: 131, n: 5, k: 7),
        Shape(m: 2, n: 2_100, k: 3, transposingB: true),
    ]

    @Test(arguments: shapes)
    func productMatchesTripleLoop(shape: Shape) {
        let a = Self.values(shape.m * shape.k, seed: 1)
        let b = Self.values(shape.k * shape.n, seed: 2)
        var c = [Float](repeating: .nan, count: shape.m * shape.n)
        a.withUnsafeBufferPointer { a in
            b.withUnsafeBufferPointer { b in
                c.withUnsafeMutableBufferPointer { c in
                    GEMM.multiply(
                        m: shape.m, n: shape.n, k: shape.k, a.baseAddress!, transposingA: shape.transposingA,
                        b.baseAddress!, transposingB: shape.transposingB, into: c.baseAddress!)
                }
            }
        }
        let expected = Self.naiveProduct(a, b, shape: shape)
        let tolerance = 1e-6 * Double(shape.k)
        let wrong = c.indices.filter {
            !Double(c[$0]).isApproximatelyEqual(to: expected[$0], absoluteTolerance: tolerance)
        }
        #expect(wrong.isEmpty, "first mismatch at \(wrong.first ?? -1)")
    }

    @Test func accumulatingAddsToTheOutput() {
        let shape = Shape(m: 5, n: 18, k: 4)
        let a = Self.values(20, seed: 3)
        let b = Self.values(72, seed: 4)
        let start = Self.values(90, seed: 5)
        var c = start
        a.withUnsafeBufferPointer { a in
            b.withUnsafeBufferPointer { b in
                c.withUnsafeMutableBufferPointer { c in
                    GEMM.multiply(
                        m: 5, n: 18, k: 4, a.baseAddress!, b.baseAddress!, into: c.baseAddress!,
                        accumulating: true)
                }
            }
        }
        let product = Self.naiveProduct(a, b, shape: shape)
        for index in c.indices {
            #expect(Double(c[index]).isApproximatelyEqual(
                to: Double(start[index]) + product[index], absoluteTolerance: 1e-5))
        }
    }

    @Test func stridedOperandsReadSubmatrices() {
        // A is the 3 × 2 block at rows 1..3, columns 2..3 of a 5 × 6 matrix; B the 2 × 4 block of
        // the transpose of an 8 × 3 matrix (rows 1..4, column 1..2); C the 3 × 4 block of a 3 × 7.
        let big = Self.values(30, seed: 6)
        let other = Self.values(24, seed: 7)
        var c = [Float](repeating: 9, count: 21)
        big.withUnsafeBufferPointer { a in
            other.withUnsafeBufferPointer { b in
                c.withUnsafeMutableBufferPointer { c in
                    GEMM.multiply(
                        m: 3, n: 4, k: 2,
                        a: a.baseAddress! + 1 * 6 + 2, rowStrideA: 6, columnStrideA: 1,
                        b: b.baseAddress! + 1 * 3 + 1, rowStrideB: 1, columnStrideB: 3,
                        c: c.baseAddress! + 2, rowStrideC: 7, accumulating: false)
                }
            }
        }
        for i in 0..<3 {
            for j in 0..<7 {
                guard (2..<6).contains(j) else {
                    #expect(c[i * 7 + j] == 9, "outside the block must stay untouched")
                    continue
                }
                var sum = 0.0
                for p in 0..<2 {
                    sum += Double(big[(1 + i) * 6 + 2 + p]) * Double(other[(1 + j - 2) * 3 + 1 + p])
                }
                #expect(Double(c[i * 7 + j]).isApproximatelyEqual(to: sum, absoluteTolerance: 1e-6))
            }
        }
    }

    @Test func emptyInnerDimensionGivesZeros() {
        var c: [Float] = [3, 3, 3, 3]
        let empty: [Float] = [0]
        empty.withUnsafeBufferPointer { e in
            c.withUnsafeMutableBufferPointer { c in
                GEMM.multiply(m: 2, n: 2, k: 0, e.baseAddress!, e.baseAddress!, into: c.baseAddress!)
            }
        }
        #expect(c == [0, 0, 0, 0])
    }

    @Test func resultsAreDeterministic() {
        let a = Self.values(40 * 300, seed: 8)
        let b = Self.values(300 * 50, seed: 9)
        let matrixA = Matrix(rowCount: 40, columnCount: 300, values: a)
        let matrixB = Matrix(rowCount: 300, columnCount: 50, values: b)
        #expect(matrixA.multiplied(by: matrixB) == matrixA.multiplied(by: matrixB))
    }
}
