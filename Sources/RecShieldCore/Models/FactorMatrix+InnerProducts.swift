/// Inner products between rows of two factor matrices — how the factor models score.
///
/// Every product is computed in the order of ``GEMM``'s kernel, whichever function computes it:
/// a block of users scored as one matrix product, one user against every item, and one
/// user–item pair (``GEMM/elementValue(_:_:count:)``) agree bit for bit, so a model's
/// ``Recommender/scores(forUsers:into:)``, ``Recommender/scores(for:into:)`` and
/// ``Recommender/score(user:item:)`` never disagree, whatever block a user is scored in.
extension FactorMatrix {
    /// Writes `r_k·s_j` for the rows `r_k` of this matrix listed in `rows` and every row `s_j` of
    /// `other` into `products[k · other.rowCount + j]` — one matrix product `R·Sᵀ`, register-tiled
    /// (``GEMM``), so a block of users is scored at matrix-multiplication speed.
    /// - Precondition: every row is in range, both matrices have the same number of columns and
    ///   `products.count == rows.count · other.rowCount`.
    /// - Complexity: O(rows.count · other.rowCount · columnCount).
    func innerProducts(ofRows rows: [Int], with other: FactorMatrix, into products: UnsafeMutableBufferPointer<Float>) {
        precondition(columnCount == other.columnCount, "matrices differ in column count")
        precondition(products.count == rows.count * other.rowCount, "product buffer has the wrong size")
        precondition(rows.allSatisfy { $0 >= 0 && $0 < rowCount }, "row out of range")
        guard let output = products.baseAddress, !rows.isEmpty, other.rowCount > 0 else { return }
        let d = columnCount
        withUnsafeTemporaryAllocation(of: Float.self, capacity: max(1, rows.count * d)) { gathered in
            guard let left = gathered.baseAddress else { return }
            withUnsafePointer { mine in
                for (k, row) in rows.enumerated() { (left + k * d).update(from: mine + row * d, count: d) }
            }
            other.withUnsafePointer { theirs in
                GEMM.multiply(m: rows.count, n: other.rowCount, k: d, left, theirs, transposingB: true, into: output)
            }
        }
    }

    /// The inner product of row `row` of this matrix and row `otherRow` of `other`, bit-identical
    /// to the same entry of ``innerProducts(ofRows:with:into:)``.
    /// - Precondition: both rows are in range and the matrices have the same number of columns.
    /// - Complexity: O(columnCount).
    func innerProduct(ofRow row: Int, with other: FactorMatrix, row otherRow: Int) -> Float {
        precondition(row >= 0 && row < rowCount && otherRow >= 0 && otherRow < other.rowCount, "row out of range")
        precondition(columnCount == other.columnCount, "matrices differ in column count")
        let d = columnCount
        return withUnsafePointer { mine in
            other.withUnsafePointer { theirs in GEMM.elementValue(mine + row * d, theirs + otherRow * d, count: d) }
        }
    }
}
