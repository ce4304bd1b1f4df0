import Testing
@testable import RecShieldCore

@Suite struct InteractionDatasetCompactionTests {
    @Test func compactionReindexesInFirstAppearanceOrder() {
        var userIDs = IDMap()
        var itemIDs = IDMap()
        for raw in ["a", "b", "c"] { userIDs.insert(raw) }
        for raw in ["x", "y", "z"] { itemIDs.insert(raw) }
        // User "a" and item "x" have no interaction; "c" appears before "b".
        let data = InteractionDataset(
            userIDs: userIDs, itemIDs: itemIDs, users: [2, 1, 2], items: [2, 1, 1],
            ratings: [1, 2, 3], timestamps: [7, 8, 9])
        let compact = data.compacted()
        #expect(compact.userIDs.rawIDs == ["c", "b"])
        #expect(compact.itemIDs.rawIDs == ["z", "y"])
        #expect(compact.users == [0, 1, 0])
        #expect(compact.items == [0, 1, 1])
        #expect(compact.ratings == [1, 2, 3])
        #expect(compact.timestamps == [7, 8, 9])
    }

    @Test func compactDataIsUnchanged() {
        let data = TinyDataset.pairs([("u1", "i1"), ("u2", "i1"), ("u1", "i2")])
        #expect(data.compacted() == data)
    }
}
