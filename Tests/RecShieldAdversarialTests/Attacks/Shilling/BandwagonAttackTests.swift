import RecShieldCore
import Testing
@testable import RecShieldAdversarial

@Suite struct BandwagonAttackTests {
    @Test(arguments: [(AttackGoal.push, Float(5)), (.nuke, 1)])
    func selectsTheMostPopularItemsAtTheGoalsExtreme(goal: AttackGoal, rating: Float) throws {
        let injection = try ProfileInjector.fixture(.bandwagon, goal: goal, targets: ["i2"], selectedCount: 2)
        // Popularity: i1 6, i2 5 (the target, skipped), i3 4.
        #expect(injection.selected == [AttackFixtures.item("i1"), AttackFixtures.item("i3")])
        for profile in InjectedProfile.all(in: injection) {
            #expect(profile.selectedItems == ["i1", "i3"])
            #expect(profile.selectedRatings.allSatisfy { $0 == rating })
        }
    }

    @Test func defaultSelectedCountApplies() throws {
        let data = AttackFixtures.make((1...12).map { user in ("u\(user)", Dictionary(uniqueKeysWithValues: (1...user).map { ("i\($0)", Float(3)) })) })
        let injection = try ProfileInjector.fixture(.bandwagon, targets: ["i12"], filler: .count(1), data: data)
        #expect(injection.selected.count == AttackConfiguration.defaultSelectedCount)
        #expect(injection.selected == (1...10).map { AttackFixtures.item("i\($0)", in: data) })
    }
}
