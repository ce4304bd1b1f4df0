import Numerics
import Testing
@testable import RecShieldAdversarial

@Suite struct GANDistributionDistanceTests {
    /// Counts (1, 1, 2) and (2, 1, 1): p = (¼, ¼, ½), q = (½, ¼, ¼).
    /// TV = ½(¼ + 0 + ¼) = ¼. With m = (⅜, ¼, ⅜):
    /// KL(p‖m) = ¼·log₂(⅔) + ½·log₂(4/3) = −0.1462406 + 0.2075187 = 0.0612781 = KL(q‖m),
    /// so JSD = 0.0612781 and JS = √JSD = 0.2475442.
    @Test func handComputedDistances() {
        let p: [Double] = [1, 1, 2]
        let q: [Double] = [2, 1, 1]
        #expect(GANDistributionDistance.totalVariation(p, q).isApproximatelyEqual(to: 0.25, absoluteTolerance: 1e-12))
        #expect(GANDistributionDistance.jensenShannon(p, q).isApproximatelyEqual(to: 0.2475442, absoluteTolerance: 1e-7))
    }

    @Test func identicalShapesAreAtZeroAndDisjointOnesAtOne() {
        #expect(GANDistributionDistance.totalVariation([1, 2, 3], [2, 4, 6]).isApproximatelyEqual(to: 0, absoluteTolerance: 1e-12))
        #expect(GANDistributionDistance.jensenShannon([1, 2, 3], [2, 4, 6]).isApproximatelyEqual(to: 0, absoluteTolerance: 1e-7))
        #expect(GANDistributionDistance.totalVariation([3, 0], [0, 5]) == 1)
        #expect(GANDistributionDistance.jensenShannon([3, 0], [0, 5]) == 1)
    }

    @Test func emptyCountsAreAtZeroFromEachOtherAndOneFromAnythingElse() {
        #expect(GANDistributionDistance.totalVariation([0, 0], [0, 0]) == 0)
        #expect(GANDistributionDistance.jensenShannon([0, 0], [1, 0]) == 1)
    }
}
