import Numerics
import RecShieldCore
import Testing
@testable import RecShieldAdversarial

@Suite struct EmbeddingPerturbationTests {
    let training = PerturbationFixtures.training

    func rows(_ values: [Float], width: Int) -> [[Float]] {
        stride(from: 0, to: values.count, by: width).map { Array(values[$0..<($0 + width)]) }
    }

    @Test func fgsmWithL2MovesEachRowByEpsilonAlongItsGradient() throws {
        let model = try PerturbationFixtures.bpr()
        let attack = EmbeddingPerturbation(
            method: .fgsm, budget: PerturbationBudget(epsilon: 0.2, scale: .absolute, norm: .l2), target: .users, seed: 2)
        let outcome = try attack.apply(to: model, training: training)
        let gradient = model.lossGradient(on: model.lossSamples(from: training, seed: 2)).tables[0]
        for (delta, g) in zip(rows(outcome.deltas[0], width: 3), rows(gradient, width: 3)) {
            let length = PerturbationNorm.l2.norm(of: g)
            for k in 0..<3 { #expect(delta[k].isApproximatelyEqual(to: 0.2 * g[k] / length, relativeTolerance: 1e-5)) }
        }
        #expect(outcome.deltas[1].allSatisfy { $0 == 0 })
        #expect(outcome.perturbedRows == 5)
        #expect(outcome.meanRowNorm.isApproximatelyEqual(to: 0.2, relativeTolerance: 1e-5))
        #expect(outcome.model.userFactors.values == zip(model.userFactors.values, outcome.deltas[0]).map { $0 + $1 })
    }

    @Test func fgsmWithLinfTakesTheSignScaledByTheRelativeRadius() throws {
        let model = try PerturbationFixtures.bpr()
        let attack = EmbeddingPerturbation(
            method: .fgsm, budget: PerturbationBudget(epsilon: 0.5, scale: .relative, norm: .linf), target: .items, seed: 2)
        let outcome = try attack.apply(to: model, training: training)
        let gradient = model.lossGradient(on: model.lossSamples(from: training, seed: 2)).tables[1]
        let clean = rows(model.itemFactors.values, width: 3)
        for (row, (delta, g)) in zip(rows(outcome.deltas[1], width: 3), rows(gradient, width: 3)).enumerated() {
            let radius = 0.5 * PerturbationNorm.linf.norm(of: clean[row])
            for k in 0..<3 { #expect(delta[k] == radius * (g[k] > 0 ? 1 : (g[k] < 0 ? -1 : 0))) }
        }
        #expect(outcome.deltas[0].allSatisfy { $0 == 0 })
    }

    @Test(arguments: PerturbationNorm.allCases)
    func randomNoiseHasThePerRowNormsOfFGSM(norm: PerturbationNorm) throws {
        let model = try PerturbationFixtures.bpr(factors: 4)
        let budget = PerturbationBudget(epsilon: 0.7, scale: .relative, norm: norm)
        let fgsm = try EmbeddingPerturbation(method: .fgsm, budget: budget, target: .both, seed: 3).apply(to: model, training: training)
        let random = try EmbeddingPerturbation(method: .random, budget: budget, target: .both, seed: 3).apply(to: model, training: training)
        for table in 0..<2 {
            for (a, b) in zip(rows(fgsm.deltas[table], width: 4), rows(random.deltas[table], width: 4)) {
                #expect(PerturbationNorm.l2.norm(of: a).isApproximatelyEqual(to: PerturbationNorm.l2.norm(of: b), relativeTolerance: 1e-5))
                #expect(PerturbationNorm.linf.norm(of: a).isApproximatelyEqual(
                    to: PerturbationNorm.linf.norm(of: b), absoluteTolerance: norm == .linf ? 0 : 10, relativeTolerance: 1e-6))
            }
        }
        #expect(random.deltas != fgsm.deltas)
        #expect(random.rowNorms.elementsEqual(fgsm.rowNorms) { $0.isApproximatelyEqual(to: $1, relativeTolerance: 1e-5) })
    }

    /// To first order the loss grows by ε‖g‖ along the FGSM direction and by about 0 along a
    /// random one, so a small FGSM step must raise the training loss more.
    @Test(arguments: PerturbationNorm.allCases)
    func fgsmRaisesTheTrainingLossMoreThanRandomNoise(norm: PerturbationNorm) throws {
        let model = try PerturbationFixtures.bpr(factors: 4)
        let budget = PerturbationBudget(epsilon: 0.1, scale: .relative, norm: norm)
        let fgsm = try EmbeddingPerturbation(method: .fgsm, budget: budget, seed: 1).apply(to: model, training: training)
        let random = try EmbeddingPerturbation(method: .random, budget: budget, seed: 1).apply(to: model, training: training)
        #expect(fgsm.perturbedLoss > fgsm.cleanLoss)
        #expect(fgsm.perturbedLoss - fgsm.cleanLoss > abs(random.perturbedLoss - random.cleanLoss))
    }
}

