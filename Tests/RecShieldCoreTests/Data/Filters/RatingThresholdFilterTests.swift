import Testing
@testable import RecShieldCore

@Suite struct RatingThresholdFilterTests {
    @Test func keepsHighRatingsAsImplicitFeedback() throws {
        let data = TinyDataset.make([
            (user: "u1", item: "i1", rating: 4.5, time: 10), (user: "u2", item: "i2", rating: 2, time: 11),
            (user: "u1", item: "i3", rating: 4, time: 12), (user: "u2", item: "i1", rating: 3.5, time: 13),
        ])
        let result = try RatingThresholdFilter(threshold: 4).filter(data)
        #expect(TinyDataset.rawPairs(result.dataset) == ["u1→i1", "u1→i3"])
        #expect(result.dataset.ratings == nil)
        #expect(result.dataset.timestamps == [10, 12])
        #expect(result.dataset.itemIDs.rawIDs == ["i1", "i3"])
        #expect(result.report == FilterReport(removedUsers: 1, removedItems: 1, removedInteractions: 2, rounds: 1))
    }

    @Test func implicitDataIsAnError() throws {
        let filter = try RatingThresholdFilter(threshold: 4)
        #expect(throws: DataError.self) { try filter.filter(TinyDataset.pairs([("u", "i")])) }
    }

    @Test func rejectsNonFiniteThreshold() {
        #expect(throws: DataError.self) { try RatingThresholdFilter(threshold: .nan) }
    }
}
