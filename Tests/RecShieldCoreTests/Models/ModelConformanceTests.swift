import Numerics
import RecShieldTestSupport
import Testing
@testable import RecShieldCore

/// The checks every model passes: it recovers the withheld diagonal of a checkerboard, it scores
/// bit-identically after a save/load round trip, and one thread with a seed gives the same model
/// every time.
@Suite struct ModelConformanceTests {
    static let board = Checkerboard(size: 16)

    /// The models under test, each with tiny settings that suit a 16 × 16 checkerboard.
    enum Candidate: String, CaseIterable, CustomTestStringConvertible, Sendable {
        case bprSGD, bprAdam, bprPopularityNegatives, bprWithoutBiases, explicitMF, explicitMFWithoutBiases

        var testDescription: String { rawValue }

        func train(seed: UInt64 = 7, threads: Int = 1) throws -> any ArchivableModel {
            switch self {
            case .bprSGD, .bprAdam, .bprPopularityNegatives, .bprWithoutBiases:
                let adam = self == .bprAdam
                let training = TrainingConfiguration(
                    factors: 8, epochs: 60, learningRate: adam ? 0.005 : 0.1, regularization: 0.001,
                    seed: seed, threads: threads)
                return try BPRMatrixFactorization.train(
                    on: ModelConformanceTests.board.implicit,
                    configuration: .init(
                        training: training, usesItemBiases: self != .bprWithoutBiases,
                        negativeSampling: self == .bprPopularityNegatives ? .popularity : .uniform,
                        optimizer: adam ? .adam() : .sgd))
            case .explicitMF, .explicitMFWithoutBiases:
                let training = TrainingConfiguration(
                    factors: 8, epochs: 60, learningRate: 0.01, regularization: 0.001, seed: seed, threads: threads)
                return try ExplicitMatrixFactorization.train(
                    on: ModelConformanceTests.board.rated(),
                    configuration: .init(training: training, usesBiases: self == .explicitMF))
            }
        }

        /// Implicit models must put the withheld item first among unseen items; explicit ones
        /// must rank it within the user's own group among all items.
        func recoveredShare(_ model: any Recommender) -> Double {
            let board = ModelConformanceTests.board
            switch self {
            case .explicitMF, .explicitMFWithoutBiases:
                return ModelConformance.recoveredShare(of: model, on: board, count: board.size / 2, excluding: nil)
            default:
                return ModelConformance.recoveredShare(of: model, on: board, count: 1, excluding: board.implicit.byUser())
            }
        }
    }

    @Test(arguments: Candidate.allCases)
    func recoversTheWithheldDiagonal(_ candidate: Candidate) throws {
        let model = try candidate.train()
        #expect(candidate.recoveredShare(model) == 1)
    }

    @Test(arguments: Candidate.allCases)
    func recoversTheDiagonalWithTwoHogwildThreads(_ candidate: Candidate) throws {
        let model = try candidate.train(threads: 2)
        #expect(candidate.recoveredShare(model) == 1)
    }

    @Test(arguments: Candidate.allCases)
    func loadedModelScoresBitIdentically(_ candidate: Candidate) throws {
        let model = try candidate.train()
        let loaded = try roundTrip(model)
        #expect(ModelConformance.scoresAreBitIdentical(model, loaded))
    }

    @Test(arguments: Candidate.allCases)
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
