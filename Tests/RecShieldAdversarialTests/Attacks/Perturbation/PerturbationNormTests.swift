import Numerics
import RecShieldCore
import Testing
@testable import RecShieldAdversarial

@Suite struct PerturbationNormTests {
    @Test func normsAreEuclideanAndMaximum() {
        #expect(PerturbationNorm.l2.norm(of: [3, -4]) == 5)
        #expect(PerturbationNorm.linf.norm(of: [3, -4, 1]) == 4)
        #expect(PerturbationNorm.l2.norm(of: []) == 0)
    }

    @Test func steepestDirectionIsTheNormalisedGradientOrItsSign() {
        func direction(_ norm: PerturbationNorm, _ gradient: [Float]) -> [Float] {
            var out = [Float](repeating: 9, count: gradient.count)
            gradient.withUnsafeBufferPointer { g in out.withUnsafeMutableBufferPointer { norm.steepestDirection(of: g, into: $0) } }
            return out
        }
        #expect(direction(.l2, [3, 0, -4]) == [0.6, 0, -0.8])
        #expect(direction(.linf, [0.3, 0, -7]) == [1, 0, -1])
        #expect(direction(.l2, [0, 0]) == [0, 0])
    }
}

extension PerturbationNormTests {
    // MARK: - Projection

    func projected(_ norm: PerturbationNorm, _ row: [Float], radius: Float) -> [Float] {
        var out = row
        out.withUnsafeMutableBufferPointer { norm.project($0, radius: radius) }
        return out
    }

    @Test func l2ProjectionScalesLongRowsOntoTheSphereAndKeepsShortOnes() {
        let outside = projected(.l2, [3, 4], radius: 2)
        #expect(outside[0].isApproximatelyEqual(to: 1.2, relativeTolerance: 1e-6))
        #expect(outside[1].isApproximatelyEqual(to: 1.6, relativeTolerance: 1e-6))
        #expect(projected(.l2, [0.3, -0.4], radius: 2) == [0.3, -0.4])
        #expect(projected(.l2, [1, 1], radius: 0) == [0, 0])
    }

    @Test func linfProjectionClipsEachEntry() {
        #expect(projected(.linf, [3, -0.5, -9], radius: 1) == [1, -0.5, -1])
    }

    /// The projection is the nearest point of the ball: no point of the ball drawn at random is
    /// closer to the original row.
    @Test(arguments: PerturbationNorm.allCases)
    func projectionIsTheNearestPointOfTheBall(norm: PerturbationNorm) {
        var generator = Xoshiro256StarStar(seed: 11)
        for _ in 0..<20 {
            let row = (0..<4).map { _ in Float(generator.nextGaussian() * 3) }
            let radius: Float = 1.5
            let projection = projected(norm, row, radius: radius)
            #expect(norm.norm(of: projection) <= radius * (1 + 1e-6))
            let distance = PerturbationNorm.l2.norm(of: zip(row, projection).map { $0 - $1 })
            for _ in 0..<200 {
                var candidate = (0..<4).map { _ in Float(generator.nextGaussian()) }
                let length = norm.norm(of: candidate)
                let scale = radius * generator.nextUnitFloat() / max(length, 1e-6)
                candidate = candidate.map { $0 * scale }
                let other = PerturbationNorm.l2.norm(of: zip(row, candidate).map { $0 - $1 })
                #expect(distance <= other + 1e-5)
            }
        }
    }
}
