/// General matrix multiplication `C ← op(A)·op(B)` (or `C += op(A)·op(B)`) on `Float` storage —
/// the kernel under every dense layer.
///
/// Operands are described by a base pointer and two strides, so transposed and sliced views cost
/// nothing: element `(i, p)` of `op(A)` is `a[i·rowStride + p·columnStride]`. A row-major `m × k`
/// matrix has strides `(k, 1)`; its transpose is read with strides `(1, k)`.
///
/// The kernel follows the Goto/BLIS blocking: `op(B)` is packed into `kc × 8` panels that stay in
/// L1, `op(A)` into `kc × 4` panels that stay in L2, and a register-resident `4 × 8` micro-tile of
/// `C` is updated with `SIMD8<Float>` multiply–adds. Packing also removes every stride from the
/// inner loop, which is why transposes cost nothing. The tile is the best compromise measured on
/// this project's machines: with plain SSE2 (a default release build) its 8 accumulators fit the
/// 16 registers (≈ 45 GFLOP/s where a `4 × 16` tile spills and reaches ≈ 25); with
/// `-target-cpu haswell` it reaches ≈ 95 GFLOP/s (a `4 × 16` tile ≈ 112).
///
/// Results are deterministic: each `C` element sums its `k` products in the same order on every
/// call (blocks of `kc` in increasing `p`, lanes accumulated separately, then added to `C`). They
/// are *not* bit-identical to a naive triple loop, because the blocked order rounds differently.
///
/// References:
/// - Goto & van de Geijn, "Anatomy of high-performance matrix multiplication", ACM TOMS 2008.
/// - Van Zee & van de Geijn, "BLIS: A framework for rapidly instantiating BLAS functionality",
///   ACM TOMS 2015.
public enum GEMM {
    /// Rows of a register micro-tile.
    static let tileRows = 4
    /// Columns of a register micro-tile (one `SIMD8<Float>`).
    static let tileColumns = 8
    /// Depth of a packed block (`kc`): a `kc × 8` panel of B is 8 KiB and stays in L1.
    static let blockDepth = 256
    /// Rows of a packed A block (`mc`): `mc × kc` floats (128 KiB) stay in L2.
    static let blockRows = 128
    /// Columns of a packed B block (`nc`).
    static let blockColumns = 2048

    /// `C ← op(A)·op(B)`, or `C += op(A)·op(B)` when `accumulating`, for row-major contiguous
    /// operands.
    /// - Parameters:
    ///   - a: `m × k` row-major, or `k × m` row-major when `transposingA`.
    ///   - b: `k × n` row-major, or `n × k` row-major when `transposingB`.
    ///   - c: `m × n` row-major output.
    ///   - accumulating: add to `C` instead of overwriting it.
    /// - Complexity: O(m·n·k).
    public static func multiply(
        m: Int, n: Int, k: Int,
        _ a: UnsafePointer<Float>, transposingA: Bool = false,
        _ b: UnsafePointer<Float>, transposingB: Bool = false,
        into c: UnsafeMutablePointer<Float>, accumulating: Bool = false
    ) {
        multiply(
            m: m, n: n, k: k,
            a: a, rowStrideA: transposingA ? 1 : k, columnStrideA: transposingA ? m : 1,
            b: b, rowStrideB: transposingB ? 1 : n, columnStrideB: transposingB ? k : 1,
            c: c, rowStrideC: n, accumulating: accumulating)
    }

