/// Top-k cosine-similarity lists between the rows of a sparse matrix — the neighbour lists of
/// ``ItemKNN`` (rows = items) and ``UserKNN`` (rows = users).
///
/// For rows `a ≠ b` with values `x` (missing entries count as 0):
/// ```
/// s(a, b) = Σ_f x_af · x_bf / (‖x_a‖ · ‖x_b‖) · n_ab / (n_ab + λ)
/// ```
/// where `n_ab` is the number of columns both rows store and `λ` the shrinkage (0 for none).
/// Row `a` of the result keeps the `k` largest **positive** `s(a, b)` (ties to the lower `b`),
/// with columns ascending. Rows with a zero norm have no neighbours.
///
/// The products are accumulated sparsely: for each column `f` of row `a`, every row `b` that
/// stores `f` (read from the transpose) adds `x_af · x_bf` into a dense accumulator, so the
/// cost is the number of co-occurrences, and no `rows × rows` matrix is ever formed. Rows are
/// processed in parallel; each row's sums run in a fixed order on one thread, so the result is
/// identical for every thread count, and `s(a, b)` equals `s(b, a)` bit for bit.
///
/// References:
/// - Sarwar, Karypis, Konstan & Riedl, "Item-based collaborative filtering recommendation
///   algorithms", WWW 2001.
/// - Bell & Koren, "Scalable collaborative filtering with jointly derived neighborhood
///   interpolation weights", ICDM 2007 (shrinkage).
public enum SimilarityGraph {
    /// The top-`neighbors` similarity lists of the rows of `vectors`.
    /// - Parameters:
    ///   - vectors: one vector per row (e.g. item × user for item–item similarity).
    ///   - neighbors: `k`, the most neighbours kept per row.
    ///   - shrinkage: `λ ≥ 0`.
    ///   - threads: worker threads (the result does not depend on it).
    /// - Returns: a `rowCount × rowCount` matrix; row `a` holds `a`'s neighbours and their
    ///   similarities.
    /// - Precondition: `neighbors > 0`, `shrinkage ≥ 0`.
    /// - Complexity: O(Σ_f n_f² + rows · log k) time, where `n_f` is the number of entries of
    ///   column `f`; O(rows · (k + threads)) extra memory.
    public static func topK(
        of vectors: SparseMatrix, neighbors: Int, shrinkage: Float = 0, threads: Int = 1
    ) -> SparseMatrix {
        topK(of: vectors, transpose: vectors.transposed(), neighbors: neighbors, shrinkage: shrinkage, threads: threads)
    }

    /// ``topK(of:neighbors:shrinkage:threads:)`` for a caller that already holds the transpose
    /// of `vectors`.
    static func topK(
        of vectors: SparseMatrix, transpose: SparseMatrix, neighbors: Int, shrinkage: Float, threads: Int
    ) -> SparseMatrix {
        precondition(neighbors > 0, "neighbors must be positive")
        precondition(shrinkage >= 0, "shrinkage must not be negative")
        let rowCount = vectors.rowCount
        let k = min(neighbors, max(rowCount - 1, 0))
        var kept = [Int32](repeating: 0, count: rowCount)
        var slotColumns = [Int32](repeating: 0, count: rowCount * k)
        var slotValues = [Float](repeating: 0, count: rowCount * k)
        if k > 0 {
            let inverseNorms = inverseNorms(of: vectors)
            kept.withUnsafeMutableBufferPointer { kept in
                slotColumns.withUnsafeMutableBufferPointer { slotColumns in
                    slotValues.withUnsafeMutableBufferPointer { slotValues in
                        ParallelLoop.forEachChunk(count: rowCount, threads: threads) { _, range in
                            var scratch = Scratch(rowCount: rowCount, capacity: k)
                            defer { scratch.deallocate() }
                            for row in range {
                                let found = scratch.neighbors(
                                    of: row, vectors: vectors, transpose: transpose,
                                    inverseNorms: inverseNorms, shrinkage: shrinkage,
                                    columns: slotColumns.baseAddress! + row * k,
                                    values: slotValues.baseAddress! + row * k)
                                kept[row] = Int32(found)
                            }
                        }
                    }
                }
            }
        }
        var rows: [Int32] = []
        var columns: [Int32] = []
        var values: [Float] = []
        let total = kept.reduce(0) { $0 + Int($1) }
        rows.reserveCapacity(total)
        columns.reserveCapacity(total)
        values.reserveCapacity(total)
        for row in 0..<rowCount {
            for slot in (row * k)..<(row * k + Int(kept[row])) {
                rows.append(Int32(row))
                columns.append(slotColumns[slot])
                values.append(slotValues[slot])
            }
        }
        return SparseMatrix(rowCount: rowCount, columnCount: rowCount, rows: rows, columns: columns, values: values)
    }

