import Testing
@testable import RecShieldCore

@Suite struct SyntheticDataGeneratorTests {
    static let small = SyntheticDataConfiguration(
        userCount: 40, itemCount: 150, interactionCount: 1_200, genreCount: 8, seed: 7)

    static func generate(_ configuration: SyntheticDataConfiguration, threads: Int = 1) throws -> SyntheticDataset {
        try SyntheticDataGenerator(configuration: configuration).generate(threads: threads)
    }

    @Test func countsIDsAndTimeWindow() throws {
        let data = try Self.generate(Self.small).interactions
        #expect(data.count == 1_200)
        #expect(data.userIDs.rawIDs == (1...40).map(String.init))
        #expect(data.itemIDs.rawIDs == (1...150).map(String.init))
        let times = try #require(data.timestamps)
        #expect(times.allSatisfy { $0 >= 1_500_000_000 && $0 < 1_500_000_000 + 63_072_000 })
        let byUser = data.byUser()
        #expect((0..<40).allSatisfy { byUser.count(ofRow: $0) >= 5 })
        // Ordered by user, then by time.
        #expect(zip(data.users, data.users.dropFirst()).allSatisfy { $0 <= $1 })
        #expect(data.users.indices.dropFirst().allSatisfy { data.users[$0] != data.users[$0 - 1] || times[$0] >= times[$0 - 1] })
    }

    @Test func noDuplicatePairs() throws {
        let data = try Self.generate(Self.small).interactions
        let pairs = Set(zip(data.users, data.items).map { Int($0) << 32 | Int($1) })
        #expect(pairs.count == data.count)
    }

    @Test func aFullMatrixUsesTheFallbackScan() throws {
        // 6 users × 5 items with 30 interactions: every user must rate every item.
        let configuration = SyntheticDataConfiguration(
            userCount: 6, itemCount: 5, interactionCount: 30, genreCount: 3, minimumInteractionsPerUser: 2, seed: 1)
        let data = try Self.generate(configuration).interactions
        let byUser = data.byUser()
        #expect((0..<6).allSatisfy { byUser.count(ofRow: $0) == 5 })
    }

    @Test(arguments: [RatingScale.halfStars, .wholeStars])
    func ratingsLieOnTheScale(scale: RatingScale) throws {
        var configuration = Self.small
        configuration.ratingScale = scale
        let ratings = try #require(try Self.generate(configuration).interactions.ratings)
        #expect(ratings.allSatisfy { $0 >= scale.minimum && $0 <= scale.maximum })
        #expect(ratings.allSatisfy { ($0 / scale.step).rounded() == $0 / scale.step })
        #expect(Set(ratings).count >= 4)
        let mean = ratings.reduce(0, +) / Float(ratings.count)
        #expect(mean > 2.8 && mean < 4.2)
    }

    @Test func popularityIsSkewedByTheExponent() throws {
        func topFifthShare(_ exponent: Double) throws -> Double {
            // A catalogue much larger than a user's history, as in real logs.
            let configuration = SyntheticDataConfiguration(
                userCount: 60, itemCount: 500, interactionCount: 1_500, popularityExponent: exponent, seed: 7)
            let data = try Self.generate(configuration).interactions
            let byItem = data.byItem()
            let counts = (0..<data.itemCount).map { byItem.count(ofRow: $0) }.sorted(by: >)
            return Double(counts.prefix(data.itemCount / 5).reduce(0, +)) / Double(data.count)
        }
        let zipf = try topFifthShare(1.0)
        let uniform = try topFifthShare(0)
        #expect(zipf > 0.4)
        #expect(zipf > uniform + 0.15)
    }

    @Test func everyItemHasOneToThreeGenres() throws {
        let data = try Self.generate(Self.small)
        let counts = (0..<150).map { data.categories.categories(ofItem: $0).count }
        #expect(counts.allSatisfy { (1...3).contains($0) })
        #expect(Set(counts) == [1, 2, 3])
        #expect(Set(data.categories.categoryIDs.rawIDs).isSubset(of: SyntheticCatalogue.genreNames.prefix(8)))
        #expect(data.titles.count == 150)
    }

    @Test func sameSeedSameDataOtherSeedDiffers() throws {
        let first = try Self.generate(Self.small)
        #expect(first == (try Self.generate(Self.small)))
        var other = Self.small
        other.seed = 8
        let second = try Self.generate(other)
        #expect(first.interactions.items != second.interactions.items)
        #expect(first.titles != second.titles)
    }

    @Test func threadCountDoesNotChangeTheResult() throws {
        #expect(try Self.generate(Self.small, threads: 1) == Self.generate(Self.small, threads: 3))
    }

    /// With drift, interactions late in the span follow the drift target `d_u` instead of the
    /// start taste `p_u`; the ground truth is the same for every drift rate, so the runs compare
    /// the same users and items.
    @Test(arguments: [1 as UInt64, 2, 3])
    func driftShiftsLateChoicesTowardsTheNewTaste(seed: UInt64) throws {
        func lateAffinities(drift: Double) throws -> (target: Double, start: Double) {
            var configuration = Self.small
            configuration.seed = seed
            configuration.driftRate = drift
            let generator = try SyntheticDataGenerator(configuration: configuration)
            let data = generator.generate().interactions
            let (catalogue, population) = generator.groundTruth()
            let f = configuration.factorCount
            let times = try #require(data.timestamps)
            let late = configuration.startTimestamp + configuration.timeSpan * 7 / 10
            var target = 0.0
            var start = 0.0
            let positions = data.users.indices.filter { times[$0] >= late }
            for position in positions {
                let user = Int(data.users[position])
                let item = Int(data.items[position])
                target += catalogue.affinity(Array(population.driftTargets[(user * f)..<((user + 1) * f)]), item: item)
                start += catalogue.affinity(Array(population.initialTastes[(user * f)..<((user + 1) * f)]), item: item)
            }
            return (target / Double(positions.count), start / Double(positions.count))
        }
        let still = try lateAffinities(drift: 0)
        let drifting = try lateAffinities(drift: 1)
        #expect(drifting.target > still.target + 0.25)
        #expect(drifting.start < still.start - 0.2)
    }
}
