import Testing
@testable import RecShieldCore

@Suite struct RawIDInternerTests {
    @Test func smallAndLargeNumbersAndTextGetOneIndexEach() {
        var interner = RawIDInterner()
        let values = [5, 123_456_789_012, 3, 2_000_000, 5, 123_456_789_012, 3, 2_000_000]
        let indices = values.map { interner.index(ofNumber: $0) }
        #expect(indices == [0, 1, 2, 3, 0, 1, 2, 3])
        #expect(interner.index(ofText: "05") == 4)
        #expect(interner.index(of: .number(3)) == 2)
        #expect(interner.rawIDs == ["5", "123456789012", "3", "2000000", "05"])
    }

    @Test func numbersMovedIntoAGrownTableKeepTheirIndex() {
        // With many distinct IDs the direct table grows past values first kept in the dictionary.
        var interner = RawIDInterner()
        let big = 3_000_000
        #expect(interner.index(ofNumber: big) == 0)
        for value in 0..<200_000 { _ = interner.index(ofNumber: value) }
        #expect(interner.index(ofNumber: big + 1) == 200_001)
        #expect(interner.index(ofNumber: big) == 0)
        #expect(interner.index(ofNumber: 199_999) == 200_000)
        #expect(interner.count == 200_002)
    }
}
