import Numerics
import RecShieldCore
import Testing
@testable import RecShieldAdversarial

@Suite struct AttackCostTests {
    @Test func countsProfilesAndInjectedInteractions() throws {
        // 3 profiles × (1 target + 2 selected + 4 fillers) = 21 injected; 6 real users, 23 real interactions.
        let injection = try ProfileInjector.fixture(.segment, fakeUsers: .count(3), filler: .count(4), selectedCount: 2)
        let cost = AttackCost(poisoned: injection.poisoned, isFake: injection.isFake)
        #expect(cost.fakeProfiles == 3 && cost.injectedInteractions == 21)
        #expect(cost.meanProfileLength.isApproximatelyEqual(to: 7))
        #expect(cost.fakeUserShare.isApproximatelyEqual(to: 0.5))
        #expect(cost.injectedShare.isApproximatelyEqual(to: 21.0 / 23))
    }

    @Test func cleanDataCostsNothing() {
        let data = AttackFixtures.rated
        let cost = AttackCost(poisoned: data, isFake: Array(repeating: false, count: data.userCount))
        #expect(cost == AttackCost(poisoned: data, isFake: Array(repeating: false, count: data.userCount)))
        #expect(cost.fakeProfiles == 0 && cost.injectedInteractions == 0 && cost.meanProfileLength == 0 && cost.injectedShare == 0)
    }
}
