import Testing
@testable import RecShieldCore

@Suite struct FNV1a64Tests {
    // Reference values of the 64-bit FNV-1a hash (draft-eastlake-fnv test vectors).
    @Test(arguments: [("", 0xCBF2_9CE4_8422_2325 as UInt64), ("a", 0xAF63_DC4C_8601_EC8C), ("foobar", 0x8594_4171_F739_67E8)])
    func matchesReferenceValues(text: String, expected: UInt64) {
        #expect(Array(text.utf8).withUnsafeBytes { FNV1a64.hash($0) } == expected)
    }

    @Test func combiningInPiecesEqualsHashingAtOnce() {
        var hasher = FNV1a64()
        Array("foo".utf8).withUnsafeBytes { hasher.combine($0) }
        Array("bar".utf8).withUnsafeBytes { hasher.combine($0) }
        #expect(hasher.value == 0x8594_4171_F739_67E8)
    }
}
