/// Interactions as read from one file, before duplicates are merged: parallel columns, the raw
/// IDs met so far, and what was skipped.
struct InteractionTable {
    /// The user index of each row.
    var users: [Int32] = []
    /// The item index of each row.
    var items: [Int32] = []
    /// The rating of each row, when the layout has a rating column.
    var ratings: [Float]?
    /// The timestamp of each row, when the layout has a timestamp column.
    var timestamps: [Int64]?
    /// Raw user IDs in index order.
    var userIDs = RawIDInterner()
    /// Raw item IDs in index order.
    var itemIDs = RawIDInterner()
    /// Rows skipped as malformed.
    var skipped = SkipLog()
    /// `(row, line)` pairs wherever a row's line is not the previous row's line plus one; the
    /// line of any row follows from the last anchor at or before it.
    var lineAnchors: [(row: Int, line: Int)] = []

    /// The number of rows read.
    var count: Int { users.count }

    /// The 1-based line on which row `row` starts.
    /// - Complexity: O(log anchors).
    func line(ofRow row: Int) -> Int {
        var low = 0
        var high = lineAnchors.count
        while low < high {
            let middle = (low + high) / 2
            if lineAnchors[middle].row <= row { low = middle + 1 } else { high = middle }
        }
        guard low > 0 else { return row + 1 }
        let anchor = lineAnchors[low - 1]
        return anchor.line + (row - anchor.row)
    }
}
