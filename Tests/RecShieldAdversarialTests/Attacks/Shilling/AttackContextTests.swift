import RecShieldCore
import Testing
@testable import RecShieldAdversarial

@Suite struct AttackContextTests {
    @Test func popularityOrdersAndPools() throws {
        let context = try AttackContext(AttackFixtures.rated)
        let names = { (items: [Int]) in items.map { AttackFixtures.rated.itemIDs.rawID(at: $0) } }
        #expect(names(context.mostPopularFirst) == ["i1", "i2", "i3", "i4", "i5", "i6", "i7", "i8"])
        #expect(names(context.leastPopularFirst) == ["i6", "i7", "i8", "i5", "i4", "i3", "i2", "i1"])
        #expect(names(Array(context.popularItems)) == ["i1", "i2"])
        #expect(names(Array(context.unpopularItems)) == ["i6", "i7"])
        #expect(context.activeUserCount == 6 && context.timeRange == 1000...1100)
        #expect(context.scale?.values == [1, 2, 2.5, 3, 4, 5])
    }

    @Test func itemsAndUsersWithoutInteractionsAreOutsideTheCatalogue() throws {
        var data = AttackFixtures.rated
        data.itemIDs.insert("unrated")
        data.userIDs.insert("idle")
        let context = try AttackContext(data)
        #expect(context.catalogue.count == 8 && context.activeUserCount == 6)
    }

    @Test(arguments: [(0, 0), (1, 1), (5, 1), (6, 2), (8, 2), (10, 2), (11, 3)])
    func aFifthRoundsUp(count: Int, fifth: Int) {
        #expect(AttackContext.fifth(of: count) == fifth)
    }
}
