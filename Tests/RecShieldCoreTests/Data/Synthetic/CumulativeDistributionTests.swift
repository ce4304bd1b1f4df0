import Testing
@testable import RecShieldCore

@Suite struct CumulativeDistributionTests {
    @Test func frequenciesFollowTheWeights() {
        let distribution = CumulativeDistribution(weights: [1, 0, 3, 6])
        var generator = Xoshiro256StarStar(seed: 2)
        var counts = [0, 0, 0, 0]
        for _ in 0..<20_000 { counts[distribution.sample(using: &generator)] += 1 }
        #expect(counts[1] == 0)
        // Expected 2 000 / 6 000 / 12 000; 5 standard deviations is below 250 for each.
        #expect(abs(counts[0] - 2_000) < 250 && abs(counts[2] - 6_000) < 350 && abs(counts[3] - 12_000) < 400)
    }
}
