import Testing
@testable import RecShieldCore

@Suite struct DatasetFilterTests {
    @Test func chainAppliesInOrderAndSumsReports() throws {
        let data = TinyDataset.make([
            (user: "u1", item: "i1", rating: 5, time: nil), (user: "u1", item: "i2", rating: 4, time: nil),
            (user: "u2", item: "i1", rating: 5, time: nil), (user: "u2", item: "i2", rating: 1, time: nil),
            (user: "u3", item: "i1", rating: 4, time: nil),
        ])
        let filters: [any DatasetFilter] = [try RatingThresholdFilter(threshold: 4), try KCoreFilter(k: 2)]
        let result = try data.filtered(by: filters)
        // Threshold drops u2→i2; then u2 and u3 hold one interaction each and i2 holds one.
        #expect(result.dataset.count == 0)
        #expect(result.report.removedInteractions == 5)
        #expect(result.report.removedUsers == 3)
        #expect(result.report.removedItems == 2)
    }

    @Test func emptyChainOnlyCompacts() throws {
        let data = TinyDataset.pairs([("u1", "i1")])
        let result = try data.filtered(by: [])
        #expect(result.dataset == data)
        #expect(result.report.removedInteractions == 0)
    }
}
