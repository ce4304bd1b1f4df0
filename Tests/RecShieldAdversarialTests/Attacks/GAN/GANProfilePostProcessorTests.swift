import RecShieldCore
import Testing
@testable import RecShieldAdversarial

@Suite struct GANProfilePostProcessorTests {
    /// Ratings 1, 2, 4, 5 are used (3 never): `δ = 1`, `decode(v)` = nearest used value to `5v`.
    static let encoding = GANRatingEncoding(ratingValues: [1, 2, 4, 5])
    static let vectors = GANFixtures.values(40 * 10, seed: 3).map { ($0 + 1) / 2 }

    static func processor(
        lengths: [Int] = [2, 5], targets: [Int32] = [], goal: GANTargetGoal = .push,
        selection: GANFillerSelection = .topScores, encoding: GANRatingEncoding = encoding,
        mapping: GANRatingMapping = .nearest
    ) throws -> GANProfilePostProcessor {
        try GANProfilePostProcessor(
            encoding: encoding, itemCount: 10, profileLengths: lengths, targets: targets, goal: goal,
            fillerSelection: selection, ratingMapping: mapping)
    }

    static func profiles(_ processor: GANProfilePostProcessor, seed: UInt64 = 1) -> [GANProfile] {
        var rng = Xoshiro256StarStar(seed: seed)
        return processor.profiles(from: vectors, count: 40, using: &rng)
    }

    @Test(arguments: GANFillerSelection.allCases)
    func lengthsComeFromTheRealDistribution(selection: GANFillerSelection) throws {
        let lengths = Self.profiles(try Self.processor(selection: selection)).map(\.length)
        #expect(Set(lengths) == [2, 5])
    }

    @Test(arguments: GANFillerSelection.allCases)
    func ratingsUseOnlyValuesRealUsersUse(selection: GANFillerSelection) throws {
        let profiles = Self.profiles(try Self.processor(selection: selection))
        let ratings = profiles.flatMap { $0.ratings ?? [] }
        #expect(ratings.count == profiles.reduce(0) { $0 + $1.length })
        #expect(Set(ratings).isSubset(of: [1, 2, 4, 5]))
        #expect(Set(ratings).count >= 3)
    }

    @Test(arguments: [(GANTargetGoal.push, Float(5)), (.nuke, 1)])
    func targetsGetThePushOrNukeValue(goal: GANTargetGoal, value: Float) throws {
        let profiles = Self.profiles(try Self.processor(lengths: [1, 6], targets: [7, 3], goal: goal))
        for profile in profiles {
            let ratings = try #require(profile.ratings)
            for target: Int32 in [3, 7] {
                let position = try #require(profile.items.firstIndex(of: target))
                #expect(ratings[position] == value)
            }
            // A real length of 1 still holds both targets; a length of 6 adds 4 fillers.
            #expect([2, 6].contains(profile.length))
        }
    }

    /// Top-score selection keeps the largest generated values, skipping the targets.
    @Test func topScoresKeepTheLargestValues() throws {
        let vector: [Float] = [0.1, 0.9, 0.3, 0.95, 0.5, 0.2, 0.8, 0.99, 0.0, 0.4]
        var rng = Xoshiro256StarStar(seed: 4)
        let profile = try Self.processor(lengths: [4], targets: [7]).profile(from: vector[...], using: &rng)
        #expect(profile.items == [1, 3, 6, 7])
        // 0.9 → 4.5, 0.95 → 4.75, 0.8 → 4: nearest used values 5 (tie 4/5 goes up), 5, 4; target 5.
        #expect(profile.ratings == [5, 5, 4, 5])
    }

    /// Real ratings 1, 2, 4, 5 once each (CDF ¼, ½, ¾, 1). The fillers ranked by value, item 9
    /// (0.3) < 6 (0.8) < 1 (0.9) < 3 (0.95), take the quantiles at ⅛, ⅜, ⅝, ⅞: 1, 2, 4, 5; the
    /// target, item 0, gets the push value 5.
    @Test func quantileMappingSpreadsRatingsLikeTheRealData() throws {
        let vector: [Float] = [0.1, 0.9, 0.05, 0.95, 0.2, 0.0, 0.8, 0.01, 0.0, 0.3]
        var rng = Xoshiro256StarStar(seed: 4)
        let processor = try Self.processor(lengths: [5], targets: [0], mapping: .quantile)
        let profile = processor.profile(from: vector[...], using: &rng)
        #expect(profile.items == [0, 1, 3, 6, 9])
        #expect(profile.ratings == [5, 4, 5, 2, 1])
    }

    @Test func proportionalSelectionNeverPicksZeroScoresBeforePositiveOnes() throws {
        let vector: [Float] = [0, 0.5, 0, 0.2, 0, 0.9, 0, 0, 0.1, 0]
        let processor = try Self.processor(lengths: [4], selection: .proportional)
        var rng = Xoshiro256StarStar(seed: 9)
        for _ in 0..<30 {
            #expect(processor.profile(from: vector[...], using: &rng).items == [1, 3, 5, 8])
        }
        let shorter = try Self.processor(lengths: [2], selection: .proportional)
        let picks = (0..<200).map { _ in shorter.profile(from: vector[...], using: &rng).items }
        #expect(Set(picks).count > 2)
        #expect(picks.filter { $0.contains(5) }.count > picks.filter { $0.contains(8) }.count)
    }

    @Test func sameSeedGivesSameProfiles() throws {
        let processor = try Self.processor(selection: .proportional)
        #expect(Self.profiles(processor, seed: 5) == Self.profiles(processor, seed: 5))
        #expect(Self.profiles(processor, seed: 5) != Self.profiles(processor, seed: 6))
    }

    @Test func implicitProfilesCarryNoRatings() throws {
        let processor = try Self.processor(targets: [2], encoding: GANRatingEncoding(ratingValues: []))
        #expect(Self.profiles(processor).allSatisfy { $0.ratings == nil && $0.items.contains(2) })
    }

    @Test func badSettingsAreRejected() {
        #expect(throws: GANError.duplicateTarget(id: "3")) { try Self.processor(targets: [3, 3]) }
        #expect(throws: GANError.self) { try Self.processor(targets: [10]) }
        #expect(throws: GANError.self) { try Self.processor(lengths: []) }
        #expect(throws: GANError.nukeNeedsRatings) {
            try Self.processor(goal: .nuke, encoding: GANRatingEncoding(ratingValues: []))
        }
    }
}
