/// A dense row-major `Float` matrix: the value type that dense layers, tests and small utilities
/// exchange. Hot loops borrow ``values`` once and call ``GEMM`` on the raw storage.
public struct Matrix: Sendable, Equatable {
    /// The number of rows.
    public let rowCount: Int
    /// The number of columns.
    public let columnCount: Int
    /// Row-major values: element `(i, j)` is `values[i · columnCount + j]`.
    public var values: [Float]

    /// Creates a matrix filled with one value.
    /// - Precondition: both dimensions are non-negative.
    public init(rowCount: Int, columnCount: Int, repeating value: Float = 0) {
        precondition(rowCount >= 0 && columnCount >= 0, "matrix dimensions must not be negative")
        self.rowCount = rowCount
        self.columnCount = columnCount
        self.values = [Float](repeating: value, count: rowCount * columnCount)
    }

    /// Creates a matrix from row-major values.
    /// - Precondition: `values.count == rowCount · columnCount`.
    public init(rowCount: Int, columnCount: Int, values: [Float]) {
        precondition(rowCount >= 0 && columnCount >= 0, "matrix dimensions must not be negative")
        precondition(values.count == rowCount * columnCount, "matrix shape does not match its values")
        self.rowCount = rowCount
        self.columnCount = columnCount
        self.values = values
    }

    /// The element at `(row, column)`.
    public subscript(row: Int, column: Int) -> Float {
        get { values[row * columnCount + column] }
        set { values[row * columnCount + column] = newValue }
    }

    /// The transpose.
    /// - Complexity: O(rowCount · columnCount).
    public func transposed() -> Matrix {
        var result = Matrix(rowCount: columnCount, columnCount: rowCount)
        for i in 0..<rowCount {
            for j in 0..<columnCount { result[j, i] = self[i, j] }
        }
        return result
    }

    /// The product `op(self) · op(other)`, where `op` transposes when asked.
    /// - Precondition: the inner dimensions agree.
    /// - Complexity: O(m·n·k) through ``GEMM``.
    public func multiplied(
        by other: Matrix, transposingSelf: Bool = false, transposingOther: Bool = false
    ) -> Matrix {
        let m = transposingSelf ? columnCount : rowCount
        let k = transposingSelf ? rowCount : columnCount
        let otherRows = transposingOther ? other.columnCount : other.rowCount
        let n = transposingOther ? other.rowCount : other.columnCount
        precondition(k == otherRows, "inner dimensions differ: \(k) vs \(otherRows)")
        var result = Matrix(rowCount: m, columnCount: n)
        values.withUnsafeBufferPointer { a in
            other.values.withUnsafeBufferPointer { b in
                result.values.withUnsafeMutableBufferPointer { c in
                    guard let aBase = a.baseAddress, let bBase = b.baseAddress, let cBase = c.baseAddress
                    else { return }
                    GEMM.multiply(
                        m: m, n: n, k: k, aBase, transposingA: transposingSelf,
                        bBase, transposingB: transposingOther, into: cBase)
                }
            }
        }
        return result
    }
}
