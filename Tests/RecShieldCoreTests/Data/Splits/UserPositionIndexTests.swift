import Testing
@testable import RecShieldCore

@Suite struct UserPositionIndexTests {
    @Test func groupsPositionsByUserInInputOrder() {
        var userIDs = IDMap()
        for raw in ["a", "b", "c"] { userIDs.insert(raw) }
        var itemIDs = IDMap()
        for raw in ["x", "y", "z", "w"] { itemIDs.insert(raw) }
        // User "b" (index 1) has no interaction.
        let data = InteractionDataset(userIDs: userIDs, itemIDs: itemIDs, users: [2, 0, 2, 0, 2], items: [0, 1, 1, 2, 3])
        let index = UserPositionIndex(data)
        #expect(index.userCount == 3)
        #expect(Array(index.positions(ofUser: 0)) == [1, 3])
        #expect(index.positions(ofUser: 1).isEmpty)
        #expect(Array(index.positions(ofUser: 2)) == [0, 2, 4])
    }
}
