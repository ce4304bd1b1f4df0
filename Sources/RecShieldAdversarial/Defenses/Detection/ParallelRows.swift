import RecShieldCore

/// Fills a row-major table of `Double` rows in parallel, one row per index, so each row is
/// computed by exactly one thread and the result does not depend on the thread count.
enum ParallelRows {
    /// A `count × width` table whose row `index` is written by `body(index, row)`.
    /// - Parameters:
    ///   - count: the number of rows.
    ///   - width: the number of values per row.
    ///   - threads: worker threads (``ParallelLoop``).
    ///   - prepare: builds per-chunk scratch state once per chunk.
    ///   - body: writes the `width` values of one row; must only touch its own row and its scratch.
    static func fill<Scratch>(
        count: Int, width: Int, threads: Int, prepare: () -> Scratch,
        _ body: (_ index: Int, _ row: UnsafeMutableBufferPointer<Double>, _ scratch: inout Scratch) -> Void
    ) -> [Double] {
        var table = [Double](repeating: 0, count: count * width)
        table.withUnsafeMutableBufferPointer { all in
            ParallelLoop.forEachChunk(count: count, threads: threads) { _, range in
                var scratch = prepare()
                for index in range {
                    let row = UnsafeMutableBufferPointer(rebasing: all[(index * width)..<((index + 1) * width)])
                    body(index, row, &scratch)
                }
            }
        }
        return table
    }

    /// A table of `count` single values, `values[index] = body(index)`.
    static func map(count: Int, threads: Int, _ body: (Int) -> Double) -> [Double] {
        fill(count: count, width: 1, threads: threads, prepare: {}) { index, row, _ in row[0] = body(index) }
    }
}
