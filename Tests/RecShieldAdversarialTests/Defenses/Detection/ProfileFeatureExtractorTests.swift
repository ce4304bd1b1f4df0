import Numerics
import RecShieldCore
import Testing
@testable import RecShieldAdversarial

@Suite struct ProfileFeatureExtractorTests {
    /// The features of `DetectionFixtures.handMade` for users u1…u4.
    static func features(
        _ extractor: ProfileFeatureExtractor = ProfileFeatureExtractor(), data: InteractionDataset = DetectionFixtures.handMade
    ) throws -> ProfileFeatureMatrix {
        try extractor.extract(from: data, threads: 2)
    }

    static func expect(_ feature: ProfileFeature, in matrix: ProfileFeatureMatrix, _ expected: [Double]) throws {
        let column = try #require(matrix.column(feature))
        for (actual, value) in zip(column, expected) {
            #expect(actual.isApproximatelyEqual(to: value, absoluteTolerance: 1e-12), "\(feature): \(column) vs \(expected)")
        }
    }

    // MARK: - Deviation from the item means

    @Test func deviationAgreementFeatures() throws {
        let matrix = try Self.features()
        // |r − r̄_i| / NR_i per rating:
        //   u1: i1 (1/3)/3, i2 1/3, i3 1/3           → WDA 7/9,   RDMA 7/27
        //   u2: i1 (2/3)/3, i3 1/3, i4 2/2           → WDA 14/9,  RDMA 14/27
        //   u3: i1 (1/3)/3, i2 1/3, i5 1/2           → WDA 17/18, RDMA 17/54
        //   u4: i2 0,       i3 0,   i4 2/2, i5 1/2   → WDA 3/2,   RDMA 3/8
        try Self.expect(.wda, in: matrix, [7.0 / 9, 14.0 / 9, 17.0 / 18, 1.5])
        try Self.expect(.rdma, in: matrix, [7.0 / 27, 14.0 / 27, 17.0 / 54, 0.375])
        // |r − r̄_i| / NR_i² per rating, averaged:
        //   u1: (1/27 + 1/9 + 1/9)/3 = 7/81        u2: (2/27 + 1/9 + 1/2)/3 = 37/162
        //   u3: (1/27 + 1/9 + 1/4)/3 = 43/324      u4: (0 + 0 + 1/2 + 1/4)/4 = 3/16
        try Self.expect(.wdma, in: matrix, [7.0 / 81, 37.0 / 162, 43.0 / 324, 3.0 / 16])
    }

    @Test func lengthVarianceIsTheDistanceFromTheMeanLengthOverTheSpread() throws {
        // Lengths 3, 3, 3, 4: mean 3.25, Σ (n − n̄)² = 3 · 0.0625 + 0.5625 = 0.75.
        try Self.expect(.lengthVariance, in: try Self.features(), [0.25 / 0.75, 0.25 / 0.75, 0.25 / 0.75, 0.75 / 0.75])
        // Equal lengths have no spread: every value is 0.
        let equal = AttackFixtures.make([("a", ["i1": 1, "i2": 2]), ("b", ["i1": 3, "i3": 4])])
        try Self.expect(.lengthVariance, in: try Self.features(data: equal), [0, 0])
    }

    @Test func entropyCountsRatingValues() throws {
        // u1…u3 use three distinct values, u4 four: log₂ 3 and 2 bits.
        try Self.expect(.ratingEntropy, in: try Self.features(), [Double.log2(3), Double.log2(3), Double.log2(3), 2])
        // Values 5, 5, 3, 1: shares 1/2, 1/4, 1/4 → 0.5 + 0.5 + 0.5 = 1.5 bits; one value → 0 bits.
        let data = AttackFixtures.make([("a", ["i1": 5, "i2": 5, "i3": 3, "i4": 1]), ("b", ["i1": 4, "i2": 4])])
        try Self.expect(.ratingEntropy, in: try Self.features(data: data), [1.5, 0])
    }

    // MARK: - Target model