extension EmbeddingPerturbationTests {
    // MARK: - PGD

    @Test(arguments: PerturbationNorm.allCases)
    func oneFullPGDStepIsFGSM(norm: PerturbationNorm) throws {
        let model = try PerturbationFixtures.bpr()
        let budget = PerturbationBudget(epsilon: 0.3, scale: .relative, norm: norm)
        let fgsm = try EmbeddingPerturbation(method: .fgsm, budget: budget, seed: 4).apply(to: model, training: training)
        let pgd = try EmbeddingPerturbation(method: .pgd(steps: 1, stepSize: 1), budget: budget, seed: 4).apply(to: model, training: training)
        for table in 0..<2 {
            #expect(zip(fgsm.deltas[table], pgd.deltas[table]).allSatisfy { $0.isApproximatelyEqual(to: $1, absoluteTolerance: 1e-7) })
        }
    }

    @Test(arguments: PerturbationNorm.allCases, PerturbationBudget.Scale.allCases)
    func pgdStaysInsideEveryRowBallAndRaisesTheLoss(norm: PerturbationNorm, scale: PerturbationBudget.Scale) throws {
        let model = try PerturbationFixtures.bpr(factors: 4)
        let budget = PerturbationBudget(epsilon: 0.4, scale: scale, norm: norm)
        let outcome = try EmbeddingPerturbation(method: .pgd(steps: 6), budget: budget, seed: 5).apply(to: model, training: training)
        for (table, clean) in model.perturbableTables.enumerated() {
            for (delta, row) in zip(rows(outcome.deltas[table], width: 4), rows(clean.values, width: 4)) {
                let radius = row.withUnsafeBufferPointer { budget.radius(ofRow: $0) }
                #expect(norm.norm(of: delta) <= radius * (1 + 1e-5))
            }
        }
        #expect(outcome.perturbedLoss > outcome.cleanLoss)
    }

    @Test func pgdClimbsAtLeastAsHighAsFGSMOnThisFixture() throws {
        let model = try PerturbationFixtures.bpr(factors: 4)
        let budget = PerturbationBudget(epsilon: 1, scale: .relative, norm: .l2)
        let fgsm = try EmbeddingPerturbation(method: .fgsm, budget: budget, seed: 5).apply(to: model, training: training)
        let pgd = try EmbeddingPerturbation(method: .pgd(steps: 10), budget: budget, seed: 5).apply(to: model, training: training)
        #expect(pgd.perturbedLoss >= fgsm.perturbedLoss)
    }
}

extension EmbeddingPerturbationTests {
    // MARK: - Settings

    @Test(arguments: [EmbeddingPerturbation.Method.random, .fgsm, .pgd(steps: 3)])
    func zeroBudgetLeavesTheModelUnchanged(method: EmbeddingPerturbation.Method) throws {
        let model = try PerturbationFixtures.bpr()
        let outcome = try EmbeddingPerturbation(method: method, budget: PerturbationBudget(epsilon: 0)).apply(to: model, training: training)
        #expect(outcome.model.userFactors == model.userFactors && outcome.model.itemFactors == model.itemFactors)
        #expect(outcome.perturbedRows == 0 && outcome.perturbedLoss == outcome.cleanLoss)
    }

    @Test func aTargetTheModelLacksIsAnError() throws {
        let model = try PerturbationFixtures.bpr()
        let attack = EmbeddingPerturbation(method: .fgsm, budget: PerturbationBudget(epsilon: 1), target: .features)
        #expect(throws: DataError.invalidParameter(
            name: "perturbation target", value: "features", expected: "one of users, items, both for this model")) {
            try attack.apply(to: model, training: training)
        }
    }

    @Test func badSettingsAreRejected() throws {
        let model = try PerturbationFixtures.bpr()
        for method in [EmbeddingPerturbation.Method.pgd(steps: 0), .pgd(steps: 2, stepSize: 0), .pgd(steps: 2, stepSize: .nan)] {
            #expect(throws: DataError.self) {
                try EmbeddingPerturbation(method: method, budget: PerturbationBudget(epsilon: 1)).apply(to: model, training: training)
            }
        }
        #expect(throws: DataError.self) {
            try EmbeddingPerturbation(method: .fgsm, budget: PerturbationBudget(epsilon: -1)).apply(to: model, training: training)
        }
    }

    @Test func featuresOfVBPRArePerturbedWithinTheirBalls() throws {
        let model = try VBPRPerturbableTests.model()
        let budget = PerturbationBudget(epsilon: 0.5, scale: .relative, norm: .l2)
        let outcome = try EmbeddingPerturbation(method: .pgd(steps: 4), budget: budget, target: .features, seed: 1)
            .apply(to: model, training: training)
        #expect(outcome.perturbedLoss > outcome.cleanLoss)
        #expect(outcome.model.features != model.features && outcome.model.userFactors == model.userFactors)
        #expect(throws: DataError.self) {
            try EmbeddingPerturbation(method: .fgsm, budget: budget, target: .users).apply(to: model, training: training)
        }
    }
}
