import RecShieldCore
import Testing
@testable import RecShieldAdversarial

@Suite struct GradientPoisoningTests {
    static let configuration = GradientPoisoningConfiguration(
        fakeUsers: .count(3), filler: .count(2), targets: .ids(["i7"]), seed: 4, rounds: 2, innerSteps: 3, cutoff: 2,
        surrogateFactors: 2, surrogateRegularization: 0.5, surrogateIterations: 4)

    @Test func profilesHoldTheTargetsAndExactlyTheFillerBudget() throws {
        let data = AttackFixtures.rated
        let result = try GradientPoisoning.inject(Self.configuration, into: data)
        let injection = result.injection
        #expect(injection.realUserCount == 6 && injection.fakeUserCount == 3 && injection.fillerCount == 2)
        #expect(injection.targets == [AttackFixtures.item("i7")] && injection.selected.isEmpty)
        #expect(Array(injection.poisoned.users.prefix(data.count)) == data.users)
        #expect(injection.poisoned.userIDs.rawIDs.suffix(3) == ["fake-1", "fake-2", "fake-3"])
        for fake in injection.fakeUsers {
            let rows = AttackFixtures.rows(ofUser: fake, in: injection.poisoned)
            #expect(rows.count == 3 && rows[0].item == "i7" && rows[0].rating == 5)
            #expect(Set(rows.map(\.item)).count == 3)
            for row in rows {
                #expect([1, 2, 2.5, 3, 4, 5].contains(row.rating ?? -1))
                #expect((1000...1100).contains(row.time ?? -1))
            }
        }
        #expect(result.rounds.count == 2)
    }

    @Test func sameConfigurationSameProfiles() throws {
        let first = try GradientPoisoning.inject(Self.configuration, into: AttackFixtures.rated)
        #expect(first == (try GradientPoisoning.inject(Self.configuration, into: AttackFixtures.rated)))
    }

    @Test func implicitDataGetsInteractionsOnly() throws {
        let poisoned = try GradientPoisoning.inject(Self.configuration, into: AttackFixtures.rated.implicit()).injection.poisoned
        #expect(poisoned.ratings == nil && poisoned.count == 23 + 9)
    }

    /// Each round's Frank–Wolfe steps lower the relaxed objective below the starting profiles'.
    @Test func roundsLowerTheObjective() throws {
        let split = try PerturbationFixtures.groupedSplit(users: 60, items: 24, groups: 3, inside: 0.5, outside: 0.05, seed: 2)
        let configuration = GradientPoisoningConfiguration(
            fakeUsers: .count(4), filler: .count(4), targets: .chosen(.unpopular, count: 1), seed: 1, rounds: 2,
            surrogateFactors: 4, surrogateRegularization: 1)
        let rounds = try GradientPoisoning.inject(configuration, into: split.train).rounds
        for round in rounds { #expect(round.relaxedLoss < round.startLoss) }
    }

    @Test func badSettingsAreDataErrors() throws {
        var configuration = Self.configuration
        configuration.rounds = 0
        #expect(throws: DataError.invalidParameter(name: "rounds", value: "0", expected: "an integer ≥ 1")) {
            try GradientPoisoning.inject(configuration, into: AttackFixtures.rated)
        }
        configuration = Self.configuration
        configuration.fakeUsers = .fraction(1.5)
        #expect(throws: DataError.self) { try GradientPoisoning.inject(configuration, into: AttackFixtures.rated) }
        configuration = Self.configuration
        configuration.targets = .ids(["nope"])
        #expect(throws: DataError.unknownID(kind: "target item", id: "nope")) {
            try GradientPoisoning.inject(configuration, into: AttackFixtures.rated)
        }
        var empty = AttackFixtures.rated
        empty.users = []
        empty.items = []
        empty.ratings = []
        empty.timestamps = []
        #expect(throws: DataError.self) { try GradientPoisoning.inject(Self.configuration, into: empty) }
        configuration = Self.configuration
        configuration.filler = .count(8)
        #expect(throws: DataError.self) { try GradientPoisoning.inject(configuration, into: AttackFixtures.rated) }
    }
}
