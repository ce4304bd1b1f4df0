import Testing
@testable import RecShieldCore

@Suite struct BoundedSelectionTests {
    /// Offers `values[i]` with index `i` in `order` and returns the kept (index, value) pairs.
    static func kept(_ values: [Float], capacity: Int, order: [Int]) -> [(Int32, Float)] {
        var selection = BoundedSelection(capacity: capacity)
        defer { selection.deallocate() }
        for index in order { selection.offer(values[index], index: Int32(index)) }
        var columns = [Int32](repeating: -1, count: capacity)
        var output = [Float](repeating: 0, count: capacity)
        let count = selection.write(columns: &columns, values: &output)
        return (0..<count).map { (columns[$0], output[$0]) }
    }

    @Test(arguments: [[0, 1, 2, 3, 4, 5, 6], [6, 5, 4, 3, 2, 1, 0], [3, 0, 6, 2, 5, 1, 4]])
    func keepsTheLargestWithTiesToTheLowerIndexWhateverTheOrder(order: [Int]) {
        // Values 0.5 at indices 1, 3 and 5 tie for the last two places: 1 and 3 win.
        let values: [Float] = [0.1, 0.5, 0.9, 0.5, 0.2, 0.5, 0.7]
        let kept = Self.kept(values, capacity: 4, order: order)
        #expect(kept.map(\.0) == [1, 2, 3, 6], "sorted by index")
        #expect(kept.map(\.1) == [0.5, 0.9, 0.5, 0.7])
    }

    @Test func keepsEverythingBelowCapacityAndCanBeReused() {
        var selection = BoundedSelection(capacity: 5)
        defer { selection.deallocate() }
        selection.offer(3, index: 7)
        selection.offer(1, index: 2)
        #expect(selection.count == 2)
        selection.removeAll()
        selection.offer(4, index: 9)
        var columns = [Int32](repeating: -1, count: 5)
        var values = [Float](repeating: 0, count: 5)
        #expect(selection.write(columns: &columns, values: &values) == 1)
        #expect(columns[0] == 9 && values[0] == 4)
    }
}
