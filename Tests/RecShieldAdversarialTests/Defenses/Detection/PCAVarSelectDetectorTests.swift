import Numerics
import RecShieldCore
import Testing
@testable import RecShieldAdversarial

@Suite struct PCAVarSelectDetectorTests {
    @Test func loadingsMatchAnEigendecomposition() {
        // Reference values from numpy.linalg.eigh of Z·Zᵀ (top two eigenvectors, squared row norms).
        let rated = PCAVarSelectDetector(components: 2).loadings(of: DetectionFixtures.handMade, threads: 1)
        let implicit = PCAVarSelectDetector(components: 2).loadings(of: DetectionFixtures.handMade.implicit(), threads: 2)
        for (actual, value) in zip(rated, [0.48174016, 0.53261533, 0.48174016, 0.50390434]) {
            #expect(actual.isApproximatelyEqual(to: value, absoluteTolerance: 1e-6))
        }
        for (actual, value) in zip(implicit, [1.0 / 3, 7.0 / 12, 7.0 / 12, 0.5]) {
            #expect(actual.isApproximatelyEqual(to: value, absoluteTolerance: 1e-6))
        }
    }

    @Test func itNeedsTheNumberOfSuspectedProfiles() throws {
        let detector = PCAVarSelectDetector()
        #expect(detector.defaultDecision == nil)
        #expect(throws: DataError.self) { try detector.detect(in: DetectionFixtures.handMade) }
        #expect(throws: DataError.self) { try PCAVarSelectDetector(components: 0).detect(in: DetectionFixtures.handMade, decision: .topN(1)) }
        let result = try detector.detect(in: DetectionFixtures.handMade, decision: .topN(1))
        #expect(result.flaggedUsers.count == 1)
    }

    /// Random-attack fillers look like noise next to real users' shared structure, so the fake
    /// profiles have small loadings (ROC-AUC ≥ 0.9 with one target). Segment profiles share
    /// their selected items and form a component of their own: the published rule ranks them
    /// last (ROC-AUC < 0.2) — the limitation the detector documents.
    @Test func smallLoadingsMarkRandomProfilesButNotSegmentProfiles() throws {
        let random = try AttackArtefact(
            attacking: DetectionFixtures.synthetic, format: .movielensCSV,
            configuration: AttackConfiguration(
                kind: .random, fakeUsers: .fraction(0.1), filler: .fraction(0.1), targets: .chosen(.unpopular, count: 1), seed: 1))
        let detector = PCAVarSelectDetector()
        let randomQuality = try DetectionQuality(
            try detector.detect(in: random.poisoned, decision: .topN(15)), labels: random.isFake.map { $0 })
        #expect(randomQuality.rocAUC >= 0.9)
        let segment = try DetectionFixtures.attacked(.segment)
        let segmentQuality = try DetectionQuality(
            try detector.detect(in: segment.poisoned, decision: .topN(15)), labels: segment.isFake.map { $0 })
        #expect(segmentQuality.rocAUC < 0.2)
    }

    @Test func theThreadCountDoesNotChangeTheScores() throws {
        let data = try DetectionFixtures.attacked(.average).poisoned
        let one = try PCAVarSelectDetector().suspicion(in: data, threads: 1)
        let three = try PCAVarSelectDetector().suspicion(in: data, threads: 3)
        #expect(one == three)
    }
}
