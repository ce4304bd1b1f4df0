import RecShieldCore
import Testing
@testable import RecShieldAdversarial

@Suite struct GANFakeProfilesTests {
    static let profiles = [GANProfile(items: [1, 4], ratings: [3, 5]), GANProfile(items: [0], ratings: [2])]

    /// Real users "u0", "fake-1", "fake-3": fake IDs skip the two taken names.
    static func realUsers() -> IDMap {
        var users = GANFixtures.idMap(prefix: "u", count: 1)
        users.insert("fake-1")
        users.insert("fake-3")
        return users
    }

    @Test func fakeIDsNeverCollideWithRealOnes() throws {
        let fakes = try GANFakeProfiles(
            profiles: Self.profiles + Self.profiles, itemIDs: GANFixtures.idMap(prefix: "i", count: 5),
            realUserIDs: Self.realUsers(), prefix: "fake-")
        #expect(fakes.userIDs == ["fake-2", "fake-4", "fake-5", "fake-6"])
        #expect(Set(fakes.userIDs).isDisjoint(with: Self.realUsers().rawIDs))
        #expect(fakes.interactionCount == 6)
    }

    @Test func datasetHoldsOnlyTheFakeUsers() throws {
        let fakes = try GANFakeProfiles(
            profiles: Self.profiles, itemIDs: GANFixtures.idMap(prefix: "i", count: 5), realUserIDs: IDMap(), prefix: "x")
        let dataset = fakes.dataset()
        #expect(dataset.userIDs.rawIDs == ["x1", "x2"])
        #expect(dataset.users == [0, 0, 1] && dataset.items == [1, 4, 0] && dataset.ratings == [3, 5, 2])
        #expect(dataset.itemIDs == fakes.itemIDs)
    }

    @Test func injectionAppendsFakeUsersAfterTheRealOnes() throws {
        let real = InteractionDataset(
            userIDs: Self.realUsers(), itemIDs: GANFixtures.idMap(prefix: "i", count: 5),
            users: [0, 1, 2], items: [0, 1, 2], ratings: [1, 2, 3], timestamps: [10, 30, 20])
        let fakes = try GANFakeProfiles(
            profiles: Self.profiles, itemIDs: real.itemIDs, realUserIDs: real.userIDs, prefix: "fake-")
        let poisoned = fakes.injected(into: real)
        #expect(poisoned.userIDs.rawIDs == ["u0", "fake-1", "fake-3", "fake-2", "fake-4"])
        #expect(poisoned.users == [0, 1, 2, 3, 3, 4])
        #expect(poisoned.items == [0, 1, 2, 1, 4, 0])
        #expect(poisoned.ratings == [1, 2, 3, 3, 5, 2])
        #expect(poisoned.timestamps == [10, 30, 20, 30, 30, 30])
        #expect(fakes.injected(into: real, timestamp: 99).timestamps?.suffix(3) == [99, 99, 99])
    }

    @Test func emptyPrefixIsRejected() {
        #expect(throws: GANError.self) {
            try GANFakeProfiles(profiles: [], itemIDs: IDMap(), realUserIDs: IDMap(), prefix: "")
        }
    }
}
