import CRecShieldPrefetch

/// Prefetching for the SGD kernels whose factor rows do not fit the caches: on such data a step
/// waits for its rows from memory, and asking for the rows of later steps early lets those waits
/// overlap. On cache-resident data the prefetches only cost instructions.
enum CachePrefetch {
    /// The factor bytes above which prefetching pays: beyond a core's L2 (1 MiB here) and most
    /// of its share of L3.
    static let threshold = 4 << 20

    /// Whether `rows` factor rows of `columns` floats are large enough for prefetching to pay.
    static func pays(rows: Int, columns: Int) -> Bool {
        rows * columns * MemoryLayout<Float>.size > threshold
    }

    /// Prefetches, for writing, every cache line of a row of `count` floats, from the line
    /// holding its first value to the line holding its last.
    @inline(__always)
    static func row(_ row: UnsafeMutablePointer<Float>, count: Int) {
        guard count > 0 else { return }
        let end = UInt(bitPattern: row + count)
        var line = UInt(bitPattern: row) & ~63
        while line < end {
            recshield_prefetch_for_write(UnsafeRawPointer(bitPattern: line))
            line &+= 64
        }
    }
}
