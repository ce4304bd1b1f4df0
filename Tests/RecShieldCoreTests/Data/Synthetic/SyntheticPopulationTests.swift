import Numerics
import Testing
@testable import RecShieldCore

@Suite struct SyntheticPopulationTests {
    static func population(_ configuration: SyntheticDataConfiguration) -> SyntheticPopulation {
        var generator = Xoshiro256StarStar(seed: 4)
        return SyntheticPopulation(configuration, using: &generator)
    }

    @Test func countsMeetTheMinimumTheCapAndTheTotal() {
        // 20 per user on average with at most 30: many users hit the cap.
        let configuration = SyntheticDataConfiguration(
            userCount: 50, itemCount: 30, interactionCount: 1_000, minimumInteractionsPerUser: 3)
        let counts = Self.population(configuration).interactionCounts
        #expect(counts.reduce(0, +) == 1_000)
        #expect(counts.allSatisfy { $0 >= 3 && $0 <= 30 })
        #expect(counts.filter { $0 == 30 }.count >= 5)
    }

    @Test func activityIsHeavyTailed() throws {
        let configuration = SyntheticDataConfiguration(userCount: 200, itemCount: 5_000, interactionCount: 10_000)
        let counts = Self.population(configuration).interactionCounts.sorted()
        #expect(try #require(counts.last) > 3 * counts[100])
    }

    @Test func windowsLieInsideTheSpanAndLastAFifthAtLeast() {
        let population = Self.population(SyntheticDataConfiguration(userCount: 200, interactionCount: 1_000))
        for (start, end) in zip(population.windowStarts, population.windowEnds) {
            #expect(start >= 0 && end <= 1 && end - start >= 0.2)
        }
    }

    @Test func tasteTurnsFromStartToTargetAtConstantScale() {
        let population = Self.population(SyntheticDataConfiguration(userCount: 3, interactionCount: 15, factorCount: 4))
        let start = Array(population.initialTastes[4..<8])
        let target = Array(population.driftTargets[4..<8])
        let still = population.taste(ofUser: 1, at: 0.9, driftRate: 0)
        #expect(zip(still, start).allSatisfy { $0.isApproximatelyEqual(to: $1) })
        let end = population.taste(ofUser: 1, at: 1, driftRate: 1)
        #expect(zip(end, target).allSatisfy { $0.isApproximatelyEqual(to: $1) })
        // Halfway: (p + d) / 2 divided by √(1/4 + 1/4).
        let middle = population.taste(ofUser: 1, at: 0.5, driftRate: 1)
        let expected = zip(start, target).map { ($0 + $1) / 2 / 0.5.squareRoot() }
        #expect(zip(middle, expected).allSatisfy { $0.isApproximatelyEqual(to: $1) })
    }
}
