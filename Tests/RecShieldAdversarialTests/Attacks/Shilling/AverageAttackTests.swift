import Numerics
import RecShieldCore
import Testing
@testable import RecShieldAdversarial

@Suite struct AverageAttackTests {
    @Test func itemsWithOneRatingGetExactlyThatRating() throws {
        // Every non-target item is a filler; i6, i7, i8 have one rating each (σ_i = 0).
        let injection = try ProfileInjector.fixture(.average, targets: ["i1"], fakeUsers: .count(5), filler: .count(7))
        for profile in InjectedProfile.all(in: injection) {
            let rating = Dictionary(uniqueKeysWithValues: zip(profile.fillerItems, profile.fillerRatings))
            #expect(rating["i6"] == 1 && rating["i7"] == 2.5 && rating["i8"] == 1)
        }
    }

    @Test func fillersCentreOnTheirItemsMeans() throws {
        let injection = try ProfileInjector.fixture(.average, targets: ["i8"], fakeUsers: .count(400), filler: .count(7))
        let profiles = InjectedProfile.all(in: injection)
        func mean(of item: String) -> Double {
            let values = profiles.flatMap { zip($0.fillerItems, $0.fillerRatings).filter { $0.0 == item }.map(\.1) }
            return Double(values.reduce(0, +)) / Double(values.count)
        }
        // i1: mean 23/6 ≈ 3.83, σ ≈ 1.07; i5: mean 2.5, σ = 0.5 — clearly apart.
        #expect(abs(mean(of: "i1") - 23.0 / 6) < 0.2)
        #expect(abs(mean(of: "i5") - 2.5) < 0.2)
    }

    @Test func statisticsAreThoseOfTheContext() throws {
        let context = try AttackContext(AttackFixtures.rated)
        let i5 = AttackFixtures.item("i5")
        #expect(context.itemMeans[i5].isApproximatelyEqual(to: 2.5))
        #expect(context.itemStandardDeviations[i5].isApproximatelyEqual(to: 0.5))
        #expect(context.globalMean.isApproximatelyEqual(to: 74.5 / 23))
    }
}
