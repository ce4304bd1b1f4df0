import Numerics
import Testing
@testable import RecShieldCore

@Suite struct WeightInitializationTests {
    /// Fills 20 000 weights of a 100 → 60 layer and returns them.
    static func draw(_ scheme: WeightInitialization, seed: UInt64 = 3) -> [Float] {
        var rng = Xoshiro256StarStar(seed: seed)
        var weights = [Float](repeating: .nan, count: 20_000)
        weights.withUnsafeMutableBufferPointer { scheme.fill($0, fanIn: 100, fanOut: 60, using: &rng) }
        return weights
    }

    static func standardDeviation(_ values: [Float]) -> Double {
        let mean = values.reduce(0.0) { $0 + Double($1) } / Double(values.count)
        let variance = values.reduce(0.0) { $0 + (Double($1) - mean) * (Double($1) - mean) }
        return (variance / Double(values.count)).squareRoot()
    }

    /// Expected standard deviations for a 100 → 60 layer: normal σ, or a/√3 for uniform on ±a.
    static let expectedDeviations: [(WeightInitialization, Double)] = [
        (.xavierUniform, 0.1118),  // √(6/160)/√3
        (.xavierNormal, 0.1118),  // √(2/160)
        (.heUniform, 0.1414),  // √(6/100)/√3
        (.heNormal, 0.1414),  // √(2/100)
    ]

    @Test(arguments: expectedDeviations)
    func spreadMatchesScheme(scheme: WeightInitialization, deviation: Double) {
        let weights = Self.draw(scheme)
        #expect(Self.standardDeviation(weights).isApproximatelyEqual(to: deviation, relativeTolerance: 0.03))
        let mean = weights.reduce(0.0) { $0 + Double($1) } / Double(weights.count)
        #expect(abs(mean) < 0.05 * deviation, "the standard error of the mean is 0.007 σ")
    }

    @Test func uniformSchemesStayInBounds() {
        let bound = Float((6.0 / 160).squareRoot())
        #expect(Self.draw(.xavierUniform).allSatisfy { abs($0) <= bound })
    }

    @Test func recommendationsFollowActivation() {
        #expect(WeightInitialization.recommended(for: .relu) == .heNormal)
        #expect(WeightInitialization.recommended(for: .leakyReLU(slope: 0.2)) == .heNormal)
        #expect(WeightInitialization.recommended(for: .tanh) == .xavierUniform)
        #expect(WeightInitialization.recommended(for: .sigmoid) == .xavierUniform)
    }

    @Test func sameSeedSameDraws() {
        #expect(Self.draw(.heNormal, seed: 9) == Self.draw(.heNormal, seed: 9))
        #expect(Self.draw(.heNormal, seed: 9) != Self.draw(.heNormal, seed: 10))
    }
}
