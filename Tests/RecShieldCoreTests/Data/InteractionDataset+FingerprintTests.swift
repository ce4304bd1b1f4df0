import Testing
@testable import RecShieldCore

@Suite struct InteractionDatasetFingerprintTests {
    static let data = TinyDataset.make([
        (user: "1", item: "10", rating: 4, time: 100), (user: "2", item: "10", rating: 3.5, time: 50),
    ])

    @Test func bytesFollowTheDocumentedLayout() {
        let tiny = TinyDataset.make([(user: "u", item: "ab", rating: 2, time: 7)])
        var expected = Array("recshield-interactions/1\n".utf8) + [1, 1]
        expected += [1, 0, 0, 0, 0, 0, 0, 0] + [1, 0, 0, 0] + Array("u".utf8)
        expected += [1, 0, 0, 0, 0, 0, 0, 0] + [2, 0, 0, 0] + Array("ab".utf8)
        expected += [1, 0, 0, 0, 0, 0, 0, 0] + [0, 0, 0, 0] + [0, 0, 0, 0]
        expected += [0x00, 0x00, 0x00, 0x40] + [7, 0, 0, 0, 0, 0, 0, 0]
        #expect(tiny.canonicalBytes() == expected)
    }

    @Test func everyDefiningPartChangesTheFingerprint() {
        let base = Self.data.canonicalSHA256()
        #expect(base.count == 64)
        #expect(base == Self.data.canonicalSHA256())
        var rating = Self.data
        rating.ratings?[1] = 3
        var time = Self.data
        time.timestamps?[0] = 101
        let reordered = Self.data.subset([1, 0])
        let implicit = Self.data.implicit()
        let renamed = TinyDataset.make([
            (user: "1", item: "10", rating: 4, time: 100), (user: "3", item: "10", rating: 3.5, time: 50),
        ])
        let fingerprints = [rating, time, reordered, implicit, renamed].map { $0.canonicalSHA256() }
        #expect(Set(fingerprints + [base]).count == 6)
    }
}
