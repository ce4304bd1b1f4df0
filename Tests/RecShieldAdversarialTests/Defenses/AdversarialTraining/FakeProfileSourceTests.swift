import Testing
@testable import RecShieldAdversarial
import RecShieldCore

@Suite struct FakeProfileSourceTests {
    static let source = ShillingProfileSource(
        attack: AttackConfiguration(kind: .random, filler: .count(3), targets: .chosen(.random, count: 1)),
        data: AttackFixtures.rated)

    @Test func shillingSourceReturnsOnlyTheFakeUsersOverTheRealItems() throws {
        let profiles = try Self.source.profiles(count: 3, seed: 5)
        #expect(profiles.userCount == 3)
        #expect(profiles.itemIDs == AttackFixtures.rated.itemIDs)
        #expect(profiles.count == 3 * 4, "one target and three fillers each")
        #expect(Set(profiles.users) == [0, 1, 2])
        #expect(profiles.ratings?.count == profiles.count)
    }

    @Test func theSameCountAndSeedGiveTheSameProfiles() throws {
        #expect(try Self.source.profiles(count: 2, seed: 5) == Self.source.profiles(count: 2, seed: 5))
        #expect(try Self.source.profiles(count: 2, seed: 5) != Self.source.profiles(count: 2, seed: 6))
    }
}
