import Numerics
import RecShieldTestSupport
import Testing
@testable import RecShieldCore

/// The checks every model passes: it recovers the withheld diagonal of a checkerboard, it scores
/// bit-identically after a save/load round trip, and one thread with a seed gives the same model
/// every time.
///
/// The popularity and random baselines are excluded from the recovery check by design: every
/// item of a checkerboard has the same number of interactions, so popularity cannot tell the
/// withheld item from the other group's, and random scores ignore the data. They still take the
/// round trip (and random the seed check).
@Suite struct ModelConformanceTests {
    static let board = Checkerboard(size: 16)

    /// The models under test, each with tiny settings that suit a 16 × 16 checkerboard.
    enum Candidate: String, CaseIterable, CustomTestStringConvertible, Sendable {
        case bprSGD, bprAdam, bprPopularityNegatives, bprWithoutBiases, explicitMF, explicitMFWithoutBiases
        case neuMF, vbpr, itemKNN, itemKNNRatedLists, itemKNNExplicit, userKNN, userKNNExplicit, popularity, random

        var testDescription: String { rawValue }

        /// Whether the model learns the checkerboard's groups (not the non-personalised baselines).
        var recoversTheDiagonal: Bool { self != .popularity && self != .random }

        /// Whether training takes a thread count.
        var usesThreads: Bool {
            switch self {
            case .neuMF, .vbpr, .popularity, .random: return false
            default: return true
            }
        }

        /// Whether training draws random numbers, so the seed matters.
        var isSeeded: Bool {
            switch self {
            case .itemKNN, .itemKNNRatedLists, .itemKNNExplicit, .userKNN, .userKNNExplicit, .popularity: return false
            default: return true
            }
        }

        /// Whether the model predicts ratings (trained on the rated board).
        var isExplicit: Bool {
            [.explicitMF, .explicitMFWithoutBiases, .itemKNNExplicit, .userKNNExplicit].contains(self)
        }

        func train(seed: UInt64 = 7, threads: Int = 1) throws -> any ArchivableModel {
            let board = ModelConformanceTests.board
            switch self {
            case .bprSGD, .bprAdam, .bprPopularityNegatives, .bprWithoutBiases:
                let adam = self == .bprAdam
                let training = TrainingConfiguration(
                    factors: 8, epochs: 60, learningRate: adam ? 0.005 : 0.1, regularization: 0.001,
                    seed: seed, threads: threads)
                return try BPRMatrixFactorization.train(
                    on: board.implicit,
                    configuration: .init(
                        training: training, usesItemBiases: self != .bprWithoutBiases,
                        negativeSampling: self == .bprPopularityNegatives ? .popularity : .uniform,
                        optimizer: adam ? .adam() : .sgd))
            case .explicitMF, .explicitMFWithoutBiases:
                let training = TrainingConfiguration(
                    factors: 8, epochs: 60, learningRate: 0.01, regularization: 0.001, seed: seed, threads: threads)
                return try ExplicitMatrixFactorization.train(
                    on: board.rated(), configuration: .init(training: training, usesBiases: self == .explicitMF))
            case .neuMF:
                var configuration = NeuMF.Configuration()
                configuration.gmfDimension = 8
                configuration.mlpDimension = 8
                configuration.hiddenLayers = [16, 8]
                configuration.batchSize = 32
                configuration.learningRate = 0.01
                configuration.embeddingDeviation = 0.1
                configuration.epochs = 30
                configuration.seed = seed
                return try NeuMF.train(on: board.implicit, configuration: configuration)
            case .vbpr:
                var configuration = VBPR.Configuration()
                configuration.factors = 8
                configuration.contentFactors = 4
                configuration.epochs = 60
                configuration.learningRate = 0.1
                configuration.regularization = 0.001
                configuration.seed = seed
                return try VBPR.train(on: board.implicit, features: Self.noiseFeatures(), configuration: configuration)
            case .itemKNN, .itemKNNRatedLists, .itemKNNExplicit, .userKNN, .userKNNExplicit:
                var configuration = NeighborhoodConfiguration()
                configuration.threads = threads
                if self == .itemKNNRatedLists { configuration.neighborLists = .ratedItems }
                if isExplicit {
                    configuration.feedback = .explicit
                    configuration.similarity = .adjustedCosine
                }
                let data = isExplicit ? board.rated() : board.implicit
                return [.itemKNN, .itemKNNRatedLists, .itemKNNExplicit].contains(self)
                    ? try ItemKNN(training: data, configuration: configuration)
                    : try UserKNN(training: data, configuration: configuration)
            case .popularity:
                return PopularityBaseline(training: board.implicit)
            case .random:
                return RandomBaseline(userIDs: board.implicit.userIDs, itemIDs: board.implicit.itemIDs, seed: seed)
            }
        }

        /// Uninformative content features (seeded noise), so VBPR must learn the groups from the
        /// interactions as every other model does.
        static func noiseFeatures() -> ItemFeatureMatrix {
            var generator = Xoshiro256StarStar(seed: 3)
            let size = ModelConformanceTests.board.size
            return ItemFeatureMatrix(
                dimension: 3, values: (0..<(3 * size)).map { _ in generator.nextUnitFloat() - 0.5 },
                hasFeatures: [Bool](repeating: true, count: size))
        }

        /// Implicit models must put the withheld item first among unseen items; explicit ones
        /// must rank it within the user's own group among all items.
        func recoveredShare(_ model: any Recommender) -> Double {
            let board = ModelConformanceTests.board
            if isExplicit {
                return ModelConformance.recoveredShare(of: model, on: board, count: board.size / 2, excluding: nil)
            }
            return ModelConformance.recoveredShare(of: model, on: board, count: 1, excluding: board.implicit.byUser())
        }
    }

    @Test(arguments: Candidate.allCases.filter(\.recoversTheDiagonal))
    func recoversTheWithheldDiagonal(_ candidate: Candidate) throws {
        let model = try candidate.train()
        #expect(candidate.recoveredShare(model) == 1)
    }

    @Test(arguments: Candidate.allCases.filter { $0.recoversTheDiagonal && $0.usesThreads })
    func recoversTheDiagonalWithTwoThreads(_ candidate: Candidate) throws {
        let model = try candidate.train(threads: 2)
        #expect(candidate.recoveredShare(model) == 1)
    }

    @Test(arguments: Candidate.allCases)
    func loadedModelScoresBitIdentically(_ candidate: Candidate) throws {
        let model = try candidate.train()
        let loaded = try roundTrip(model)
        #expect(ModelConformance.scoresAreBitIdentical(model, loaded))
        #expect(loaded.userIDs == model.userIDs && loaded.itemIDs == model.itemIDs)
        #expect(loaded.predictsRatings == candidate.isExplicit)
    }

    @Test(arguments: Candidate.allCases.filter(\.isSeeded))
    func oneThreadAndASeedGiveTheSameModel(_ candidate: Candidate) throws {
        let first = try candidate.train(seed: 11)
        let second = try candidate.train(seed: 11)
        let other = try candidate.train(seed: 12)
        #expect(ModelConformance.scoresAreBitIdentical(first, second))
        #expect(!ModelConformance.scoresAreBitIdentical(first, other))
    }

    private func roundTrip<Model: ArchivableModel>(_ model: Model) throws -> Model {
        try ModelConformance.roundTrip(model)
    }
}
