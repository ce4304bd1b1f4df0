import Testing
@testable import RecShieldCore

@Suite struct MinimumInteractionFilterTests {
    @Test func countsOnTheInputOnly() throws {
        // u1: 3, u2: 1; i1: 2, i2: 1, i3: 1 → per user ≥ 2 keeps u1's three interactions.
        let data = TinyDataset.pairs([("u1", "i1"), ("u2", "i1"), ("u1", "i2"), ("u1", "i3")])
        let result = try MinimumInteractionFilter(minimumPerUser: 2).filter(data)
        #expect(TinyDataset.rawPairs(result.dataset) == ["u1→i1", "u1→i2", "u1→i3"])
        #expect(result.report == FilterReport(removedUsers: 1, removedItems: 0, removedInteractions: 1, rounds: 1))
    }

    @Test func perItemMinimum() throws {
        let data = TinyDataset.pairs([("u1", "i1"), ("u2", "i1"), ("u1", "i2"), ("u1", "i3")])
        let result = try MinimumInteractionFilter(minimumPerItem: 2).filter(data)
        #expect(TinyDataset.rawPairs(result.dataset) == ["u1→i1", "u2→i1"])
        #expect(result.report.removedItems == 2)
    }

    @Test func minimumOfOneRemovesNothing() throws {
        let data = TinyDataset.pairs([("u1", "i1"), ("u2", "i2")])
        let result = try MinimumInteractionFilter().filter(data)
        #expect(result.dataset == data)
        #expect(result.report == FilterReport(removedUsers: 0, removedItems: 0, removedInteractions: 0, rounds: 0))
    }

    @Test func rejectsMinimumBelowOne() {
        #expect(throws: DataError.invalidParameter(
            name: "minimum interactions per user", value: "0", expected: "an integer ≥ 1")) {
            try MinimumInteractionFilter(minimumPerUser: 0)
        }
    }
}
