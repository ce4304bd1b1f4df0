import RecShieldCore
import Testing
@testable import RecShieldAdversarial

@Suite struct ProfileInjectorTests {
    static let observed: Set<Float> = [1, 2, 2.5, 3, 4, 5]

    @Test(arguments: ShillingAttackKind.allCases, AttackGoal.allCases)
    func everyProfileHasTheDocumentedShape(kind: ShillingAttackKind, goal: AttackGoal) throws {
        let selected = kind.attack.usesSelectedItems ? 2 : nil
        let injection = try ProfileInjector.fixture(kind, goal: goal, targets: ["i7", "i8"], selectedCount: selected)
        let clean = AttackFixtures.rated
        #expect(injection.realUserCount == 6 && injection.fakeUserCount == 3)
        #expect(Array(injection.poisoned.users.prefix(clean.count)) == clean.users)
        #expect(injection.poisoned.itemIDs == clean.itemIDs)
        let profiles = InjectedProfile.all(in: injection)
        #expect(profiles.map(\.user) == ["fake-1", "fake-2", "fake-3"])
        for profile in profiles {
            #expect(profile.items.prefix(2) == ["i7", "i8"])
            #expect(profile.targetRatings.allSatisfy { $0 == (goal == .push ? 5 : 1) })
            #expect(profile.selectedItems.count == (selected ?? 0))
            #expect(profile.fillerItems.count == 2)
            #expect(Set(profile.items).count == profile.items.count)
            #expect(profile.ratings.allSatisfy { Self.observed.contains($0) })
            #expect(profile.times.allSatisfy { (1000...1100).contains($0) } && profile.times == profile.times.sorted())
        }
    }

    @Test func amountsFromFractionsRoundHalvesAwayFromZero() throws {
        // 6 real users × 0.25 = 1.5 → 2 profiles; 8 catalogue items × 0.3125 = 2.5 → 3 fillers.
        let injection = try ProfileInjector.fixture(.random, fakeUsers: .fraction(0.25), filler: .fraction(0.3125))
        #expect(injection.fakeUserCount == 2 && injection.fillerCount == 3)
        // 6 × 0.01 = 0.06 and 8 × 0.01 = 0.08 round to 0 and are raised to 1.
        let tiny = try ProfileInjector.fixture(.random, fakeUsers: .fraction(0.01), filler: .fraction(0.01))
        #expect(tiny.fakeUserCount == 1 && tiny.fillerCount == 1)
    }

    @Test func theSameSeedGivesTheSameProfiles() throws {
        let first = try ProfileInjector.fixture(.average, fakeUsers: .count(20), filler: .count(4))
        let again = try ProfileInjector.fixture(.average, fakeUsers: .count(20), filler: .count(4))
        let other = try ProfileInjector.fixture(.average, fakeUsers: .count(20), filler: .count(4), seed: 8)
        #expect(first == again)
        #expect(first.poisoned != other.poisoned)
    }

    @Test func fakeIDsSkipExistingUserIDs() throws {
        let data = AttackFixtures.make([("fake-1", ["i1": 4]), ("u2", ["i2": 3]), ("fake-3", ["i1": 2, "i2": 5])])
        let injection = try ProfileInjector.fixture(.random, targets: ["i2"], filler: .count(1), data: data)
        #expect(injection.poisoned.userIDs.rawIDs == ["fake-1", "u2", "fake-3", "fake-2", "fake-4", "fake-5"])
    }

    @Test func implicitDataGetsTheSameItemsWithoutRatings() throws {
        for kind in ShillingAttackKind.allCases {
            let selected = kind.attack.usesSelectedItems ? 2 : nil
            let rated = try ProfileInjector.fixture(kind, selectedCount: selected)
            let implicit = try ProfileInjector.fixture(kind, selectedCount: selected, data: AttackFixtures.rated.implicit())
            #expect(implicit.poisoned.ratings == nil)
            #expect(implicit.poisoned.items == rated.poisoned.items)
            #expect(implicit.poisoned.userIDs == rated.poisoned.userIDs)
        }
    }

    @Test func untimedDataGetsNoTimestamps() throws {
        var untimed = AttackFixtures.rated
        untimed.timestamps = nil
        #expect(try ProfileInjector.fixture(.random, data: untimed).poisoned.timestamps == nil)
    }

    @Test func floydSamplesAreDistinctAscendingAndCoverThePool() {
        var generator = Xoshiro256StarStar(seed: 1)
        var seen = Set<Int>()
        for _ in 0..<200 {
            let sample = ProfileInjector.sample(3, from: [10, 20, 30, 40, 50], using: &generator)
            #expect(sample.count == 3 && sample == sample.sorted() && Set(sample).count == 3)
            seen.formUnion(sample)
        }
        #expect(seen == [10, 20, 30, 40, 50])
        #expect(ProfileInjector.sample(5, from: [1, 2, 3, 4, 5], using: &generator) == [1, 2, 3, 4, 5])
    }
}

// MARK: - Bad parameters

extension ProfileInjectorTests {
    @Test func badParametersAreClearErrors() throws {
        #expect(throws: DataError.invalidParameter(name: "fake user fraction", value: "1.5", expected: "a number in (0, 1]")) {
            try ProfileInjector.fixture(.random, fakeUsers: .fraction(1.5))
        }
        #expect(throws: DataError.invalidParameter(name: "fake user fraction", value: "0.0", expected: "a number in (0, 1]")) {
            try ProfileInjector.fixture(.random, fakeUsers: .fraction(0))
        }
        #expect(throws: DataError.invalidParameter(name: "fake user count", value: "0", expected: "an integer ≥ 1")) {
            try ProfileInjector.fixture(.random, fakeUsers: .count(0))
        }
        #expect(throws: DataError.invalidParameter(name: "filler count", value: "0", expected: "an integer ≥ 1")) {
            try ProfileInjector.fixture(.random, filler: .count(0))
        }
        #expect(throws: DataError.invalidParameter(
            name: "filler size", value: "8 items",
            expected: "at most 7 (the catalogue's 8 items minus targets and selected items)")
        ) { try ProfileInjector.fixture(.random, filler: .count(8)) }
        #expect(throws: DataError.unknownID(kind: "target item", id: "i99")) {
            try ProfileInjector.fixture(.random, targets: ["i1", "i99"])
        }
        #expect(throws: DataError.invalidParameter(name: "target IDs", value: "i1", expected: "each ID once")) {
            try ProfileInjector.fixture(.random, targets: ["i1", "i1"])
        }
        #expect(throws: DataError.self) { try ProfileInjector.fixture(.random, targets: []) }
        #expect(throws: DataError.self) { try ProfileInjector.fixture(.random, selectedCount: 2) }
        #expect(throws: DataError.self) { try ProfileInjector.fixture(.bandwagon, selectedCount: 0) }
        #expect(throws: DataError.self) { try ProfileInjector.fixture(.bandwagon, selectedCount: 8) }
        #expect(throws: DataError.self) {
            try ProfileInjector.fixture(.random, goal: .nuke, data: AttackFixtures.rated.implicit())
        }
        let empty = AttackFixtures.rated.subset([])
        #expect(throws: DataError.invalidParameter(
            name: "data", value: "0 interactions", expected: "a data set with at least one interaction to attack")
        ) { try ProfileInjector.fixture(.random, data: empty) }
    }
}
