import Testing
@testable import RecShieldAdversarial

@Suite struct PerturbationTargetTests {
    @Test func targetsSelectTheirRoles() {
        #expect(PerturbationTarget.users.includes(.user) && !PerturbationTarget.users.includes(.item))
        #expect(PerturbationTarget.items.includes(.item) && !PerturbationTarget.items.includes(.itemFeatures))
        #expect(PerturbationTarget.both.includes(.user) && PerturbationTarget.both.includes(.item))
        #expect(!PerturbationTarget.both.includes(.itemFeatures))
        #expect(PerturbationTarget.features.includes(.itemFeatures) && !PerturbationTarget.features.includes(.user))
    }
}
