import RecShieldCore
import Testing
@testable import RecShieldAdversarial

@Suite struct SanitizeAndRetrainTests {
    static func train(_ data: InteractionDataset) throws -> any Recommender {
        try ItemMeanBaseline(training: data)
    }

    /// A detector that knows the labels: it flags exactly the fake users.
    static func oracle(_ artefact: AttackArtefact) -> ScoringFunctionDetector {
        let isFake = artefact.isFake
        return ScoringFunctionDetector(name: "oracle") { _ in isFake.map { $0 ? 1 : 0 } }
    }

    @Test func removingEveryFakeProfileUndoesTheWholeEffect() throws {
        let artefact = try DetectionFixtures.attacked(.average)
        let report = try SanitizeAndRetrain.run(
            clean: DetectionFixtures.synthetic, artefact: artefact, detector: Self.oracle(artefact), train: Self.train)
        #expect(report.fakeUsers == 15 && report.fakeRemoved == 15 && report.realRemoved == 0 && report.realUsers == 150)
        // The push moved the targets into most users' top 10 of the item-mean model …
        let hit = try #require(report.attacked.hitRatio(at: 10))
        #expect(hit.after > hit.before + 0.5 && report.attacked.predictionShift > 0.5)
        // … and the sanitised data is the clean data again, so every measure is back.
        #expect(report.sanitized.hitRatios.allSatisfy { $0.after == $0.before } && report.sanitized.predictionShift == 0)
        #expect(report.recovery.map(\.measure) == ["HR@10", "HR@20", "prediction_shift", "mean_rank"])
        #expect(report.recovery.allSatisfy { $0.recovered == 1 })
        #expect(report.detection.precision == 1 && report.detection.recall == 1)
    }

    @Test func aRealDetectorRecoversWhatItCatches() throws {
        let artefact = try DetectionFixtures.attacked(.loveHate)
        let report = try SanitizeAndRetrain.run(
            clean: DetectionFixtures.synthetic, artefact: artefact, detector: RobustScoreDetector(), threads: 2, train: Self.train)
        #expect(report.fakeRemoved == 15 && report.realRemoved == 0)
        #expect(report.recovery.allSatisfy { ($0.recovered ?? 0) > 0.99 })
    }

    @Test func flaggingNothingRecoversNothing() throws {
        let artefact = try DetectionFixtures.attacked(.random)
        let nobody = ScoringFunctionDetector(name: "nobody") { data in [Double](repeating: 0, count: data.userCount) }
        let report = try SanitizeAndRetrain.run(
            clean: DetectionFixtures.synthetic, artefact: artefact, detector: nobody, cutoffs: [5], train: Self.train)
        #expect(report.flagged == 0 && report.decision == .probabilityThreshold(0.5))
        #expect(report.recovery.map(\.measure) == ["HR@5", "prediction_shift", "mean_rank"])
        #expect(report.recovery.allSatisfy { $0.recovered == 0 })
    }

    @Test func cleanDataThatDoesNotFitTheArtefactIsAnError() throws {
        let artefact = try DetectionFixtures.attacked(.random)
        #expect(throws: DataError.self) {
            try SanitizeAndRetrain.run(
                clean: DetectionFixtures.handMade, artefact: artefact, detector: Self.oracle(artefact), train: Self.train)
        }
    }
}