    /// `1 / ‖x_a‖` per row, 0 for a zero row.
    static func inverseNorms(of vectors: SparseMatrix) -> [Float] {
        (0..<vectors.rowCount).map { row in
            var sum: Float = 0
            for value in vectors.values(ofRow: row) { sum += value * value }
            return sum > 0 ? 1 / sum.squareRoot() : 0
        }
    }
}

extension SimilarityGraph {
    /// One thread's dense accumulators, reused for every row of its chunk.
    struct Scratch {
        let products: UnsafeMutableBufferPointer<Float>
        let supports: UnsafeMutableBufferPointer<Int32>
        let touched: UnsafeMutableBufferPointer<Int32>
        var best: BoundedSelection

        init(rowCount: Int, capacity: Int) {
            products = .allocate(capacity: rowCount)
            products.initialize(repeating: 0)
            supports = .allocate(capacity: rowCount)
            supports.initialize(repeating: 0)
            // One spare slot for the branch-free append after every row was touched.
            touched = .allocate(capacity: rowCount + 1)
            best = BoundedSelection(capacity: capacity)
        }

        func deallocate() {
            products.deallocate()
            supports.deallocate()
            touched.deallocate()
            best.deallocate()
        }

        /// Finds the neighbours of `row`, writes them (columns ascending) to `columns`/`values`
        /// and returns how many it wrote. Leaves the accumulators zeroed.
        mutating func neighbors(
            of row: Int, vectors: SparseMatrix, transpose: SparseMatrix, inverseNorms: [Float],
            shrinkage: Float, columns: UnsafeMutablePointer<Int32>, values: UnsafeMutablePointer<Float>
        ) -> Int {
            let ownInverseNorm = inverseNorms[row]
            guard ownInverseNorm > 0 else { return 0 }
            let products = products.baseAddress!
            let supports = supports.baseAddress!
            let touched = touched.baseAddress!
            var touchedCount = 0
            vectors.columns.withUnsafeBufferPointer { vectorColumns in
                vectors.values.withUnsafeBufferPointer { vectorValues in
                    transpose.rowOffsets.withUnsafeBufferPointer { transposeOffsets in
                        transpose.columns.withUnsafeBufferPointer { transposeColumns in
                            transpose.values.withUnsafeBufferPointer { transposeValues in
                                var count = 0
                                for entry in vectors.entryRange(ofRow: row) {
                                    let column = Int(vectorColumns[entry])
                                    let x = vectorValues[entry]
                                    var other = transposeOffsets[column]
                                    let end = transposeOffsets[column + 1]
                                    while other < end {
                                        let candidate = Int(transposeColumns[other])
                                        let support = supports[candidate]
                                        // Branch-free append of a first-touched candidate: the
                                        // slot is overwritten unless the count advances.
                                        touched[count] = Int32(truncatingIfNeeded: candidate)
                                        count &+= support == 0 ? 1 : 0
                                        supports[candidate] = support &+ 1
                                        products[candidate] += x * transposeValues[other]
                                        other &+= 1
                                    }
                                }
                                touchedCount = count
                            }
                        }
                    }
                }
            }
            best.removeAll()
            inverseNorms.withUnsafeBufferPointer { inverseNorms in
                for position in 0..<touchedCount {
                    let candidate = Int(touched[position])
                    var similarity = products[candidate] * (ownInverseNorm * inverseNorms[candidate])
                    if shrinkage > 0 {
                        let support = Float(supports[candidate])
                        similarity *= support / (support + shrinkage)
                    }
                    if candidate != row && similarity > 0 {
                        best.offer(similarity, index: Int32(candidate))
                    }
                    products[candidate] = 0
                    supports[candidate] = 0
                }
            }
            return best.write(columns: columns, values: values)
        }
    }
}
