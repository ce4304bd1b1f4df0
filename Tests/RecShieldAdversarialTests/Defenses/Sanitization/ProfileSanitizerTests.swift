import RecShieldCore
import Testing
@testable import RecShieldAdversarial

@Suite struct ProfileSanitizerTests {
    @Test func removingKeepsTheIDMapsAndTheOrder() {
        let data = DetectionFixtures.handMade
        let sanitized = ProfileSanitizer.removing([1, 3], from: data)
        #expect(sanitized.userIDs == data.userIDs && sanitized.itemIDs == data.itemIDs)
        #expect(sanitized.users == [0, 0, 0, 2, 2, 2])
        #expect(sanitized.ratings == [5, 3, 4, 5, 1, 3])
        #expect(ProfileSanitizer.removing([], from: data) == data)
    }

    @Test func cleanDataIsReindexedOntoThePoisonedMaps() throws {
        let artefact = try DetectionFixtures.attacked(.random)
        // The same interactions with the users listed in another order.
        let clean = DetectionFixtures.synthetic
        let reversed = try IDMap(rawIDs: clean.userIDs.rawIDs.reversed())
        let shuffled = InteractionDataset(
            userIDs: reversed, itemIDs: clean.itemIDs, users: clean.users.map { Int32(clean.userCount - 1) - $0 },
            items: clean.items, ratings: clean.ratings, timestamps: clean.timestamps)
        let mapped = try ProfileSanitizer.reindexed(shuffled, onto: artefact.poisoned)
        #expect(mapped.userIDs == artefact.poisoned.userIDs)
        #expect(mapped.users == clean.users && mapped.items == clean.items)
        // Without the fake users the poisoned data is the clean data.
        #expect(ProfileSanitizer.removing(artefact.fakeUsers, from: artefact.poisoned).users == mapped.users)
        var foreign = clean
        foreign.userIDs.insert("stranger")
        foreign.users.append(Int32(foreign.userCount - 1))
        foreign.items.append(0)
        foreign.ratings?.append(3)
        foreign.timestamps?.append(0)
        #expect(throws: DataError.self) { try ProfileSanitizer.reindexed(foreign, onto: artefact.poisoned) }
    }
}
