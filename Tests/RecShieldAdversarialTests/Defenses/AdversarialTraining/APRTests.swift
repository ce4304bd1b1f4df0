import Foundation
import Numerics
import RecShieldTestSupport
import Testing
@testable import RecShieldAdversarial
@testable import RecShieldCore

@Suite struct APRTests {
    /// `−ln σ(u·(v_i − v_j) + b_i − b_j)` over `[u, v_i, v_j, b_i, b_j]`, in `Double`.
    static func dataLoss(_ p: [Double], factors d: Int) -> Double {
        var x = p[3 * d] - p[3 * d + 1]
        for k in 0..<d { x += p[k] * (p[d + k] - p[2 * d + k]) }
        return log(1 + exp(-x))
    }

    static func split(_ values: [Float], factors d: Int) -> (u: [Float], vi: [Float], vj: [Float], bi: Float, bj: Float) {
        (Array(values[0..<d]), Array(values[d..<(2 * d)]), Array(values[(2 * d)..<(3 * d)]), values[3 * d], values[3 * d + 1])
    }

    static let adversarial = AdversarialTrainingConfiguration(epsilon: 0.4, adversarialWeight: 1.5, epochs: 1)
}

// MARK: - The objective

extension APRTests {
    @Test(arguments: [3, 8, 17])
    func perturbationIsEpsilonTimesEachRowsNormalisedLossGradient(factors: Int) {
        let values = DefenseFixtures.gaussian(3 * factors + 2, seed: UInt64(factors))
        let p = Self.split(values, factors: factors)
        let objective = APR.objective(
            user: p.u, positiveItem: p.vi, negativeItem: p.vj, positiveBias: p.bi, negativeBias: p.bj,
            regularization: 0.01, adversarial: Self.adversarial)
        // g = ∂ℓ(Θ + Δ)/∂Δ at Δ = 0 is the data loss's gradient at Θ; take it numerically.
        let numeric = FiniteDifference.gradient(at: values.map(Double.init)) { Self.dataLoss($0, factors: factors) }
        let rows = [objective.userPerturbation, objective.positivePerturbation, objective.negativePerturbation]
        for (row, perturbation) in rows.enumerated() {
            let g = Array(numeric[(row * factors)..<((row + 1) * factors)])
            let norm = g.reduce(0) { $0 + $1 * $1 }.squareRoot()
            let expected = g.map { 0.4 * $0 / norm }
            #expect(FiniteDifference.maximumRelativeError(perturbation.map(Double.init), expected) < 1e-4)
        }
        #expect(objective.adversarialPreference < objective.preference, "the perturbation must lower the preference")
    }

    @Test(arguments: [2, 16, 19])
    func gradientWithThePerturbationHeldConstantMatchesFiniteDifferences(factors: Int) {
        let values = DefenseFixtures.gaussian(3 * factors + 2, seed: 40 + UInt64(factors))
        let p = Self.split(values, factors: factors)
        let lambda = 0.03
        let objective = APR.objective(
            user: p.u, positiveItem: p.vi, negativeItem: p.vj, positiveBias: p.bi, negativeBias: p.bj,
            regularization: Float(lambda), adversarial: Self.adversarial)
        let delta = (objective.userPerturbation + objective.positivePerturbation + objective.negativePerturbation)
            .map(Double.init) + [0, 0]
        func loss(_ q: [Double]) -> Double {
            Self.dataLoss(q, factors: factors) + 1.5 * Self.dataLoss(zip(q, delta).map(+), factors: factors)
                + lambda * q.reduce(0) { $0 + $1 * $1 }
        }
        let numeric = FiniteDifference.gradient(at: values.map(Double.init), of: loss)
        let analytic = (objective.user + objective.positiveItem + objective.negativeItem
            + [objective.positiveBias, objective.negativeBias]).map(Double.init)
        #expect(FiniteDifference.maximumRelativeError(analytic, numeric) < 1e-4)
        #expect(Double(objective.loss).isApproximatelyEqual(to: loss(values.map(Double.init)), relativeTolerance: 1e-5))
    }

    @Test func zeroGradientRowsAreNotPerturbed() {
        let objective = APR.objective(
            user: [0, 0], positiveItem: [1, 2], negativeItem: [1, 2], positiveBias: 0, negativeBias: 0,
            regularization: 0, adversarial: Self.adversarial)
        #expect(objective.userPerturbation == [0, 0], "v_i = v_j gives ∂ℓ/∂u = 0")
        #expect(objective.positivePerturbation == [0, 0] && objective.negativePerturbation == [0, 0], "u = 0")
    }
}

