import Numerics
import RecShieldCore
import Testing
@testable import RecShieldAdversarial

@Suite struct GANRatingEncodingTests {
    static let halfStars = GANRatingEncoding(ratingValues: stride(from: 0.5, through: 5, by: 0.5).map { Float($0) })

    /// On MovieLens' 0.5–5 scale `δ = 0.5`, so `encode(r) = (r − 0.5 + 0.5)/(4.5 + 0.5) = r/5`.
    @Test(arguments: [(Float(0.5), Float(0.1)), (1, 0.2), (3.5, 0.7), (5, 1)])
    func halfStarsEncodeAsRatingOverFive(rating: Float, value: Float) {
        #expect(Self.halfStars.shift == 0.5)
        #expect(Self.halfStars.encode(rating).isApproximatelyEqual(to: value, absoluteTolerance: 1e-6))
        #expect(Self.halfStars.decode(value) == rating)
    }

    @Test func decodingRoundsToTheNearestUsedValueAndClips() {
        #expect(Self.halfStars.decode(0.33) == 1.5)  // 1.65 → 1.5
        #expect(Self.halfStars.decode(0) == 0.5)  // 0 → below the scale
        #expect(Self.halfStars.decode(1.2) == 5)
    }

    /// Ratings 1, 2, 4, 5 (nobody gives 3): `δ = 1`; the value of a 3 decodes to 4 (a tie between
    /// 2 and 4 goes up), never to the unused 3.
    @Test func decodingNeverUsesAValueRealUsersNeverGive() {
        let encoding = GANRatingEncoding(ratingValues: [5, 1, 2, 4, 4, 2])
        #expect(encoding.values == [1, 2, 4, 5])
        #expect(encoding.shift == 1)
        #expect(encoding.encode(3) == 0.6)
        #expect(encoding.decode(0.6) == 4)
        for step in 0...100 {
            #expect(encoding.values.contains(encoding.decode(Float(step) / 100)))
        }
        #expect(encoding.lowest == 1 && encoding.highest == 5)
    }

    @Test func implicitDataEncodesInteractionsAsOne() {
        let implicit = GANRatingEncoding(ratingValues: [])
        #expect(!implicit.isRated)
        #expect(implicit.encode(nil) == 1)
        #expect(implicit.lowest == nil && implicit.highest == nil)
        let fromData = GANRatingEncoding(GANFixtures.ratedDataset().implicit())
        #expect(fromData == implicit)
    }

    @Test func aSingleRatingValueEncodesAsOne() {
        let encoding = GANRatingEncoding(ratingValues: [4, 4])
        #expect(encoding.shift == 1)
        #expect(encoding.encode(4) == 1)
        #expect(encoding.decode(0.2) == 4)
    }

    /// Ratings 1, 2, 2, 4, 4, 4, 5 (7 ratings): the CDF is 1/7 at 1, 3/7 at 2, 6/7 at 4, 1 at 5.
    @Test(arguments: [(0.0, Float(1)), (0.1, 1), (1.0 / 7, 1), (0.2, 2), (0.5, 4), (6.0 / 7, 4), (0.9, 5), (1.0, 5)] as [(Double, Float)])
    func quantilesFollowTheRealRatingDistribution(level: Double, value: Float) {
        let encoding = GANRatingEncoding(ratingValues: [4, 2, 5, 4, 1, 2, 4])
        #expect(encoding.valueCounts == [1, 2, 3, 1])
        #expect(encoding.quantile(level) == value)
    }
}