    /// `C ← op(A)·op(B)`, or `C += op(A)·op(B)` when `accumulating`, for strided operands.
    /// - Parameters:
    ///   - m: rows of `op(A)` and `C`.
    ///   - n: columns of `op(B)` and `C`.
    ///   - k: columns of `op(A)`, rows of `op(B)`.
    ///   - a: element `(i, p)` of `op(A)` is `a[i·rowStrideA + p·columnStrideA]`.
    ///   - b: element `(p, j)` of `op(B)` is `b[p·rowStrideB + j·columnStrideB]`.
    ///   - c: element `(i, j)` of `C` is `c[i·rowStrideC + j]`; must not overlap `a` or `b`.
    ///   - accumulating: add to `C` instead of overwriting it.
    /// - Complexity: O(m·n·k) time; O(min(k, 256) · (min(n, 2048) + min(m, 128))) scratch.
    public static func multiply(
        m: Int, n: Int, k: Int,
        a: UnsafePointer<Float>, rowStrideA: Int, columnStrideA: Int,
        b: UnsafePointer<Float>, rowStrideB: Int, columnStrideB: Int,
        c: UnsafeMutablePointer<Float>, rowStrideC: Int,
        accumulating: Bool
    ) {
        precondition(m >= 0 && n >= 0 && k >= 0, "matrix dimensions must not be negative")
        guard m > 0, n > 0 else { return }
        if !accumulating {
            for i in 0..<m { (c + i &* rowStrideC).update(repeating: 0, count: n) }
        }
        guard k > 0 else { return }

        let depth = min(k, blockDepth)
        let packedColumns = roundUp(min(n, blockColumns), to: tileColumns)
        let packedRows = roundUp(min(m, blockRows), to: tileRows)
        let packedB = UnsafeMutableRawPointer.allocate(
            byteCount: depth * packedColumns * 4, alignment: 64
        ).bindMemory(to: Float.self, capacity: depth * packedColumns)
        let packedA = UnsafeMutableRawPointer.allocate(
            byteCount: depth * packedRows * 4, alignment: 64
        ).bindMemory(to: Float.self, capacity: depth * packedRows)
        defer {
            packedB.deallocate()
            packedA.deallocate()
        }

        var column = 0
        while column < n {
            let columns = min(blockColumns, n - column)
            var inner = 0
            while inner < k {
                let kc = min(blockDepth, k - inner)
                packB(
                    b + inner &* rowStrideB + column &* columnStrideB,
                    rowStride: rowStrideB, columnStride: columnStrideB,
                    depth: kc, columns: columns, into: packedB)
                var row = 0
                while row < m {
                    let rows = min(blockRows, m - row)
                    packA(
                        a + row &* rowStrideA + inner &* columnStrideA,
                        rowStride: rowStrideA, columnStride: columnStrideA,
                        rows: rows, depth: kc, into: packedA)
                    multiplyBlock(
                        rows: rows, columns: columns, depth: kc,
                        packedA: packedA, packedB: packedB,
                        c: c + row &* rowStrideC + column, rowStrideC: rowStrideC)
                    row += rows
                }
                inner += kc
            }
            column += columns
        }
    }

    /// The value ``multiply(m:n:k:_:transposingA:_:transposingB:into:accumulating:)`` writes for
    /// one element of a zeroed `C`: `Σ a[p]·b[p]` summed in the kernel's order (each block of
    /// ``blockDepth`` products in increasing `p` from zero, block sums added to zero in turn), so a
    /// single score can agree bit for bit with a row of a matrix product.
    /// - Complexity: O(count), scalar (one dependent add per product).
    public static func elementValue(_ a: UnsafePointer<Float>, _ b: UnsafePointer<Float>, count: Int) -> Float {
        var total: Float = 0
        var start = 0
        while start < count {
            let end = min(start &+ blockDepth, count)
            var sum: Float = 0
            for p in start..<end { sum += a[p] * b[p] }
            total += sum
            start = end
        }
        return total
    }

    @inline(__always)
    static func roundUp(_ value: Int, to multiple: Int) -> Int {
        (value + multiple - 1) / multiple * multiple
    }

    /// Packs a `depth × columns` block of B into consecutive `depth × 8` panels, zero-padded.
    static func packB(
        _ b: UnsafePointer<Float>, rowStride: Int, columnStride: Int,
        depth: Int, columns: Int, into packed: UnsafeMutablePointer<Float>
    ) {
        var panel = packed
        var first = 0
        while first < columns {
            let width = min(tileColumns, columns - first)
            for p in 0..<depth {
                let source = b + p &* rowStride + first &* columnStride
                let destination = panel + p &* tileColumns
                if columnStride == 1 && width == tileColumns {
                    UnsafeMutableRawPointer(destination).storeBytes(
                        of: UnsafeRawPointer(source).loadUnaligned(as: SIMD8<Float>.self),
                        as: SIMD8<Float>.self)
                } else {
                    for j in 0..<width { destination[j] = source[j &* columnStride] }
                    for j in width..<tileColumns { destination[j] = 0 }
                }
            }
            panel += depth &* tileColumns
            first += tileColumns
        }
    }

