/// A compressed sparse row (CSR) matrix of `Float` values with `Int32` column indices.
///
/// Row `r` holds `columns[rowOffsets[r]..<rowOffsets[r+1]]` (sorted ascending, no repeats) and the
/// matching `values`. RecShield uses it for the user × item view (rows = users) and the item × user
/// view (rows = items) of an ``InteractionDataset``.
public struct SparseMatrix: Sendable, Equatable {
    /// The number of rows.
    public let rowCount: Int
    /// The number of columns.
    public let columnCount: Int
    /// `rowCount + 1` offsets into ``columns`` and ``values``.
    public let rowOffsets: [Int]
    /// Column index of each stored entry, sorted within each row.
    public let columns: [Int32]
    /// Value of each stored entry.
    public let values: [Float]

    /// Builds a CSR matrix from coordinate triples.
    /// - Parameters:
    ///   - rowCount: the number of rows; every row index must be below it.
    ///   - columnCount: the number of columns; every column index must be below it.
    ///   - rows: the row of each entry.
    ///   - columns: the column of each entry.
    ///   - values: the value of each entry, or `nil` for all ones.
    /// - Precondition: indices in range, equal lengths, no repeated (row, column) pair.
    /// - Complexity: O(entries + rowCount + Σ row log row) — a counting sort by row, then a sort
    ///   of each row's columns.
    public init(rowCount: Int, columnCount: Int, rows: [Int32], columns: [Int32], values: [Float]?) {
        precondition(rows.count == columns.count, "rows and columns differ in length")
        precondition(values == nil || values!.count == rows.count, "values differ in length")
        self.rowCount = rowCount
        self.columnCount = columnCount
        var offsets = [Int](repeating: 0, count: rowCount + 1)
        for row in rows {
            precondition(row >= 0 && Int(row) < rowCount, "row index out of range")
            offsets[Int(row) + 1] += 1
        }
        for r in 0..<rowCount { offsets[r + 1] += offsets[r] }
        var cursor = offsets
        var sortedColumns = [Int32](repeating: 0, count: rows.count)
        var sortedValues = [Float](repeating: 1, count: rows.count)
        for entry in rows.indices {
            let row = Int(rows[entry])
            let slot = cursor[row]
            cursor[row] += 1
            precondition(columns[entry] >= 0 && Int(columns[entry]) < columnCount, "column index out of range")
            sortedColumns[slot] = columns[entry]
            if let values { sortedValues[slot] = values[entry] }
        }
        for r in 0..<rowCount where offsets[r + 1] - offsets[r] > 1 {
            let range = offsets[r]..<offsets[r + 1]
            let order = range.sorted { sortedColumns[$0] < sortedColumns[$1] }
            let reorderedColumns = order.map { sortedColumns[$0] }
            let reorderedValues = order.map { sortedValues[$0] }
            for (position, slot) in range.enumerated() {
                precondition(
                    position == 0 || reorderedColumns[position] != reorderedColumns[position - 1],
                    "repeated (row, column) entry")
                sortedColumns[slot] = reorderedColumns[position]
                sortedValues[slot] = reorderedValues[position]
            }
        }
        self.rowOffsets = offsets
        self.columns = sortedColumns
        self.values = sortedValues
    }

    /// The number of stored entries.
    public var entryCount: Int { columns.count }

    /// The range of entry positions of row `row`.
    @inlinable public func entryRange(ofRow row: Int) -> Range<Int> {
        rowOffsets[row]..<rowOffsets[row + 1]
    }

    /// The number of stored entries in row `row`.
    @inlinable public func count(ofRow row: Int) -> Int {
        rowOffsets[row + 1] - rowOffsets[row]
    }

    /// The column indices stored in row `row`, ascending.
    public func columns(ofRow row: Int) -> ArraySlice<Int32> {
        columns[entryRange(ofRow: row)]
    }

    /// The values stored in row `row`, in the order of ``columns(ofRow:)``.
    public func values(ofRow row: Int) -> ArraySlice<Float> {
        values[entryRange(ofRow: row)]
    }

    /// Whether `(row, column)` is stored.
    /// - Complexity: O(log n) in the row's length.
    public func contains(row: Int, column: Int) -> Bool {
        position(row: row, column: column) != nil
    }

    /// The stored value at `(row, column)`, or `nil` when absent.
    public func value(row: Int, column: Int) -> Float? {
        position(row: row, column: column).map { values[$0] }
    }

    private func position(row: Int, column: Int) -> Int? {
        var low = rowOffsets[row]
        var high = rowOffsets[row + 1]
        let target = Int32(column)
        while low < high {
            let middle = (low + high) / 2
            if columns[middle] < target { low = middle + 1 } else { high = middle }
        }
        return low < rowOffsets[row + 1] && columns[low] == target ? low : nil
    }

    /// The transpose (rows become columns).
    /// - Complexity: O(entries + rowCount + columnCount).
    public func transposed() -> SparseMatrix {
        var rowsOfEntries = [Int32](repeating: 0, count: entryCount)
        for r in 0..<rowCount {
            for entry in entryRange(ofRow: r) { rowsOfEntries[entry] = Int32(r) }
        }
        return SparseMatrix(
            rowCount: columnCount, columnCount: rowCount,
            rows: columns, columns: rowsOfEntries, values: values)
    }
}
