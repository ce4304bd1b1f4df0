import RecShieldCore
import Testing
@testable import RecShieldAdversarial

@Suite struct SupervisedDetectorTests {
    /// Leak-free training sets for a test attack of `kind`: one artefact per other kind, generated
    /// from the clean fixture with the protocol's seeds.
    static func training(avoiding kind: ShillingAttackKind) throws -> [LabelledProfiles] {
        let protocolSettings = LeakFreeProtocol(fakeUserFractions: [0.1], fillerFractions: [0.1])
        return try protocolSettings.trainingArtefacts(
            clean: DetectionFixtures.synthetic, format: .movielensCSV, avoiding: DetectionFixtures.configuration(kind)
        ).map(LabelledProfiles.init)
    }

    static let quickLogistic = ProfileClassifier.Kind.logisticRegression(.init(iterations: 300))

    /// Trained on the other five kinds, logistic regression ranks the unseen kind's profiles first
    /// (ROC-AUC ≥ 0.99) and flags at probability ≥ 0.5 with precision ≥ 0.9 and recall ≥ 0.75
    /// (random 0.8, love/hate 1: the probability is calibrated to the training artefacts).
    @Test(arguments: [ShillingAttackKind.random, .loveHate])
    func logisticRegressionCatchesAnUnseenAttackKind(kind: ShillingAttackKind) throws {
        let detector = try SupervisedDetector.train(Self.quickLogistic, on: try Self.training(avoiding: kind))
        #expect(detector.name == "supervised-logistic" && detector.defaultDecision == .probabilityThreshold(0.5))
        let artefact = try DetectionFixtures.attacked(kind)
        let result = try detector.detect(in: artefact.poisoned, threads: 2)
        let quality = try DetectionQuality(result, labels: artefact.isFake.map { $0 })
        #expect(quality.precision >= 0.9 && quality.recall >= 0.75 && quality.rocAUC >= 0.99)
        #expect(result.probabilities.allSatisfy { (0...1).contains($0) })
    }

    /// A small MLP trained for 30 epochs on the other kinds ranks average-attack profiles first
    /// (ROC-AUC ≥ 0.99) and flags at least half of them with precision ≥ 0.9.
    @Test func theMLPCatchesAnUnseenAttackKind() throws {
        let kind = ProfileClassifier.Kind.mlp(.init(hiddenLayers: [8], epochs: 30, batchSize: 32, seed: 1))
        let detector = try SupervisedDetector.train(kind, on: try Self.training(avoiding: .average))
        #expect(detector.name == "supervised-mlp")
        let artefact = try DetectionFixtures.attacked(.average)
        let quality = try DetectionQuality(try detector.detect(in: artefact.poisoned), labels: artefact.isFake.map { $0 })
        #expect(quality.rocAUC >= 0.99 && quality.precision >= 0.9 && quality.recall >= 0.5)
    }

    @Test func trainingNeedsBothClassesOneKindOfDataAndValidSettings() throws {
        let clean = LabelledProfiles(data: DetectionFixtures.synthetic, labels: [Bool?](repeating: false, count: 150))
        #expect(throws: DataError.self) { try SupervisedDetector.train(Self.quickLogistic, on: [clean]) }
        #expect(throws: DataError.self) { try SupervisedDetector.train(Self.quickLogistic, on: []) }
        let rated = LabelledProfiles(try DetectionFixtures.attacked(.random))
        let implicit = LabelledProfiles(data: rated.data.implicit(), labels: rated.labels)
        #expect(throws: DataError.self) { try SupervisedDetector.train(Self.quickLogistic, on: [rated, implicit]) }
        #expect(throws: DataError.self) { try SupervisedDetector.train(Self.quickLogistic, on: [rated], calibrationShare: 1) }
        #expect(throws: DataError.self) {
            try SupervisedDetector.train(.logisticRegression(.init(iterations: 0)), on: [rated])
        }
    }

    @Test func aDetectorJudgesOnlyDataOfTheKindItWasTrainedOn() throws {
        let detector = try SupervisedDetector.train(Self.quickLogistic, on: [LabelledProfiles(try DetectionFixtures.attacked(.random))])
        #expect(detector.extractor.features == ProfileFeature.allCases)
        #expect(throws: DataError.self) { try detector.detect(in: DetectionFixtures.synthetic.implicit()) }
    }
}
