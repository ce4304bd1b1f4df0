import RecShieldTestSupport
import Testing
@testable import RecShieldCore

@Suite struct ModelTrainerTests {
    static let board = Checkerboard(size: 8)

    /// The withheld diagonal as held-out data: user `k` and item `k`, rated 5 (its own group).
    static var diagonal: InteractionDataset {
        let training = board.implicit
        let indices = (0..<board.size).map { Int32($0) }
        return InteractionDataset(
            userIDs: training.userIDs, itemIDs: training.itemIDs, users: indices, items: indices,
            ratings: indices.map { _ in 5 })
    }

    /// Two content features: the item's group as a one-hot pair.
    static var groupFeatures: ItemFeatureMatrix {
        ItemFeatureMatrix(
            dimension: 2, values: (0..<board.size).flatMap { board.group(of: $0) == 0 ? [1, 0] : [0, 1] },
            hasFeatures: [Bool](repeating: true, count: board.size))
    }

    /// Tiny settings each kind accepts.
    static func settings(for kind: ModelKind) -> ModelSettings {
        switch kind {
        case .mf, .bpr, .neumf, .vbpr: return ModelSettings(factors: 4, epochs: 3, seed: 5)
        case .itemknn, .userknn: return ModelSettings(threads: 1, neighbors: 3)
        case .pop, .random: return ModelSettings(seed: 5)
        }
    }

    static func train(
        _ kind: ModelKind, settings: ModelSettings? = nil, validation: InteractionDataset? = nil,
        callback: ((EpochReport) -> TrainingControl)? = nil
    ) throws -> any ArchivableModel {
        try ModelTrainer.train(
            kind: kind, settings: settings ?? Self.settings(for: kind),
            on: kind == .mf ? board.rated() : board.implicit, features: kind == .vbpr ? groupFeatures : nil,
            validation: validation, callback: callback)
    }

    @Test(arguments: ModelKind.allCases)
    func trainsEveryKindWithTheDataSetsIDMaps(_ kind: ModelKind) throws {
        var epochs = 0
        let model = try Self.train(kind) { _ in
            epochs += 1
            return .continue
        }
        #expect(type(of: model) == kind.modelType)
        #expect(model.userIDs == Self.board.implicit.userIDs && model.itemIDs == Self.board.implicit.itemIDs)
        #expect(epochs == (kind.trainsInEpochs ? 3 : 0))
        #expect(model.predictsRatings == ModelTrainer.predictsRatings(kind: kind, settings: Self.settings(for: kind)))
    }

    @Test func givenSettingsOverrideTheDefaultsAndUnsetOnesKeepThem() throws {
        let bpr = try #require(try Self.train(.bpr, settings: ModelSettings(factors: 4, learningRate: 0.2, seed: 3))
            as? BPRMatrixFactorization)
        var expected = BPRMatrixFactorization.Configuration()
        expected.training.factors = 4
        expected.training.learningRate = 0.2
        expected.training.seed = 3
        #expect(bpr.configuration == expected)

        let neuMF = try #require(try Self.train(.neumf, settings: ModelSettings(factors: 6, epochs: 1)) as? NeuMF)
        #expect(neuMF.gmfDimension == 6 && neuMF.mlpDimension == 6)
        #expect(neuMF.configuration.hiddenLayers == NeuMF.Configuration().hiddenLayers)

        let vbpr = try #require(try Self.train(.vbpr, settings: ModelSettings(factors: 5, epochs: 1, regularization: 0.3)) as? VBPR)
        #expect(vbpr.factors == 5 && vbpr.contentFactors == 5 && vbpr.configuration.regularization == 0.3)

        let knn = try #require(try ModelTrainer.train(
            kind: .userknn, settings: ModelSettings(threads: 2, neighbors: 2, similarity: .adjustedCosine, feedback: .explicit),
            on: Self.board.rated()) as? UserKNN)
        #expect(knn.configuration.neighbors == 2 && knn.configuration.similarity == .adjustedCosine)
        #expect(knn.configuration.threads == 2 && knn.predictsRatings)
    }

    @Test func featuresAreRequiredByVBPRAndRejectedElsewhere() throws {
        #expect(throws: ModelError.invalidParameter(name: "features", value: "none", expected: "item features for vbpr")) {
            try ModelTrainer.train(kind: .vbpr, on: Self.board.implicit)
        }
        #expect(throws: ModelError.self) {
            try ModelTrainer.train(kind: .bpr, on: Self.board.implicit, features: Self.groupFeatures)
        }
        #expect(throws: ModelError.self) {
            try ModelTrainer.train(kind: .neumf, settings: ModelSettings(regularization: 0.1), on: Self.board.implicit)
        }
    }

    @Test(arguments: [ModelKind.bpr, .mf, .neumf, .vbpr])
    func validationDataEvaluatesEveryEpochAndCanStopTraining(_ kind: ModelKind) throws {
        var reports: [EpochReport] = []
        var settings = Self.settings(for: kind)
        settings.epochs = 40
        settings.patience = 1
        _ = try Self.train(kind, settings: settings, validation: Self.diagonal) { report in
            reports.append(report)
            return .continue
        }
        let values = reports.compactMap(\.validation)
        #expect(values.count == reports.count, "every epoch is validated")
        if reports.count < 40 {
            // Patience 1: training ended at the first evaluation that did not beat the best.
            let last = try #require(values.last)
            let earlier = values.dropLast()
            #expect(kind == .mf ? last >= (earlier.min() ?? .infinity) : last <= (earlier.max() ?? -.infinity))
        }
        if kind == .mf {
            #expect(values.allSatisfy { $0 > 0 && $0 < 4 }, "RMSE on the 1–5 scale: \(values)")
        } else {
            #expect(values.allSatisfy { (0...1).contains($0) }, "NDCG@10: \(values)")
        }
    }

    @Test func explicitValidationNeedsRatings() throws {
        #expect(throws: ModelError.self) {
            try Self.train(.mf, validation: Self.diagonal.implicit())
        }
    }
}

extension ModelTrainerTests {
    // MARK: - Epoch counts

    @Test func epochCountsAreTheGivenOrTheModelDefaults() {
        #expect(ModelTrainer.epochs(kind: .bpr, settings: ModelSettings()) == BPRMatrixFactorization.Configuration().training.epochs)
        #expect(ModelTrainer.epochs(kind: .mf, settings: ModelSettings()) == ExplicitMatrixFactorization.Configuration().training.epochs)
        #expect(ModelTrainer.epochs(kind: .neumf, settings: ModelSettings()) == NeuMF.Configuration().epochs)
        #expect(ModelTrainer.epochs(kind: .vbpr, settings: ModelSettings(epochs: 7)) == 7)
        #expect(ModelTrainer.epochs(kind: .itemknn, settings: ModelSettings()) == nil)
    }
}
