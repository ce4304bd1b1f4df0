import Foundation
import RecShieldCore
import Testing
@testable import RecShieldAdversarial

@Suite struct RobustnessCurveTests {
    /// A held-out item per user of the perturbation fixture, rated.
    static let test = SparseMatrix(
        rowCount: 5, columnCount: 6, rows: [0, 1, 2, 3, 4], columns: [2, 4, 3, 0, 5], values: [3, 2, 4, 5, 1])

    func curve(_ method: EmbeddingPerturbation.Method, epsilons: [Float] = [0, 0.5, 2]) throws -> RobustnessCurve {
        try RobustnessCurve.measure(
            try PerturbationFixtures.explicitMF(), name: "explicit-mf",
            perturbation: EmbeddingPerturbation(method: method, budget: PerturbationBudget(epsilon: 0, scale: .absolute), seed: 1),
            epsilons: epsilons, training: PerturbationFixtures.training, test: Self.test,
            metrics: [.rmse, .ranking(.hitRatio(3))], threads: 1)
    }

    @Test func onePointPerEpsilonWithEveryMetricAgainstTheCleanValue() throws {
        let curve = try curve(.fgsm)
        #expect(curve.points.map(\.epsilon) == [0, 0.5, 2])
        #expect(curve.clean.map(\.metric) == ["RMSE", "HR@3"])
        for point in curve.points {
            #expect(point.metrics.map(\.metric) == ["RMSE", "HR@3"])
            #expect(point.metrics.map(\.before) == curve.clean.map(\.value))
            #expect(point.metrics[0].higherIsBetter == false && point.metrics[1].higherIsBetter)
        }
        let zero = curve.points[0]
        #expect(zero.metrics.allSatisfy { $0.after == $0.before } && zero.perturbedRows == 0 && zero.trainingLoss == curve.cleanLoss)
        // FGSM ascends the squared error, so the RMSE on the training ratings' neighbourhood grows.
        #expect(curve.points[2].trainingLoss > curve.points[1].trainingLoss && curve.points[1].trainingLoss > curve.cleanLoss)
        #expect(curve.points[2].meanRowNorm == 2 && curve.points[2].perturbedRows == 11)
        let model = try PerturbationFixtures.explicitMF()
        #expect(curve.clean[0].value == RatingEvaluator(threads: 1).evaluate(model, test: Self.test).rmse)
    }

    @Test func methodAndBudgetAreRecorded() throws {
        let pgd = try curve(.pgd(steps: 4))
        #expect(pgd.method == "pgd" && pgd.steps == 4 && pgd.stepSize == 0.625)
        #expect(pgd.budgetRule == "per row, ‖Δ_r‖₂ ≤ ε (absolute)" && pgd.scale == .absolute && pgd.target == .both)
        let random = try curve(.random)
        #expect(random.method == "random" && random.steps == nil && random.stepSize == nil)
    }

    @Test func jsonUsesSnakeCaseKeys() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let text = String(decoding: try encoder.encode(try curve(.fgsm, epsilons: [1])), as: UTF8.self)
        for key in ["\"budget_rule\"", "\"clean_loss\"", "\"training_loss\"", "\"perturbed_rows\"", "\"mean_row_norm\"",
                    "\"relative_degradation\""] {
            #expect(text.contains(key), "missing \(key)")
        }
        #expect(!text.contains("budgetRule") && !text.contains("meanRowNorm"))
        let decoded = try JSONDecoder().decode(RobustnessCurve.self, from: Data(text.utf8))
        #expect(decoded == (try curve(.fgsm, epsilons: [1])))
    }

    @Test func badCurvesAreRejected() throws {
        #expect(throws: DataError.self) { try curve(.fgsm, epsilons: []) }
        #expect(throws: DataError.self) { try curve(.fgsm, epsilons: [0.5, -1]) }
        #expect(throws: DataError.self) {
            try RobustnessCurve.measure(
                try PerturbationFixtures.explicitMF(), name: "m", perturbation: EmbeddingPerturbation(method: .fgsm, budget: PerturbationBudget(epsilon: 0)),
                epsilons: [1], training: PerturbationFixtures.training, test: Self.test, metrics: [], threads: 1)
        }
    }
}
