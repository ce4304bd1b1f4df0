/// Sparse matrices (neighbour lists, training interactions) in a ``ModelArchive``: a CSR matrix
/// called `name` is stored as the arrays `name.offsets` (Int32, rows + 1), `name.columns` (Int32)
/// and, unless only its pattern is kept, `name.values` (Float32).
extension ModelArchive {
    /// Whether the archive holds an array called `name`.
    public func containsArray(named name: String) -> Bool {
        arrays.contains { $0.name == name }
    }

    /// Adds a CSR matrix.
    /// - Parameters:
    ///   - matrix: the matrix.
    ///   - name: the prefix of its arrays.
    ///   - includesValues: whether to store the values (false keeps only which entries exist).
    /// - Throws: ``ModelError/unwritable(path:reason:)`` when it has more entries than an Int32
    ///   offset can address.
    public mutating func append(_ matrix: SparseMatrix, named name: String, includesValues: Bool = true) throws {
        guard matrix.entryCount <= Int(Int32.max) else {
            throw ModelError.unwritable(
                path: source, reason: "'\(name)' has \(matrix.entryCount) entries; model files hold at most 2^31 - 1")
        }
        append(matrix.rowOffsets.map { Int32($0) }, named: name + ".offsets")
        append(matrix.columns, named: name + ".columns")
        if includesValues { append(matrix.values, named: name + ".values") }
    }

    /// The CSR matrix stored under `name`, checked entry by entry so a hand-edited file cannot
    /// break the matrix's invariants.
    /// - Parameters:
    ///   - name: the prefix of its arrays.
    ///   - rowCount: the number of rows the model needs.
    ///   - columnCount: the number of columns the model needs.
    ///   - includesValues: whether values were stored (otherwise every value is 1).
    /// - Throws: ``ModelError/missingArray(path:name:)``, or ``ModelError/malformed(path:reason:)``
    ///   for offsets that do not run from 0 up to the entry count, or columns out of range or not
    ///   strictly ascending within a row.
    /// - Complexity: O(entries + rows).
    public func sparseMatrix(
        named name: String, rowCount: Int, columnCount: Int, includesValues: Bool = true
    ) throws -> SparseMatrix {
        let offsets = try int32s(named: name + ".offsets", count: rowCount + 1)
        let columns = try int32s(named: name + ".columns")
        let values = includesValues ? try floats(named: name + ".values", count: columns.count) : nil
        func malformed(_ reason: String) -> ModelError {
            .malformed(path: source, reason: "'\(name)' \(reason)")
        }
        guard offsets[0] == 0, Int(offsets[rowCount]) == columns.count else {
            throw malformed("offsets do not span its \(columns.count) entries")
        }
        var rows = [Int32](repeating: 0, count: columns.count)
        for row in 0..<rowCount {
            let start = Int(offsets[row])
            let end = Int(offsets[row + 1])
            guard start <= end else { throw malformed("offsets decrease at row \(row)") }
            for entry in start..<end {
                let column = columns[entry]
                guard column >= 0 && Int(column) < columnCount else {
                    throw malformed("column \(column) of row \(row) is outside 0..<\(columnCount)")
                }
                guard entry == start || columns[entry - 1] < column else {
                    throw malformed("columns of row \(row) are not strictly ascending")
                }
                rows[entry] = Int32(row)
            }
        }
        return SparseMatrix(rowCount: rowCount, columnCount: columnCount, rows: rows, columns: columns, values: values)
    }
}
