import RecShieldCore
import Testing
@testable import RecShieldAdversarial

@Suite struct AttackArtefactTransplantTests {
    @Test func fakeRowsFollowTheTrainingRowsWithTheirRatingsAndTimes() throws {
        let artefact = try AttackArtefactTests.artefact()
        let split = try LeaveOneOutSplit().split(AttackFixtures.rated)
        let poisoned = try artefact.injectingFakeProfiles(into: split.train)
        #expect(Array(poisoned.users.prefix(split.train.count)) == split.train.users)
        #expect(poisoned.userIDs.rawIDs == split.train.userIDs.rawIDs + ["fake-1", "fake-2"])
        #expect(poisoned.itemIDs == split.train.itemIDs)
        for fake in [6, 7] {
            let original = AttackFixtures.rows(ofUser: fake, in: artefact.poisoned)
            let moved = AttackFixtures.rows(ofUser: fake, in: poisoned)
            #expect(moved.map(\.item) == original.map(\.item) && moved.map(\.rating) == original.map(\.rating))
            #expect(moved.map(\.time) == original.map(\.time))
        }
    }

    @Test func unknownItemsAndCollidingUsersAreErrors() throws {
        let artefact = try AttackArtefactTests.artefact()
        var fewerItems = AttackFixtures.make([("u1", ["i1": 5])])
        fewerItems.timestamps = [1]
        #expect(throws: DataError.self) { try artefact.injectingFakeProfiles(into: fewerItems) }
        var colliding = AttackFixtures.rated
        _ = colliding.userIDs.insert("fake-1")
        #expect(throws: DataError.duplicateID("fake-1")) { try artefact.injectingFakeProfiles(into: colliding) }
    }

    @Test func anUnratedArtefactCannotPoisonRatedData() throws {
        let artefact = try AttackArtefactTests.artefact(format: .recbole, data: AttackFixtures.rated.implicit())
        #expect(throws: DataError.self) { try artefact.injectingFakeProfiles(into: AttackFixtures.rated) }
    }
}
