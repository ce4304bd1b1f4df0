import Testing
@testable import RecShieldCore

@Suite struct MatrixTests {
    let a = Matrix(rowCount: 2, columnCount: 3, values: [1, 2, 3, 4, 5, 6])

    @Test func subscriptReadsRowMajor() {
        #expect(a[0, 2] == 3)
        #expect(a[1, 0] == 4)
        var copy = a
        copy[1, 2] = -1
        #expect(copy.values == [1, 2, 3, 4, 5, -1])
    }

    @Test func transposeSwapsRowsAndColumns() {
        let t = a.transposed()
        #expect(t.rowCount == 3 && t.columnCount == 2)
        #expect(t.values == [1, 4, 2, 5, 3, 6])
    }

    @Test func productsWithTransposes() {
        // A·Aᵀ = [[14, 32], [32, 77]]; Aᵀ·A = [[17, 22, 27], [22, 29, 36], [27, 36, 45]].
        #expect(a.multiplied(by: a, transposingOther: true).values == [14, 32, 32, 77])
        #expect(a.multiplied(by: a, transposingSelf: true).values == [17, 22, 27, 22, 29, 36, 27, 36, 45])
        #expect(a.multiplied(by: a.transposed()) == a.multiplied(by: a, transposingOther: true))
    }
}
