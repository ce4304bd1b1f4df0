import RecShieldCore
import Testing
@testable import RecShieldAdversarial

@Suite struct FloydSamplingTests {
    @Test func samplesAreDistinctAscendingAndRoughlyUniform() {
        var generator = Xoshiro256StarStar(seed: 9)
        var hits = [Int](repeating: 0, count: 10)
        for _ in 0..<2_000 {
            let sample = FloydSampling.indices(3, below: 10, using: &generator)
            #expect(sample.count == 3 && sample == sample.sorted() && Set(sample).count == 3)
            for index in sample { hits[index] += 1 }
        }
        // Each index is expected 600 times; ±120 is about five standard deviations.
        #expect(hits.allSatisfy { abs($0 - 600) < 120 })
    }

    @Test func edgeCounts() {
        var generator = Xoshiro256StarStar(seed: 1)
        #expect(FloydSampling.indices(0, below: 5, using: &generator).isEmpty)
        #expect(FloydSampling.indices(5, below: 5, using: &generator) == [0, 1, 2, 3, 4])
    }
}
