import CRecShieldPrefetch

/// Draws BPR training triples `(u, i, j)` from the raw buffers of a ``BPRSampleSet`` — the
/// sampling step of every BPR-style kernel (plain BPR here, adversarial and denoised BPR in
/// `RecShieldAdversarial`), shared so they all draw the same triples from the same seed.
///
/// A plain struct of buffer views and numbers, valid only inside
/// ``BPRSampleSet/withSampler(_:)``: copying it costs nothing and drawing involves no reference
/// counting, bounds checks or exclusivity checks. It is `@inlinable` so kernels in other modules
/// inline the draw into their loops.
public struct BPRTripleSampler {
    @usableFromInline let pairs: UnsafeBufferPointer<BPRSampleSet.Pair>
    @usableFromInline let rowOffsets: UnsafeBufferPointer<Int>
    @usableFromInline let columns: UnsafeBufferPointer<Int32>
    @usableFromInline let bitset: UnsafeBufferPointer<UInt64>
    @usableFromInline let bitsetStride: Int
    @usableFromInline let itemCount: Int
    @usableFromInline let drawsPopularNegatives: Bool

    @usableFromInline
    init(
        pairs: UnsafeBufferPointer<BPRSampleSet.Pair>, rowOffsets: UnsafeBufferPointer<Int>,
        columns: UnsafeBufferPointer<Int32>, bitset: UnsafeBufferPointer<UInt64>, bitsetStride: Int,
        itemCount: Int, drawsPopularNegatives: Bool
    ) {
        self.pairs = pairs
        self.rowOffsets = rowOffsets
        self.columns = columns
        self.bitset = bitset
        self.bitsetStride = bitsetStride
        self.itemCount = itemCount
        self.drawsPopularNegatives = drawsPopularNegatives
    }

    /// Draws `(u, i, j)`: a uniform pair `(u, i)`, then `j` (uniform, or the item of a uniform
    /// interaction) until `u` has not interacted with it — checked in the bitset when there is
    /// one, else in `u`'s sorted item row (``rowContains(_:start:count:)``).
    @inlinable @inline(__always)
    public func drawTriple(_ generator: inout Xoshiro256StarStar) -> (user: Int, positive: Int, negative: Int) {
        let pair = pairs[generator.nextIndex(below: pairs.count)]
        let user = Int(pair.user)
        var negative: Int32
        if bitset.isEmpty {
            let start = rowOffsets[user]
            let length = rowOffsets[user &+ 1] &- start
            repeat {
                negative = drawNegative(&generator)
            } while rowContains(negative, start: start, count: length)
        } else {
            let row = user &* bitsetStride
            repeat {
                negative = drawNegative(&generator)
            } while bitset[row &+ Int(negative &>> 6)] &>> UInt64(negative & 63) & 1 != 0
        }
        return (user, Int(pair.item), Int(negative))
    }

    /// Prefetches the pairs the next `count` triples drawn from `generator` will read, assuming
    /// each draws one negative (a rejected negative only makes later prefetches miss their
    /// mark). Reads a copy of the generator, so the draws themselves are unchanged.
    @inline(__always)
    func prefetchPairs(drawnFrom generator: Xoshiro256StarStar, count: Int) {
        guard let base = pairs.baseAddress else { return }
        var ahead = generator
        for _ in 0..<count {
            recshield_prefetch_for_read(base + ahead.nextIndex(below: pairs.count))
            _ = ahead.next()
        }
    }

    @inlinable @inline(__always)
    func drawNegative(_ generator: inout Xoshiro256StarStar) -> Int32 {
        drawsPopularNegatives
            ? columns[generator.nextIndex(below: columns.count)]
            : Int32(truncatingIfNeeded: generator.nextIndex(below: itemCount))
    }

    /// The row length up to which ``rowContains(_:start:count:)`` scans instead of searching.
    @usableFromInline static let scanLimit = 256

    /// Whether `value` is among `columns[start..<start + count]` (sorted).
    ///
    /// A row of up to ``scanLimit`` items is scanned with `SIMD8` comparisons: its cache lines
    /// are independent loads the CPU fetches together, where a binary search waits for one miss
    /// per step — on data far larger than the caches that wait was 80% of a BPR epoch. Longer
    /// rows are binary-searched; the search step is arithmetic — `base += half · [columns[mid] ≤
    /// value]`, the bracket taken from the sign bit of the wrapping 32-bit `value − columns[mid]`
    /// (exact: item indices are below 2³¹) — so the unpredictable comparison never becomes a
    /// branch. (Written as a comparison, a select or a mask, LLVM's x86 backend turns it into a
    /// branch.)
    @inlinable @inline(__always)
    func rowContains(_ value: Int32, start: Int, count: Int) -> Bool {
        if count == 0 { return false }
        if count <= Self.scanLimit, let base = columns.baseAddress {
            let raw = UnsafeRawPointer(base + start)
            let wanted = SIMD8<Int32>(repeating: value)
            var hits = SIMDMask<SIMD8<Int32>>(repeating: false)
            var index = 0
            while index &+ 8 <= count {
                hits .|= raw.loadUnaligned(fromByteOffset: index &* 4, as: SIMD8<Int32>.self) .== wanted
                index &+= 8
            }
            var found = any(hits)
            while index < count {
                found = found || base[start &+ index] == value
                index &+= 1
            }
            return found
        }
        var base = start
        var remaining = count
        while remaining > 1 {
            let half = remaining &>> 1
            let notGreater = Int(UInt32(bitPattern: value &- columns[base &+ half]) >> 31) ^ 1
            base &+= half &* notGreater
            remaining &-= half
        }
        return columns[base] == value
    }
}