// MARK: - The kernel

extension APRTests {
    static func parameters(_ model: BPRMatrixFactorization) -> [Float] {
        model.userFactors.values + model.itemFactors.values + model.itemBiases
    }

    @Test(arguments: [(1, Float(0.5), Float(1)), (4, 0.3, 2), (16, 1, 0.5), (35, 0.5, 1)])
    func oneKernelStepFollowsTheObjectivesGradient(factors: Int, epsilon: Float, weight: Float) throws {
        let data = try DefenseFixtures.oneTriple()
        let before = DefenseFixtures.bprModel(data, factors: factors, seed: 9)
        let adversarial = AdversarialTrainingConfiguration(epsilon: epsilon, adversarialWeight: weight, epochs: 1)
        let after = try APR.fineTune(before, on: data, adversarial: adversarial)
        let p = Self.split(Self.parameters(before), factors: factors)
        let objective = APR.objective(
            user: p.u, positiveItem: p.vi, negativeItem: p.vj, positiveBias: p.bi, negativeBias: p.bj,
            regularization: 0.05, adversarial: adversarial)
        let gradient = objective.user + objective.positiveItem + objective.negativeItem
            + [objective.positiveBias, objective.negativeBias]
        let expected = zip(Self.parameters(before), gradient).map { $0 - 0.2 * $1 }
        for (actual, wanted) in zip(Self.parameters(after), expected) {
            #expect(actual.isApproximatelyEqual(to: wanted, absoluteTolerance: 2e-5))
        }
    }

    @Test func zeroAdversarialWeightIsPlainBPRBitForBit() throws {
        let data = Checkerboard(size: 8).implicit
        let configuration = BPRMatrixFactorization.Configuration(
            training: TrainingConfiguration(factors: 20, epochs: 2, learningRate: 0.1, seed: 4))
        let plain = try BPRMatrixFactorization.train(on: data, configuration: configuration)
        var first = configuration
        first.training.epochs = 1
        let pretrained = try BPRMatrixFactorization.train(on: data, configuration: first)
        let continued = try APR.fineTune(
            pretrained, on: data, adversarial: AdversarialTrainingConfiguration(adversarialWeight: 0, epochs: 1),
            firstEpoch: 1)
        #expect(continued.userFactors == plain.userFactors)
        #expect(continued.itemFactors == plain.itemFactors && continued.itemBiases == plain.itemBiases)
    }
}

// MARK: - Training

extension APRTests {
    @Test func trainingReportsPretrainingThenAdversarialEpochsAndIsDeterministic() throws {
        let data = DefenseFixtures.twoGroups()
        let configuration = BPRMatrixFactorization.Configuration(
            training: TrainingConfiguration(factors: 8, epochs: 3, learningRate: 0.1, seed: 2))
        var epochs: [Int] = []
        let first = try APR.train(
            on: data, configuration: configuration, adversarial: AdversarialTrainingConfiguration(epochs: 2)
        ) { report in
            epochs.append(report.epoch)
            return .continue
        }
        let second = try APR.train(on: data, configuration: configuration, adversarial: AdversarialTrainingConfiguration(epochs: 2))
        #expect(epochs == [1, 2, 3, 4, 5])
        #expect(first.userFactors == second.userFactors && first.itemFactors == second.itemFactors)
    }

    @Test func stoppingDuringPretrainingSkipsTheAdversarialPhase() throws {
        var epochs: [Int] = []
        _ = try APR.train(
            on: DefenseFixtures.twoGroups(),
            configuration: .init(training: TrainingConfiguration(factors: 4, epochs: 3)),
            adversarial: AdversarialTrainingConfiguration(epochs: 4)
        ) { report in
            epochs.append(report.epoch)
            return report.epoch == 2 ? .stop : .continue
        }
        #expect(epochs == [1, 2])
    }

