import Testing
@testable import RecShieldCore

@Suite struct KCoreFilterTests {
    /// u4 has one interaction; removing it leaves i3 with one, removing i3 leaves u3 with one.
    static let cascade = TinyDataset.pairs([
        ("u1", "i1"), ("u1", "i2"), ("u2", "i1"), ("u2", "i2"),
        ("u3", "i2"), ("u3", "i3"), ("u4", "i3"),
    ])

    @Test func removalCascadesUntilEveryoneMeetsK() throws {
        let result = try KCoreFilter(k: 2).filter(Self.cascade)
        #expect(TinyDataset.rawPairs(result.dataset) == ["u1→i1", "u1→i2", "u2→i1", "u2→i2"])
        #expect(result.report == FilterReport(removedUsers: 2, removedItems: 1, removedInteractions: 3, rounds: 3))
        #expect(result.dataset.userIDs.rawIDs == ["u1", "u2"])
        #expect(result.dataset.itemIDs.rawIDs == ["i1", "i2"])
    }

    @Test func onePassMinimumLeavesAnItemUnderK() throws {
        let result = try MinimumInteractionFilter(minimumPerUser: 2, minimumPerItem: 2).filter(Self.cascade)
        #expect(result.dataset.count == 6)
        #expect(result.report.rounds == 1)
        let matrix = result.dataset.byItem()
        let i3 = try #require(result.dataset.itemIDs.index(of: "i3"))
        #expect(matrix.count(ofRow: i3) == 1)
    }

    @Test func separateUserAndItemK() throws {
        // Users need 3: u2 (2 interactions) goes; items need only 1, so u1's three items all stay.
        let data = TinyDataset.pairs([("u1", "i1"), ("u2", "i1"), ("u1", "i2"), ("u2", "i2"), ("u1", "i3")])
        let result = try KCoreFilter(userK: 3, itemK: 1).filter(data)
        #expect(TinyDataset.rawPairs(result.dataset) == ["u1→i1", "u1→i2", "u1→i3"])
        #expect(result.report == FilterReport(removedUsers: 1, removedItems: 0, removedInteractions: 2, rounds: 1))
    }

    @Test func everythingCanVanish() throws {
        let result = try KCoreFilter(k: 3).filter(Self.cascade)
        #expect(result.dataset.count == 0)
        #expect(result.dataset.userCount == 0 && result.dataset.itemCount == 0)
    }

    @Test(arguments: [(0, 1), (1, 0), (-2, 5)])
    func rejectsKBelowOne(userK: Int, itemK: Int) {
        #expect(throws: DataError.self) { try KCoreFilter(userK: userK, itemK: itemK) }
    }

    /// The peeling result and round count equal those of repeated one-pass filtering. Guards the
    /// bug where a node queued for the next round lost its last interaction in the same round and
    /// the empty round still counted.
    @Test(arguments: [(1 as UInt64, 9, 7), (2, 4, 12), (3, 7, 10)])
    func matchesRepeatedOnePassFiltering(seed: UInt64, userK: Int, itemK: Int) throws {
        let data = TinyDataset.random(users: 30, items: 25, count: 300, seed: seed)
        let result = try KCoreFilter(userK: userK, itemK: itemK).filter(data)
        let peeled = result.dataset
        var reference = data
        var rounds = 0
        while true {
            let pass = try MinimumInteractionFilter(minimumPerUser: userK, minimumPerItem: itemK).filter(reference)
            if pass.dataset.count == reference.count { break }
            reference = pass.dataset
            rounds += 1
        }
        #expect(TinyDataset.rawPairs(peeled) == TinyDataset.rawPairs(reference))
        #expect(result.report.rounds == rounds)
        #expect(rounds >= 2 && peeled.count > 0 && peeled.count < data.count)
        let byUser = peeled.byUser()
        let byItem = peeled.byItem()
        #expect((0..<peeled.userCount).allSatisfy { byUser.count(ofRow: $0) >= userK })
        #expect((0..<peeled.itemCount).allSatisfy { byItem.count(ofRow: $0) >= itemK })
    }
}
