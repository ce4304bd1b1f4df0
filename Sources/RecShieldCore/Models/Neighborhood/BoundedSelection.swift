/// Keeps the `capacity` largest `(value, index)` pairs offered to it — a bounded min-heap whose
/// root is the worst kept pair (lower value, or equal value and higher index), so ties go to the
/// lower index whatever the order of the offers.
///
/// Storage is allocated once and reused across rows; call ``deallocate()`` when done.
struct BoundedSelection {
    let capacity: Int
    private let values: UnsafeMutableBufferPointer<Float>
    private let indices: UnsafeMutableBufferPointer<Int32>
    private(set) var count = 0

    init(capacity: Int) {
        precondition(capacity > 0, "capacity must be positive")
        self.capacity = capacity
        values = .allocate(capacity: capacity)
        values.initialize(repeating: 0)
        indices = .allocate(capacity: capacity)
        indices.initialize(repeating: 0)
    }

    func deallocate() {
        values.deallocate()
        indices.deallocate()
    }

    /// Forgets every kept pair.
    mutating func removeAll() { count = 0 }

    /// Whether heap slot `a` holds a worse pair than slot `b`.
    @inline(__always)
    private func worse(_ a: Int, _ b: Int) -> Bool {
        values[a] < values[b] || (values[a] == values[b] && indices[a] > indices[b])
    }

    @inline(__always)
    private func swapSlots(_ a: Int, _ b: Int) {
        let value = values[a]
        values[a] = values[b]
        values[b] = value
        let index = indices[a]
        indices[a] = indices[b]
        indices[b] = index
    }

    /// Keeps `(value, index)` if it is among the `capacity` best seen since ``removeAll()``.
    /// - Complexity: O(log capacity).
    mutating func offer(_ value: Float, index: Int32) {
        if count < capacity {
            values[count] = value
            indices[count] = index
            var child = count
            count += 1
            while child > 0 {
                let parent = (child - 1) / 2
                if !worse(child, parent) { break }
                swapSlots(child, parent)
                child = parent
            }
            return
        }
        guard value > values[0] || (value == values[0] && index < indices[0]) else { return }
        values[0] = value
        indices[0] = index
        var parent = 0
        while true {
            let left = 2 * parent + 1
            if left >= count { return }
            var child = left
            if left + 1 < count && worse(left + 1, left) { child = left + 1 }
            if !worse(child, parent) { return }
            swapSlots(child, parent)
            parent = child
        }
    }

    /// Writes the kept pairs sorted by index ascending and returns how many there are.
    func write(columns: UnsafeMutablePointer<Int32>, values output: UnsafeMutablePointer<Float>) -> Int {
        let order = (0..<count).sorted { indices[$0] < indices[$1] }
        for (position, slot) in order.enumerated() {
            columns[position] = indices[slot]
            output[position] = values[slot]
        }
        return count
    }
}
