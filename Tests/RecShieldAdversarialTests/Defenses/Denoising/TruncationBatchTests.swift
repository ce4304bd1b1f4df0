import Testing
@testable import RecShieldAdversarial
import RecShieldCore

@Suite struct TruncationBatchTests {
    @Test func marksExactlyTheSmallestPreferencesWithTiesInOrder() {
        let batch = TruncationBatch(capacity: 8)
        defer { batch.deallocate() }
        let values: [Float] = [0.3, -1, 0.3, 2, -.infinity, 0.3, 5, 0.3]
        for (index, value) in values.enumerated() { batch.preferences[index] = value }
        batch.markSmallest(4, of: 8)
        #expect(Array(batch.dropped.prefix(8)) == [true, true, true, false, true, false, false, false])
        batch.markSmallest(0, of: 8)
        #expect(!batch.dropped.prefix(8).contains(true))
        batch.markSmallest(8, of: 8)
        #expect(!batch.dropped.prefix(8).contains(false))
        batch.markSmallest(2, of: 3)
        #expect(Array(batch.dropped.prefix(3)) == [true, true, false], "-1, then the first of the tied 0.3s")
    }

    @Test(arguments: [1, 2, 7, 64, 256])
    func quickselectAgreesWithSorting(count: Int) {
        var generator = Xoshiro256StarStar(seed: UInt64(count))
        let values = (0..<count).map { _ in Float(generator.nextIndex(below: 20)) - 10 }
        let sorted = values.sorted()
        let buffer = UnsafeMutableBufferPointer<Float>.allocate(capacity: count)
        defer { buffer.deallocate() }
        for rank in 0..<count {
            _ = buffer.initialize(from: values)
            #expect(TruncationBatch.select(rank: rank, in: buffer, count: count) == sorted[rank])
        }
    }
}
