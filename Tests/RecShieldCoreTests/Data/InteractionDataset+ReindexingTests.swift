import Testing
@testable import RecShieldCore

@Suite struct InteractionDatasetReindexingTests {
    @Test func rawIDsAreMappedIntoTheTargetMapsAndUnknownOnesCounted() throws {
        // The file's own order: users c, a, z; items y, x, w. The target knows a, c and x, y.
        let data = TinyDataset.make([
            (user: "c", item: "y", rating: 4, time: 30),
            (user: "a", item: "x", rating: 2, time: 10),
            (user: "z", item: "x", rating: 5, time: 20),
            (user: "a", item: "w", rating: 1, time: 40),
            (user: "c", item: "x", rating: 3, time: 50),
        ])
        let users = try IDMap(rawIDs: ["a", "b", "c"])
        let items = try IDMap(rawIDs: ["x", "y"])
        let result = data.reindexed(userIDs: users, itemIDs: items)
        #expect(result.unknownUsers == 1 && result.unknownItems == 1 && result.droppedInteractions == 2)
        let kept = result.dataset
        #expect(kept.userIDs == users && kept.itemIDs == items)
        #expect(TinyDataset.rawPairs(kept) == ["c→y", "a→x", "c→x"])
        #expect(kept.users == [2, 0, 2] && kept.items == [1, 0, 0])
        #expect(kept.ratings == [4, 2, 3] && kept.timestamps == [30, 10, 50])
    }

    @Test func unratedDataStaysUnratedAndIdenticalMapsKeepEverything() {
        let data = TinyDataset.pairs([("a", "x"), ("b", "y")])
        let result = data.reindexed(userIDs: data.userIDs, itemIDs: data.itemIDs)
        #expect(result.dataset == data)
        #expect(result.unknownUsers == 0 && result.unknownItems == 0 && result.droppedInteractions == 0)
    }
}
