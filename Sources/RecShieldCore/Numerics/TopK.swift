/// Selection of the K largest scores without sorting every item.
public enum TopK {
    /// The indices of the `count` largest values, largest first; ties go to the lower index.
    /// NaN scores are never selected.
    /// - Complexity: O(n log count) with a bounded min-heap.
    public static func select(_ count: Int, from values: [Float]) -> [Int] {
        values.withUnsafeBufferPointer { select(count, from: $0) }
    }

    /// The indices of the `count` largest values of a buffer, largest first; ties go to the lower index.
    public static func select(_ count: Int, from values: UnsafeBufferPointer<Float>) -> [Int] {
        let k = min(count, values.count)
        guard k > 0 else { return [] }
        // Min-heap of (value, index) where the "smallest" is the worst kept candidate:
        // lower value, or equal value with a higher index.
        var heap: [(value: Float, index: Int)] = []
        heap.reserveCapacity(k)
        func worse(_ a: (value: Float, index: Int), _ b: (value: Float, index: Int)) -> Bool {
            a.value < b.value || (a.value == b.value && a.index > b.index)
        }
        func siftDown(_ start: Int) {
            var parent = start
            while true {
                let left = 2 * parent + 1
                if left >= heap.count { return }
                var child = left
                if left + 1 < heap.count && worse(heap[left + 1], heap[left]) { child = left + 1 }
                if !worse(heap[child], heap[parent]) { return }
                heap.swapAt(child, parent)
                parent = child
            }
        }
        for index in 0..<values.count {
            let value = values[index]
            if value.isNaN { continue }
            if heap.count < k {
                heap.append((value, index))
                var child = heap.count - 1
                while child > 0 {
                    let parent = (child - 1) / 2
                    if !worse(heap[child], heap[parent]) { break }
                    heap.swapAt(child, parent)
                    child = parent
                }
            } else if worse(heap[0], (value, index)) {
                heap[0] = (value, index)
                siftDown(0)
            }
        }
        return heap.sorted { worse($1, $0) }.map(\.index)
    }
}
