import Numerics
import RecShieldCore
import Testing
@testable import RecShieldAdversarial

@Suite struct GANFakeProfileDetectorTests {
    /// A detector over items i0…i4 on ratings 1…5 (`encode(r) = r/5`), with a calibration that
    /// is not the identity so both parts are exercised.
    static func detector() -> GANFakeProfileDetector {
        GANFakeProfileDetector(
            discriminator: GANFixtures.network(sizes: [5, 3, 1], hidden: .leakyReLU(slope: 0.2), output: .identity, seed: 41),
            encoding: GANRatingEncoding(ratingValues: [1, 2, 3, 4, 5]),
            itemIDs: GANFixtures.idMap(prefix: "i", count: 5),
            calibration: GANScoreCalibration(slope: 1.5, intercept: -0.2))
    }

    @Test func probabilityIsTheCalibratedScore() throws {
        let detector = Self.detector()
        let vector: [Float] = [0.2, 0, 1, 0, 0.6]
        let score = detector.discriminator.predict(vector, batchSize: 1)[0]
        let expected = 1 / (1 + Double.exp(-(1.5 * Double(score) - 0.2)))
        #expect(try detector.probabilityReal(profileVector: vector).isApproximatelyEqual(to: expected, absoluteTolerance: 1e-12))
    }

    @Test func aVectorOfTheWrongLengthIsRejected() {
        #expect(throws: GANError.profileLengthMismatch(expected: 5, actual: 3)) {
            try Self.detector().probabilityReal(profileVector: [1, 0, 1])
        }
    }

    /// The data set lists items in another order and has an item ("new") the detector never saw.
    @Test func datasetUsersAreScoredByRawItemID() throws {
        var items = IDMap()
        for name in ["i4", "new", "i0", "i2"] { items.insert(name) }
        let data = InteractionDataset(
            userIDs: GANFixtures.idMap(prefix: "u", count: 3), itemIDs: items,
            users: [0, 0, 0, 1], items: [0, 1, 2, 3], ratings: [3, 5, 1, 5])
        let detector = Self.detector()
        let probabilities = detector.probabilitiesReal(for: data)
        #expect(probabilities.count == 3)
        let expected = [
            try detector.probabilityReal(profileVector: [0.2, 0, 0, 0, 0.6]),
            try detector.probabilityReal(profileVector: [0, 0, 1, 0, 0]),
            try detector.probabilityReal(profileVector: [0, 0, 0, 0, 0]),
        ]
        for (actual, wanted) in zip(probabilities, expected) {
            #expect(actual.isApproximatelyEqual(to: wanted, absoluteTolerance: 1e-6))
        }
    }
}
