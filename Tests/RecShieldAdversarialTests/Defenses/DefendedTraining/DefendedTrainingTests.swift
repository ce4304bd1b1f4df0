import RecShieldTestSupport
import Testing
@testable import RecShieldAdversarial
@testable import RecShieldCore

@Suite struct DefendedTrainingTests {
    static let implicit = DefenseFixtures.twoGroups(users: 12, items: 10, perUser: 3)
    static let rated = Checkerboard(size: 6).rated()
    static let features = ItemFeatureMatrix(
        dimension: 3, values: DefenseFixtures.gaussian(30, seed: 1), hasFeatures: [Bool](repeating: true, count: 10))
    static let source = ShillingProfileSource(
        attack: AttackConfiguration(kind: .random, filler: .count(2), targets: .chosen(.random, count: 1)), data: implicit)
    static let settings = DefenseSettings(adversarialEpochs: 1)

    static var bpr: DefendedModelConfiguration {
        .bpr(.init(training: TrainingConfiguration(factors: 4, epochs: 2)))
    }

    static var neuMF: DefendedModelConfiguration {
        var configuration = NeuMF.Configuration()
        configuration.gmfDimension = 2
        configuration.mlpDimension = 2
        configuration.hiddenLayers = [2]
        configuration.epochs = 1
        return .neuMF(configuration)
    }

    static var vbpr: DefendedModelConfiguration {
        var configuration = VBPR.Configuration()
        configuration.factors = 2
        configuration.contentFactors = 2
        configuration.epochs = 1
        return .vbpr(configuration, features: features)
    }

    static var mf: DefendedModelConfiguration {
        .explicitMF(.init(training: TrainingConfiguration(factors: 4, epochs: 2)))
    }

    static func train(_ kind: DefenseKind, _ model: DefendedModelConfiguration) throws -> DefendedModel {
        let data = if case .explicitMF = model { rated } else { implicit }
        let source = ShillingProfileSource(
            attack: AttackConfiguration(kind: .random, filler: .count(2), targets: .chosen(.random, count: 1)), data: data)
        return try DefendedTraining.train(kind: kind, settings: settings, model: model, on: data, fakeProfiles: source)
    }

    @Test(arguments: [
        (DefenseKind.none, "bpr"), (.none, "mf"), (.none, "neumf"), (.none, "vbpr"),
        (.apr, "bpr"), (.apr, "mf"), (.apr, "neumf"), (.amr, "vbpr"),
        (.ganAugment, "bpr"), (.ganAugment, "mf"), (.ganAugment, "neumf"), (.ganAugment, "vbpr"),
        (.tce, "bpr"), (.rce, "bpr"), (.tce, "neumf"), (.rce, "neumf"),
    ])
    func everySupportedPairTrainsAModelOfTheDatasUsersAndItems(kind: DefenseKind, model: String) throws {
        let configuration = [Self.bpr, Self.mf, Self.neuMF, Self.vbpr].first { $0.name == model }
        let trained = try Self.train(kind, try #require(configuration))
        let data = model == "mf" ? Self.rated : Self.implicit
        #expect(trained.recommender.userCount == data.userCount)
        #expect(trained.recommender.itemCount == data.itemCount)
        let scores = trained.recommender.scores(for: 0)
        #expect(scores.allSatisfy { $0.isFinite })
    }

    @Test(arguments: [(DefenseKind.apr, "vbpr"), (.amr, "bpr"), (.amr, "neumf"), (.tce, "mf"), (.rce, "vbpr")])
    func unsupportedPairsAreRejectedWithAReason(kind: DefenseKind, model: String) throws {
        let configuration = try #require([Self.bpr, Self.mf, Self.neuMF, Self.vbpr].first { $0.name == model })
        #expect(throws: DefenseError.self) { try Self.train(kind, configuration) }
    }

    @Test func ganAugmentNeedsASourceAndLowConfidenceNeedsBPR() throws {
        #expect(throws: DefenseError.missingInput(defense: "gan-augment", input: "a fake-profile source (the GAN attack)")) {
            try DefendedTraining.train(kind: .ganAugment, model: Self.bpr, on: Self.implicit)
        }
        #expect(throws: DefenseError.self) {
            try DefendedTraining.train(
                kind: .ganAugment, settings: DefenseSettings(fakeProfileWeight: 0.5), model: Self.neuMF, on: Self.implicit,
                fakeProfiles: Self.source)
        }
    }

    @Test func progressSeesPretrainingAndAdversarialEpochs() throws {
        var epochs: [Int] = []
        _ = try DefendedTraining.train(
            kind: .apr, settings: DefenseSettings(), model: Self.bpr, on: Self.implicit
        ) { report in
            epochs.append(report.epoch)
            return .continue
        }
        #expect(epochs == [1, 2, 3, 4], "adversarial epochs default to the model's own epochs")
    }

    @Test func mismatchedFeaturesAreRejected() {
        let wrong = ItemFeatureMatrix(dimension: 2, values: [1, 2], hasFeatures: [true])
        var configuration = VBPR.Configuration()
        configuration.epochs = 1
        #expect(throws: DefenseError.self) {
            try DefendedTraining.train(kind: .amr, model: .vbpr(configuration, features: wrong), on: Self.implicit)
        }
    }
}