    @Test func targetModelFeaturesUseTheBestFittingPartition() throws {
        let matrix = try Self.features(ProfileFeatureExtractor(targetFocusPrior: 1))
        // u1: push only (one 5): P_T = {i1}, fillers i2 3 (dev 1), i3 4 (dev 1): MeanVar 2/3,
        //     FMTD |5 − 3.5| = 1.5, FMD 1.
        // u2: push only: P_T = {i4}, fillers i1 4 (dev −2/3), i3 2 (dev −1): MeanVar (4/9 + 1)/3 = 13/27,
        //     FMTD |5 − 3| = 2, FMD 5/6.
        // u3: push {i1}: fillers i2 −1, i5 −1 → 2/3; nuke {i2}: fillers i1 1/3, i5 −1 → (1/9 + 1)/3 = 10/27.
        //     Nuke fits better: FMTD |1 − 4| = 3, FMD (1/3 + 1)/2 = 2/3.
        // u4: push {i5}: fillers 0, 0, −2 → 4/4 = 1; nuke {i4}: fillers 0, 0, 1 → 1/4. Nuke:
        //     FMTD |1 − 10/3| = 7/3, FMD 1/3.
        try Self.expect(.meanVariance, in: matrix, [2.0 / 3, 13.0 / 27, 10.0 / 27, 0.25])
        try Self.expect(.fillerMeanTargetDifference, in: matrix, [1.5, 2, 3, 7.0 / 3])
        try Self.expect(.fillerMeanDeviation, in: matrix, [1, 5.0 / 6, 2.0 / 3, 1.0 / 3])
        let statistics = ProfileStatistics(DetectionFixtures.handMade)
        #expect((0..<4).map { statistics.targetModelFit(of: $0).partition } == [.push, .push, .nuke, .nuke])
        // Extreme ratings (v_max 5, v_min 1), with β = 1: fives i1 ×2 → 2/(3+1), i4 ×1 → 1/(2+1),
        // i5 ×1 → 1/(2+1); ones i2 ×1 → 1/(3+1), i4 ×1 → 1/(2+1).
        // u1: i1 → 1/2; u2: i4 → 1/3; u3: max(i1 1/2, i2 1/4); u4: max(i4 1/3, i5 1/3).
        try Self.expect(.targetModelFocus, in: matrix, [0.5, 1.0 / 3, 0.5, 1.0 / 3])
    }

    @Test func targetFocusGrowsWithTheProfilesSharingATarget() throws {
        // Three profiles rate t at 5; real users rate it 2 and 3; x is rated once (5), z rates b 1.
        let data = AttackFixtures.make([
            ("f1", ["t": 5, "a": 3]), ("f2", ["t": 5, "b": 3]), ("f3", ["t": 5, "a": 4]),
            ("r1", ["t": 2, "x": 5, "a": 3]), ("r2", ["t": 3, "b": 4]), ("z", ["b": 1]),
        ])
        // Extreme ratings (v_max 5, v_min 1): t rated 5 three times, x once, b rated 1 once; r2 has
        // none. NR: t 5, x 1, b 3. With β = 0: t → 3/5, x → 1/1 (the reason for a prior), b → 1/3.
        let matrix = try Self.features(ProfileFeatureExtractor(targetFocusPrior: 0), data: data)
        try Self.expect(.targetModelFocus, in: matrix, [0.6, 0.6, 0.6, 1, 0, 1.0 / 3])
        // β = 5: t → 3/10, x → 1/6, b → 1/8.
        let damped = try Self.features(ProfileFeatureExtractor(targetFocusPrior: 5), data: data)
        try Self.expect(.targetModelFocus, in: damped, [0.3, 0.3, 0.3, 1.0 / 6, 0, 0.125])
    }

    // MARK: - Degree of similarity

