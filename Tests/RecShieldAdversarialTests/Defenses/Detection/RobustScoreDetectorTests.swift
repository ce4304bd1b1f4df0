import RecShieldCore
import Testing
@testable import RecShieldAdversarial

@Suite struct RobustScoreDetectorTests {
    /// On `DetectionFixtures.attacked` (150 real users, 15 fake, 12 fillers, 3 unpopular targets)
    /// the combined score ranks every kind almost perfectly (ROC-AUC ≥ 0.99); the default rule
    /// (score ≥ 3) flags only fake profiles, all of them for segment, reverse bandwagon and
    /// love/hate, and at least two for the others, whose profiles stay closer to the bulk on
    /// this small catalogue; the top 15 hold at least 13 fake profiles.
    @Test(arguments: ShillingAttackKind.allCases)
    func findsInjectedProfilesWithoutKnowingTheAttackSize(kind: ShillingAttackKind) throws {
        let artefact = try DetectionFixtures.attacked(kind)
        let result = try RobustScoreDetector().detect(in: artefact.poisoned)
        #expect(result.decision == .scoreThreshold(3))
        let quality = try DetectionQuality(result, labels: artefact.isFake.map { $0 })
        #expect(quality.rocAUC >= 0.99)
        #expect(quality.precision == 1 && quality.truePositives >= 2)
        if [.segment, .reverseBandwagon, .loveHate].contains(kind) { #expect(quality.recall == 1) }
        let top = try DetectionQuality(
            try RobustScoreDetector().detect(in: artefact.poisoned, decision: .topN(15)), labels: artefact.isFake.map { $0 })
        #expect(top.truePositives >= 13)
    }

    @Test func oneFeatureGivesChiritasIndicatorAndProbabilitiesArePercentiles() throws {
        let artefact = try DetectionFixtures.attacked(.random)
        let rdma = RobustScoreDetector(name: "rdma", features: [.rdma])
        let result = try rdma.detect(in: artefact.poisoned)
        #expect(result.detector == "rdma")
        let column = try ProfileFeatureExtractor(features: [.rdma]).extract(from: artefact.poisoned).column(.rdma) ?? []
        // One feature: the score is a monotone map of RDMA, so the orders agree.
        for a in 0..<20 {
            for b in 0..<20 where column[a] > column[b] { #expect(result.scores[a] > result.scores[b]) }
        }
        #expect(result.probabilities.allSatisfy { (0...1).contains($0) })
        #expect(result.ranking.first.map { result.probabilities[$0] } == (Double(result.ranking.count) - 0.5) / Double(result.ranking.count))
    }

    /// On implicit data DegSim alone finds profiles that share selected items (bandwagon: ROC-AUC
    /// ≥ 0.9); random fillers make fake profiles *less* similar to real users than real users are
    /// to each other, so a random attack is ranked last (ROC-AUC < 0.1) — a documented limit.
    @Test func implicitDataUsesDegSimAlone() throws {
        let detector = RobustScoreDetector()
        #expect(detector.resolvedFeatures(rated: false) == [.degreeOfSimilarity])
        func auc(_ kind: ShillingAttackKind) throws -> Double {
            let artefact = try AttackArtefact(
                attacking: DetectionFixtures.synthetic.implicit(), format: .movielensCSV,
                configuration: DetectionFixtures.configuration(kind))
            return try DetectionQuality(
                try detector.detect(in: artefact.poisoned, decision: .topN(15)), labels: artefact.isFake.map { $0 }
            ).rocAUC
        }
        #expect(try auc(.bandwagon) >= 0.9)
        #expect(try auc(.random) < 0.1)
    }
}
