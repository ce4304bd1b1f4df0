/// The Cholesky factor `L` of a symmetric positive-definite matrix `M = L Lᵀ`, for solving
/// `M x = b` — the small `d × d` ridge systems of the ALS surrogate.
///
/// ```
/// L_jj = √(M_jj − Σ_{k<j} L_jk²)       L_ij = (M_ij − Σ_{k<j} L_ik L_jk) / L_jj   (i > j)
/// M x = b:  L y = b (forward),  Lᵀ x = y (backward)
/// ```
struct CholeskyFactor {
    /// The dimension `d`.
    let dimension: Int
    /// `L`, row-major, zeros above the diagonal.
    private var lower: [Double]

    /// Factors `matrix` (row-major `d × d`; only the lower triangle is read).
    /// Returns `nil` when a pivot is not positive (the matrix is not positive definite).
    /// - Complexity: O(d³).
    init?(_ matrix: [Double], dimension d: Int) {
        precondition(matrix.count == d * d, "the matrix must be d × d")
        dimension = d
        var l = [Double](repeating: 0, count: d * d)
        for j in 0..<d {
            var pivot = matrix[j * d + j]
            for k in 0..<j { pivot -= l[j * d + k] * l[j * d + k] }
            guard pivot > 0 else { return nil }
            let diagonal = pivot.squareRoot()
            l[j * d + j] = diagonal
            for i in (j + 1)..<max(j + 1, d) {
                var value = matrix[i * d + j]
                for k in 0..<j { value -= l[i * d + k] * l[j * d + k] }
                l[i * d + j] = value / diagonal
            }
        }
        lower = l
    }

    /// `M⁻¹ b`.
    /// - Complexity: O(d²).
    func solve(_ b: [Double]) -> [Double] {
        precondition(b.count == dimension, "the right-hand side must have d values")
        let d = dimension
        var x = b
        for i in 0..<d {
            var value = x[i]
            for k in 0..<i { value -= lower[i * d + k] * x[k] }
            x[i] = value / lower[i * d + i]
        }
        for i in stride(from: d - 1, through: 0, by: -1) {
            var value = x[i]
            for k in (i + 1)..<max(i + 1, d) { value -= lower[k * d + i] * x[k] }
            x[i] = value / lower[i * d + i]
        }
        return x
    }
}
