import Numerics
import RecShieldCore
import Testing
@testable import RecShieldAdversarial

@Suite struct RandomAttackTests {
    @Test func fillersFollowTheGlobalDistributionOnTheObservedScale() throws {
        let injection = try ProfileInjector.fixture(.random, fakeUsers: .count(400), filler: .count(3))
        let fillers = InjectedProfile.all(in: injection).flatMap(\.fillerRatings)
        let mean = Double(fillers.reduce(0, +)) / Double(fillers.count)
        // Global mean 74.5 / 23 ≈ 3.239; snapping to {1, 2, 2.5, 3, 4, 5} shifts it by well under 0.2.
        #expect(abs(mean - 74.5 / 23) < 0.2)
        #expect(Set(fillers) == [1, 2, 2.5, 3, 4, 5])
    }

    @Test func hasNoSelectedItems() throws {
        #expect(!RandomAttack().usesSelectedItems)
        #expect(try ProfileInjector.fixture(.random).selected.isEmpty)
    }
}