    @Test func adamAndBadSettingsAreRejected() throws {
        let data = DefenseFixtures.twoGroups()
        #expect(throws: DefenseError.self) {
            try APR.train(on: data, configuration: .init(optimizer: .adam()))
        }
        #expect(throws: ModelError.self) {
            try APR.train(on: data, adversarial: AdversarialTrainingConfiguration(epsilon: -1))
        }
        #expect(throws: DefenseError.self) {
            try APR.fineTune(DefenseFixtures.bprModel(try DefenseFixtures.oneTriple(), factors: 2, seed: 1), on: data)
        }
    }
}

// MARK: - Robustness

extension APRTests {
    /// FGSM on BPR-MF in APR's convention: the gradient of the summed BPR data loss over one
    /// triple per training pair (seeded negatives) with respect to every user and item row,
    /// each row scaled to norm `ε` and added.
    static func fgsm(_ model: BPRMatrixFactorization, _ data: InteractionDataset, epsilon: Float) -> BPRMatrixFactorization {
        let d = model.factors
        var userGradient = [Float](repeating: 0, count: model.userCount * d)
        var itemGradient = [Float](repeating: 0, count: model.itemCount * d)
        let seen = data.byUser()
        var generator = Xoshiro256StarStar(seed: 77)
        for (user, positive) in zip(data.users.map(Int.init), data.items.map(Int.init)) {
            var negative = generator.nextIndex(below: model.itemCount)
            while seen.contains(row: user, column: negative) { negative = generator.nextIndex(below: model.itemCount) }
            let g = model.gradient(user: user, positive: positive, negative: negative, regularization: 0)
            for k in 0..<d {
                userGradient[user * d + k] += g.user[k]
                itemGradient[positive * d + k] += g.positiveItem[k]
                itemGradient[negative * d + k] += g.negativeItem[k]
            }
        }
        userGradient.withUnsafeMutableBufferPointer {
            AdversarialDirection.scaleRows($0.baseAddress!, rows: model.userCount, width: d, toNorm: epsilon)
        }
        itemGradient.withUnsafeMutableBufferPointer {
            AdversarialDirection.scaleRows($0.baseAddress!, rows: model.itemCount, width: d, toNorm: epsilon)
        }
        return BPRMatrixFactorization(
            configuration: model.configuration, userIDs: model.userIDs, itemIDs: model.itemIDs,
            userFactors: FactorMatrix(
                rowCount: model.userCount, columnCount: d, values: zip(model.userFactors.values, userGradient).map(+)),
            itemFactors: FactorMatrix(
                rowCount: model.itemCount, columnCount: d, values: zip(model.itemFactors.values, itemGradient).map(+)),
            itemBiases: model.itemBiases)
    }

    /// The share of (user, seen item, unseen item) triples the model orders correctly.
    static func trainingAUC(_ model: BPRMatrixFactorization, _ data: InteractionDataset) -> Double {
        let seen = data.byUser()
        var correct = 0
        var total = 0
        for user in 0..<seen.rowCount {
            let scores = model.scores(for: user)
            for positive in seen.columns(ofRow: user) {
                for negative in 0..<model.itemCount where !seen.contains(row: user, column: negative) {
                    total += 1
                    if scores[Int(positive)] > scores[negative] { correct += 1 }
                }
            }
        }
        return Double(correct) / Double(total)
    }

    @Test func aprLosesLessUnderFGSMThanPlainBPR() throws {
        let data = DefenseFixtures.twoGroups(users: 40, items: 30, perUser: 8, seed: 3)
        let configuration = BPRMatrixFactorization.Configuration(
            training: TrainingConfiguration(factors: 8, epochs: 40, learningRate: 0.05, regularization: 0.001, seed: 1))
        var longer = configuration
        longer.training.epochs = 80
        let plain = try BPRMatrixFactorization.train(on: data, configuration: longer)
        let defended = try APR.train(on: data, configuration: configuration, adversarial: AdversarialTrainingConfiguration(epochs: 40))
        for epsilon: Float in [0.5, 1] {
            let plainDrop = Self.trainingAUC(plain, data) - Self.trainingAUC(Self.fgsm(plain, data, epsilon: epsilon), data)
            let aprDrop = Self.trainingAUC(defended, data) - Self.trainingAUC(Self.fgsm(defended, data, epsilon: epsilon), data)
            // Measured at this seed: plain BPR loses 0.024 / 0.071 AUC, APR 0.013 / 0.036.
            #expect(aprDrop < 0.7 * plainDrop, "ε \(epsilon): APR lost \(aprDrop) AUC, plain BPR \(plainDrop)")
        }
    }
}
