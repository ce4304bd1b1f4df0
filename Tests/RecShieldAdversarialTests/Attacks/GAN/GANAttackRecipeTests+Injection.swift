import RecShieldCore
import Testing
@testable import RecShieldAdversarial

extension GANAttackRecipeTests {
    // MARK: - Injection

    @Test func injectsNamedProfilesAfterTheRealUsers() throws {
        let data = AttackFixtures.rated
        var epochs: [Int] = []
        let outcome = try Self.tiny().inject(into: data) { epochs.append($0.epoch) }
        let injection = outcome.injection
        #expect(epochs == [1, 2] && outcome.attack.training.epochs.count == 2)
        #expect(injection.realUserCount == data.userCount && injection.fakeUserCount == 3)
        #expect(Array(injection.poisoned.userIDs.rawIDs.suffix(3)) == ["fake-1", "fake-2", "fake-3"])
        #expect(Array(injection.poisoned.users.prefix(data.count)) == data.users)
        let target = try #require(injection.targets.first)
        #expect(try AttackContext(data).unpopularItems.contains(target))
        let fakeRows = (data.count..<injection.poisoned.count)
        for user in injection.fakeUsers {
            let rows = fakeRows.filter { Int(injection.poisoned.users[$0]) == user }
            #expect(rows.contains { Int(injection.poisoned.items[$0]) == target && injection.poisoned.ratings?[$0] == 5 })
        }
    }

    @Test func targetsMatchTheHeuristicAttacksForTheSameSeed() throws {
        let heuristic = try ProfileInjector.inject(
            AttackConfiguration(kind: .random, fakeUsers: .count(1), filler: .count(1), targets: .chosen(.unpopular, count: 1), seed: 4),
            into: AttackFixtures.rated)
        #expect(try Self.tiny(seed: 4).inject(into: AttackFixtures.rated).injection.targets == heuristic.targets)
    }

    @Test func aFillerAmountFixesTheProfileLength() throws {
        let injection = try Self.tiny(filler: .count(2)).inject(into: AttackFixtures.rated).injection
        #expect(injection.fillerCount == 2)
        #expect(injection.poisoned.count - AttackFixtures.rated.count == 3 * (2 + 1))
    }

    @Test func theSameRecipeGivesTheSameData() throws {
        let first = try Self.tiny().inject(into: AttackFixtures.rated)
        let second = try Self.tiny().inject(into: AttackFixtures.rated)
        #expect(first.injection == second.injection && first.attack.training == second.attack.training)
        #expect(try Self.tiny(seed: 5).inject(into: AttackFixtures.rated).injection != first.injection)
    }

    /// Regression: a real user called `fake-1` keeps its ID and the fakes skip it.
    @Test func fakeIDsSkipRealOnes() throws {
        let data = AttackFixtures.make([("fake-1", ["i1": 4, "i2": 3]), ("u2", ["i1": 5, "i3": 2]), ("u3", ["i2": 1, "i3": 4])])
        let ids = try Self.tiny().inject(into: data).injection.poisoned.userIDs.rawIDs
        #expect(ids == ["fake-1", "u2", "u3", "fake-2", "fake-3", "fake-4"])
    }

    @Test func badSettingsFailBeforeTraining() {
        var epochs = 0
        #expect(throws: DataError.self) {
            try Self.tiny(goal: .nuke).inject(into: AttackFixtures.rated.implicit()) { _ in epochs += 1 }
        }
        #expect(throws: DataError.self) {
            try Self.tiny(filler: .count(99)).inject(into: AttackFixtures.rated) { _ in epochs += 1 }
        }
        var recipe = Self.tiny()
        recipe.gan.epochs = -1
        #expect(throws: GANError.self) { try recipe.inject(into: AttackFixtures.rated) { _ in epochs += 1 } }
        #expect(epochs == 0)
    }
}