    @Test func degreeOfSimilarityAveragesTheTopPearsonNeighbours() throws {
        // Deviations from the user means: u1 i1 +1, i2 −1, i3 0; u2 i1 1/3, i3 −5/3, i4 4/3;
        // u3 i1 2, i2 −2, i5 0; u4 i2 −3/4, i3 1/4, i4 −7/4, i5 9/4. Pairs with ≥ 2 co-rated items:
        //   w(u1,u2) = (1/3) / √(1 · 26/9) = 1/√26          w(u1,u3) = 4 / √(2 · 8) = 1
        //   w(u1,u4) = 0.75 / √(1 · 0.625) = 0.948683        w(u2,u4) = −2.75 / √(41/9 · 3.125) = −0.728848
        //   w(u3,u4) = 1.5 / √(4 · 5.625) = 0.316228         (u2 and u3 share only i1)
        let extractor = ProfileFeatureExtractor(neighbours: 2, minimumCoRated: 2)
        let matrix = try Self.features(extractor)
        let w12 = 1 / 26.0.squareRoot()
        let w14 = 0.75 / 0.625.squareRoot()
        let w24 = -2.75 / (41.0 / 9 * 3.125).squareRoot()
        let w34 = 1.5 / 22.5.squareRoot()
        try Self.expect(.degreeOfSimilarity, in: matrix, [(1 + w14) / 2, (w12 + w24) / 2, (1 + w34) / 2, (w14 + w34) / 2])
        // γ = 4 halves every weight (each pair shares two items).
        let shrunk = try Self.features(ProfileFeatureExtractor(neighbours: 2, minimumCoRated: 2, significance: 4))
        try Self.expect(.degreeOfSimilarity, in: shrunk, [(1 + w14) / 4, (w12 + w24) / 4, (1 + w34) / 4, (w14 + w34) / 4])
        // Three co-rated items are needed by default: nobody has a neighbour.
        try Self.expect(.degreeOfSimilarity, in: try Self.features(), [0, 0, 0, 0])
    }

    @Test func implicitDataKeepsTheFeaturesWithoutRatings() throws {
        let implicit = DetectionFixtures.handMade.implicit()
        let matrix = try Self.features(ProfileFeatureExtractor(neighbours: 2, minimumCoRated: 2), data: implicit)
        #expect(matrix.features == [.lengthVariance, .degreeOfSimilarity])
        // Cosine of binary profiles |C| / √(n_u n_v): u1–u2, u1–u3: 2/3; u1–u4, u2–u4, u3–u4: 2/√12.
        let c = 2 / 12.0.squareRoot()
        try Self.expect(.degreeOfSimilarity, in: matrix, [2.0 / 3, (2.0 / 3 + c) / 2, (2.0 / 3 + c) / 2, c])
        #expect(throws: DataError.self) {
            try ProfileFeatureExtractor(features: [.rdma]).extract(from: implicit)
        }
    }

    // MARK: - Layout and parameters

    @Test func chosenFeaturesComeInTheGivenOrderAndInactiveUsersAreZero() throws {
        var data = DetectionFixtures.handMade
        data.userIDs.insert("silent")
        let matrix = try ProfileFeatureExtractor(features: [.wda, .rdma]).extract(from: data)
        #expect(matrix.features == [.wda, .rdma])
        #expect(matrix.isActive == [true, true, true, true, false])
        #expect(matrix.row(4) == [0, 0])
        #expect(matrix.value(.wda, user: 3) == 1.5 && matrix.value(.ratingEntropy, user: 3) == nil)
    }

    @Test func theThreadCountDoesNotChangeTheValues() throws {
        let artefact = try DetectionFixtures.attacked(.bandwagon)
        let one = try ProfileFeatureExtractor().extract(from: artefact.poisoned, threads: 1)
        let three = try ProfileFeatureExtractor().extract(from: artefact.poisoned, threads: 3)
        #expect(one == three)
    }

    @Test(arguments: [
        ProfileFeatureExtractor(neighbours: 0), ProfileFeatureExtractor(minimumCoRated: 0),
        ProfileFeatureExtractor(significance: 0), ProfileFeatureExtractor(targetFocusPrior: -1),
        ProfileFeatureExtractor(features: []), ProfileFeatureExtractor(features: [.rdma, .rdma]),
    ])
    func invalidParametersAreRejected(extractor: ProfileFeatureExtractor) {
        #expect(throws: DataError.self) { try extractor.extract(from: DetectionFixtures.handMade) }
    }
}
