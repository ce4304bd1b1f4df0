import RecShieldCore
import Testing
@testable import RecShieldAdversarial

@Suite struct ReverseBandwagonAttackTests {
    @Test(arguments: AttackGoal.allCases)
    func selectsTheLeastPopularItemsAtTheLowestRating(goal: AttackGoal) throws {
        let injection = try ProfileInjector.fixture(.reverseBandwagon, goal: goal, targets: ["i7"], selectedCount: 3)
        // Least popular first: i6, i7 (target), i8 (one interaction each), then i5 (two).
        #expect(injection.selected == ["i6", "i8", "i5"].map { AttackFixtures.item($0) })
        for profile in InjectedProfile.all(in: injection) {
            #expect(profile.selectedRatings.allSatisfy { $0 == 1 })
            #expect(profile.targetRatings.allSatisfy { $0 == (goal == .nuke ? 1 : 5) })
        }
    }
}