    /// Packs a `rows × depth` block of A into consecutive `depth × 4` panels, zero-padded.
    static func packA(
        _ a: UnsafePointer<Float>, rowStride: Int, columnStride: Int,
        rows: Int, depth: Int, into packed: UnsafeMutablePointer<Float>
    ) {
        var panel = packed
        var first = 0
        while first < rows {
            let height = min(tileRows, rows - first)
            for r in 0..<tileRows {
                if r < height {
                    let source = a + (first + r) &* rowStride
                    for p in 0..<depth { panel[p &* tileRows &+ r] = source[p &* columnStride] }
                } else {
                    for p in 0..<depth { panel[p &* tileRows &+ r] = 0 }
                }
            }
            panel += depth &* tileRows
            first += tileRows
        }
    }

    /// Multiplies packed blocks into `C`, one `4 × 8` micro-tile at a time; partial tiles at the
    /// edges go through a scratch tile.
    static func multiplyBlock(
        rows: Int, columns: Int, depth: Int,
        packedA: UnsafePointer<Float>, packedB: UnsafePointer<Float>,
        c: UnsafeMutablePointer<Float>, rowStrideC: Int
    ) {
        withUnsafeTemporaryAllocation(of: Float.self, capacity: tileRows * tileColumns) { scratch in
            let tile = scratch.baseAddress!
            var first = 0
            while first < columns {
                let width = min(tileColumns, columns - first)
                let panelB = packedB + (first / tileColumns) &* depth &* tileColumns
                var top = 0
                while top < rows {
                    let height = min(tileRows, rows - top)
                    let panelA = packedA + (top / tileRows) &* depth &* tileRows
                    let target = c + top &* rowStrideC + first
                    if height == tileRows && width == tileColumns {
                        microKernel(depth: depth, a: panelA, b: panelB, c: target, rowStrideC: rowStrideC)
                    } else {
                        tile.update(repeating: 0, count: tileRows * tileColumns)
                        microKernel(depth: depth, a: panelA, b: panelB, c: tile, rowStrideC: tileColumns)
                        for r in 0..<height {
                            for j in 0..<width { target[r &* rowStrideC &+ j] += tile[r &* tileColumns &+ j] }
                        }
                    }
                    top += tileRows
                }
                first += tileColumns
            }
        }
    }

    /// `C[0..<4, 0..<8] += A_panel · B_panel` with four `SIMD8` accumulators in registers.
    @inline(__always)
    static func microKernel(
        depth: Int, a: UnsafePointer<Float>, b: UnsafePointer<Float>,
        c: UnsafeMutablePointer<Float>, rowStrideC: Int
    ) {
        var c0 = SIMD8<Float>()
        var c1 = SIMD8<Float>()
        var c2 = SIMD8<Float>()
        var c3 = SIMD8<Float>()
        let rawB = UnsafeRawPointer(b)
        var pa = a
        for p in 0..<depth {
            let bv = rawB.load(fromByteOffset: p &* 32, as: SIMD8<Float>.self)
            c0 += SIMD8(repeating: pa[0]) * bv
            c1 += SIMD8(repeating: pa[1]) * bv
            c2 += SIMD8(repeating: pa[2]) * bv
            c3 += SIMD8(repeating: pa[3]) * bv
            pa += 4
        }
        let rawC = UnsafeMutableRawPointer(c)
        let stride = rowStrideC &* 4
        @inline(__always) func add(_ sum: SIMD8<Float>, row: Int) {
            let offset = row &* stride
            let old = rawC.loadUnaligned(fromByteOffset: offset, as: SIMD8<Float>.self)
            rawC.storeBytes(of: old + sum, toByteOffset: offset, as: SIMD8<Float>.self)
        }
        add(c0, row: 0)
        add(c1, row: 1)
        add(c2, row: 2)
        add(c3, row: 3)
    }
}
