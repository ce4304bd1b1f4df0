import Foundation
import Numerics
import RecShieldTestSupport
import Testing
@testable import RecShieldAdversarial
@testable import RecShieldCore

@Suite struct AdversarialExplicitMFTests {
    static let adversarial = AdversarialTrainingConfiguration(epsilon: 0.3, adversarialWeight: 0.7, epochs: 1)

    /// `(r − offset − u·v)²` over `[u, v]`, in `Double`.
    static func squaredError(_ p: [Double], rating: Double, offset: Double, factors d: Int) -> Double {
        var prediction = offset
        for k in 0..<d { prediction += p[k] * p[d + k] }
        return (rating - prediction) * (rating - prediction)
    }

    @Test(arguments: [(3, Float(4.5)), (8, 0.5), (17, 3)])
    func perturbationIsEpsilonTimesEachRowsNormalisedGradient(factors: Int, rating: Float) {
        let values = DefenseFixtures.gaussian(2 * factors, seed: UInt64(factors))
        let u = Array(values[0..<factors])
        let v = Array(values[factors...])
        let objective = AdversarialExplicitMF.objective(
            rating: rating, user: u, item: v, offset: 2, userBias: 0.1, itemBias: -0.2, regularization: 0.02,
            adversarial: Self.adversarial)
        let numeric = FiniteDifference.gradient(at: values.map(Double.init)) {
            Self.squaredError($0, rating: Double(rating), offset: 2, factors: factors)
        }
        for (row, perturbation) in [objective.userPerturbation, objective.itemPerturbation].enumerated() {
            let g = Array(numeric[(row * factors)..<((row + 1) * factors)])
            let norm = g.reduce(0) { $0 + $1 * $1 }.squareRoot()
            #expect(FiniteDifference.maximumRelativeError(perturbation.map(Double.init), g.map { 0.3 * $0 / norm }) < 1e-4)
        }
        #expect(abs(objective.adversarialError) > abs(objective.error), "the perturbation must increase the error")
    }

    @Test(arguments: [2, 16, 19])
    func gradientWithThePerturbationHeldConstantMatchesFiniteDifferences(factors: Int) {
        let values = DefenseFixtures.gaussian(2 * factors + 2, seed: 50 + UInt64(factors))
        let u = Array(values[0..<factors])
        let v = Array(values[factors..<(2 * factors)])
        let (bu, bi) = (values[2 * factors], values[2 * factors + 1])
        let objective = AdversarialExplicitMF.objective(
            rating: 4, user: u, item: v, offset: 3 + bu + bi, userBias: bu, itemBias: bi, regularization: 0.05,
            adversarial: Self.adversarial)
        let delta = (objective.userPerturbation + objective.itemPerturbation).map(Double.init) + [0, 0]
        func loss(_ q: [Double]) -> Double {
            let offset = 3 + q[2 * factors] + q[2 * factors + 1]
            return Self.squaredError(q, rating: 4, offset: offset, factors: factors)
                + 0.7 * Self.squaredError(zip(q, delta).map(+), rating: 4, offset: offset, factors: factors)
                + 0.05 * q.reduce(0) { $0 + $1 * $1 }
        }
        let numeric = FiniteDifference.gradient(at: values.map(Double.init), of: loss)
        let analytic = (objective.user + objective.item + [objective.userBias, objective.itemBias]).map(Double.init)
        #expect(FiniteDifference.maximumRelativeError(analytic, numeric) < 1e-4)
        #expect(Double(objective.loss).isApproximatelyEqual(to: loss(values.map(Double.init)), relativeTolerance: 1e-5))
    }

    static func model(_ data: InteractionDataset, factors: Int, usesBiases: Bool) -> ExplicitMatrixFactorization {
        ExplicitMatrixFactorization(
            configuration: .init(
                training: TrainingConfiguration(factors: factors, epochs: 1, learningRate: 0.05, regularization: 0.1),
                usesBiases: usesBiases),
            userIDs: data.userIDs, itemIDs: data.itemIDs,
            userFactors: FactorMatrix(rowCount: 1, columnCount: factors, values: DefenseFixtures.gaussian(factors, seed: 3)),
            itemFactors: FactorMatrix(rowCount: 1, columnCount: factors, values: DefenseFixtures.gaussian(factors, seed: 4)),
            userBiases: usesBiases ? [0.2] : [0], itemBiases: usesBiases ? [-0.1] : [0], globalMean: usesBiases ? 3.5 : 0,
            ratingRange: 1...5)
    }

    @Test(arguments: [(1, true), (4, false), (16, true), (35, true)])
    func oneKernelStepFollowsTheObjectivesGradient(factors: Int, usesBiases: Bool) throws {
        let data = try DefenseFixtures.oneRating()
        let before = Self.model(data, factors: factors, usesBiases: usesBiases)
        let after = try AdversarialExplicitMF.fineTune(before, on: data, adversarial: Self.adversarial)
        let (bu, bi) = usesBiases ? (Float(0.2), Float(-0.1)) : (0, 0)
        let objective = AdversarialExplicitMF.objective(
            rating: 4, user: before.userFactors.values, item: before.itemFactors.values,
            offset: usesBiases ? (3.5 + bu) + bi : 0, userBias: bu, itemBias: bi, regularization: 0.1,
            adversarial: Self.adversarial)
        let expectedUser = zip(before.userFactors.values, objective.user).map { $0 - 0.05 * $1 }
        let expectedItem = zip(before.itemFactors.values, objective.item).map { $0 - 0.05 * $1 }
        for (actual, wanted) in zip(after.userFactors.values + after.itemFactors.values, expectedUser + expectedItem) {
            #expect(actual.isApproximatelyEqual(to: wanted, absoluteTolerance: 2e-5))
        }
        if usesBiases {
            #expect(after.userBiases[0].isApproximatelyEqual(to: bu - 0.05 * objective.userBias, absoluteTolerance: 2e-5))
            #expect(after.itemBiases[0].isApproximatelyEqual(to: bi - 0.05 * objective.itemBias, absoluteTolerance: 2e-5))
        }
    }

    @Test func zeroAdversarialWeightIsPlainMFBitForBit() throws {
        let data = Checkerboard(size: 8).rated()
        let configuration = ExplicitMatrixFactorization.Configuration(
            training: TrainingConfiguration(factors: 20, epochs: 2, learningRate: 0.01, seed: 6))
        let plain = try ExplicitMatrixFactorization.train(on: data, configuration: configuration)
        var first = configuration
        first.training.epochs = 1
        let continued = try AdversarialExplicitMF.fineTune(
            try ExplicitMatrixFactorization.train(on: data, configuration: first), on: data,
            adversarial: AdversarialTrainingConfiguration(adversarialWeight: 0, epochs: 1), firstEpoch: 1)
        #expect(continued.userFactors == plain.userFactors && continued.itemFactors == plain.itemFactors)
        #expect(continued.userBiases == plain.userBiases && continued.itemBiases == plain.itemBiases)
    }

    @Test func trainingReportsBothPhasesAndRejectsUnratedData() throws {
        var epochs: [Int] = []
        _ = try AdversarialExplicitMF.train(
            on: Checkerboard(size: 6).rated(),
            configuration: .init(training: TrainingConfiguration(factors: 4, epochs: 2)),
            adversarial: AdversarialTrainingConfiguration(epochs: 3)
        ) { report in
            epochs.append(report.epoch)
            return .continue
        }
        #expect(epochs == [1, 2, 3, 4, 5])
        #expect(throws: ModelError.self) { try AdversarialExplicitMF.train(on: Checkerboard(size: 6).implicit) }
    }
}
