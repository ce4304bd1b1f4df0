/// Scratch memory for one T-CE batch of BPR triples, allocated once per worker and epoch so the
/// training loop itself allocates nothing.
struct TruncationBatch {
    /// `(user, positive, negative)` of each triple, packed.
    let triples: UnsafeMutableBufferPointer<Int32>
    /// The preference `x̂` of each triple at the batch's start (NaN stored as `−∞`).
    let preferences: UnsafeMutableBufferPointer<Float>
    /// Whether each triple is dropped.
    let dropped: UnsafeMutableBufferPointer<Bool>
    /// A working copy of the preferences for the selection.
    let selection: UnsafeMutableBufferPointer<Float>

    /// Allocates room for `capacity` triples; release with ``deallocate()``.
    init(capacity: Int) {
        precondition(capacity > 0, "a batch holds at least one triple")
        triples = .allocate(capacity: 3 * capacity)
        preferences = .allocate(capacity: capacity)
        dropped = .allocate(capacity: capacity)
        selection = .allocate(capacity: capacity)
    }

    /// The most triples a batch holds.
    var capacity: Int { preferences.count }

    /// Frees the buffers.
    func deallocate() {
        triples.deallocate()
        preferences.deallocate()
        dropped.deallocate()
        selection.deallocate()
    }

    /// Marks exactly the `count` triples with the smallest preferences among the first `size`
    /// (ties in position order) as dropped, the rest as kept.
    /// - Complexity: O(size) expected (quickselect with middle pivots).
    func markSmallest(_ count: Int, of size: Int) {
        for b in 0..<size { dropped[b] = false }
        guard count > 0 else { return }
        guard count < size else {
            for b in 0..<size { dropped[b] = true }
            return
        }
        for b in 0..<size { selection[b] = preferences[b] }
        let threshold = Self.select(rank: count - 1, in: selection, count: size)
        var remaining = count
        for b in 0..<size where preferences[b] < threshold {
            dropped[b] = true
            remaining -= 1
        }
        for b in 0..<size where remaining > 0 && preferences[b] == threshold {
            dropped[b] = true
            remaining -= 1
        }
    }

    /// The value of rank `rank` (0 = smallest) among `values[0..<count]`, reordering them
    /// (Hoare's quickselect with the middle element as pivot).
    static func select(rank: Int, in values: UnsafeMutableBufferPointer<Float>, count: Int) -> Float {
        var low = 0
        var high = count - 1
        while low < high {
            let pivot = values[low + (high - low) / 2]
            var i = low
            var j = high
            while i <= j {
                while values[i] < pivot { i += 1 }
                while values[j] > pivot { j -= 1 }
                if i <= j {
                    values.swapAt(i, j)
                    i += 1
                    j -= 1
                }
            }
            if rank <= j {
                high = j
            } else if rank >= i {
                low = i
            } else {
                return values[rank]
            }
        }
        return values[low]
    }
}
