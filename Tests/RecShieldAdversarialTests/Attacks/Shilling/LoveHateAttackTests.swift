import RecShieldCore
import Testing
@testable import RecShieldAdversarial

@Suite struct LoveHateAttackTests {
    @Test(arguments: [(AttackGoal.nuke, Float(1), Float(5)), (.push, 5, 1)])
    func targetAndFillersTakeOppositeExtremes(goal: AttackGoal, target: Float, filler: Float) throws {
        let injection = try ProfileInjector.fixture(.loveHate, goal: goal, targets: ["i1"], filler: .count(4))
        #expect(injection.selected.isEmpty)
        for profile in InjectedProfile.all(in: injection) {
            #expect(profile.targetRatings == [target])
            #expect(profile.fillerRatings.count == 4 && profile.fillerRatings.allSatisfy { $0 == filler })
        }
    }
}
