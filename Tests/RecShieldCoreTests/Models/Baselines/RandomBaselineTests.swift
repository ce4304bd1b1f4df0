import Testing
@testable import RecShieldCore

@Suite struct RandomBaselineTests {
    @Test func scoresAreStableAcrossCallsAndInstances() {
        let model = RandomBaseline(userCount: 5, itemCount: 40, seed: 42)
        let first = model.scores(for: 3)
        #expect(model.scores(for: 3) == first)
        #expect(RandomBaseline(userCount: 9, itemCount: 40, seed: 42).scores(for: 3) == first)
        for item in [0, 17, 39] { #expect(model.score(user: 3, item: item) == first[item]) }
    }

    @Test func scoresLieInTheUnitIntervalAndSpreadOut() {
        let model = RandomBaseline(userCount: 1, itemCount: 4000, seed: 1)
        let scores = model.scores(for: 0)
        #expect(scores.allSatisfy { $0 >= 0 && $0 < 1 })
        let mean = scores.reduce(0, +) / Float(scores.count)
        #expect(abs(mean - 0.5) < 0.03, "mean \(mean)")
        #expect(Set(scores).count > 3900, "scores repeat too often")
    }

    @Test func seedsAndUsersGiveDifferentRankings() {
        let model = RandomBaseline(userCount: 2, itemCount: 50, seed: 7)
        let other = RandomBaseline(userCount: 2, itemCount: 50, seed: 8)
        let top = model.recommendations(for: 0, count: 10).map(\.item)
        #expect(top != other.recommendations(for: 0, count: 10).map(\.item))
        #expect(top != model.recommendations(for: 1, count: 10).map(\.item))
    }

    @Test func hashMatchesTheDocumentedFormula() {
        // seed 0, user 0, item 0: z = 0x9E3779B97F4A7C15 ^ 0xC2B2AE3D27D4EB4F, then the SplitMix64
        // finaliser, then the top 24 bits.
        var z: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ 0xC2B2_AE3D_27D4_EB4F
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        z ^= z >> 31
        #expect(RandomBaseline(userCount: 1, itemCount: 1).score(user: 0, item: 0) == Float(z >> 40) * 0x1p-24)
    }
}
