import Testing
@testable import RecShieldCore

@Suite struct ScoreCountingTests {
    @Test(arguments: [0, 1, 15, 16, 17, 33, 100])
    func simdPassCountsLikeAScalarLoop(length: Int) {
        var generator = Xoshiro256StarStar(seed: UInt64(length))
        let values: [Float] = (0..<length).map { _ in
            generator.nextIndex(below: 7) == 0 ? .nan : Float(generator.nextIndex(below: 5))
        }
        for threshold: Float in [-1, 0, 2, 4, 9] {
            let pass = values.withUnsafeBufferPointer { ScoreCounting.count(threshold, in: $0, countingPresent: true) }
            #expect(pass.atLeast == values.filter { $0 >= threshold }.count)
            #expect(pass.above == values.filter { $0 > threshold }.count)
            #expect(pass.present == values.filter { !$0.isNaN }.count)
        }
    }

    /// Threshold counts around the powers of two the branch-free search pads to, with ties,
    /// NaN values, signed zeros and infinite values and thresholds.
    @Test(arguments: [1, 2, 3, 7, 8, 15, 16, 30, 31, 64])
    func histogramPathMatchesSIMDPath(thresholdCount: Int) {
        var generator = Xoshiro256StarStar(seed: UInt64(thresholdCount))
        let values: [Float] = (0..<200).map { _ in
            switch generator.nextIndex(below: 12) {
            case 0: return .nan
            case 1: return -.infinity
            case 2: return .infinity
            case 3: return -0.0
            default: return Float(generator.nextIndex(below: 10))
            }
        }
        let thresholds: [Float] = (0..<thresholdCount).map { _ in
            generator.nextIndex(below: 10) == 0
                ? -.infinity : Float(generator.nextIndex(below: 11)) - 0.5 * Float(generator.nextIndex(below: 2))
        }.sorted(by: >)
        values.withUnsafeBufferPointer { buffer in
            let histogram = ScoreCounting.histogramCounts(atOrAbove: thresholds, in: buffer)
            for (i, threshold) in thresholds.enumerated() {
                let pass = ScoreCounting.count(threshold, in: buffer, countingPresent: true)
                #expect(histogram.atLeast[i] == pass.atLeast)
                #expect(histogram.above[i] == pass.above)
                #expect(histogram.present == pass.present)
            }
        }
    }

    @Test func nanBecomesNegativeInfinityAndNothingElseChanges() {
        var values: [Float] = (0..<37).map { Float($0) }
        values[3] = .nan
        values[36] = .nan
        values[20] = -.infinity
        var expected = values
        expected[3] = -.infinity
        expected[36] = -.infinity
        values.withUnsafeMutableBufferPointer { ScoreCounting.replaceNaNWithNegativeInfinity(in: $0) }
        #expect(values == expected)
    }
}
