/// Inner products between rows of two factor matrices — how the factor models score.
extension FactorMatrix {
    /// Calls `body(j, r·s_j)` for every row `s_j` of `other`, in order, where `r` is row `row` of
    /// this matrix: one user scored against every item. Each product equals
    /// ``innerProduct(ofRow:with:row:)`` bit for bit.
    /// - Precondition: `row` is in range and both matrices have the same number of columns.
    /// - Complexity: O(other.rowCount · columnCount), SIMD.
    @inline(__always)
    func forEachInnerProduct(
        ofRow row: Int, with other: FactorMatrix, _ body: (_ otherRow: Int, _ product: Float) -> Void
    ) {
        precondition(row >= 0 && row < rowCount, "row out of range")
        precondition(columnCount == other.columnCount, "matrices differ in column count")
        let d = columnCount
        withUnsafePointer { mine in
            other.withUnsafePointer { theirs in
                let vector = mine + row * d
                for otherRow in 0..<other.rowCount {
                    body(otherRow, VectorKernels.dot(vector, theirs + otherRow * d, count: d))
                }
            }
        }
    }

    /// The inner product of row `row` of this matrix and row `otherRow` of `other`, summed in 16
    /// lanes then pairwise (``VectorKernels/dot(_:_:count:)``).
    /// - Precondition: both rows are in range and the matrices have the same number of columns.
    func innerProduct(ofRow row: Int, with other: FactorMatrix, row otherRow: Int) -> Float {
        precondition(row >= 0 && row < rowCount && otherRow >= 0 && otherRow < other.rowCount, "row out of range")
        precondition(columnCount == other.columnCount, "matrices differ in column count")
        let d = columnCount
        return withUnsafePointer { mine in
            other.withUnsafePointer { theirs in VectorKernels.dot(mine + row * d, theirs + otherRow * d, count: d) }
        }
    }
}
