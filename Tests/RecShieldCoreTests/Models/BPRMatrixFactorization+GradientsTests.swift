import Foundation
import Numerics
import RecShieldTestSupport
import Testing
@testable import RecShieldCore

@Suite struct BPRMatrixFactorizationGradientsTests {
    /// The BPR loss written independently in `Double` from the paper's definition:
    /// `−ln σ(u·(v_i − v_j) + b_i − b_j) + λ(‖u‖² + ‖v_i‖² + ‖v_j‖² + b_i² + b_j²)`, over the
    /// parameters packed as `[u, v_i, v_j, b_i, b_j]`.
    static func loss(_ p: [Double], factors d: Int, lambda: Double) -> Double {
        let u = p[0..<d], vi = p[d..<(2 * d)], vj = p[(2 * d)..<(3 * d)]
        let bi = p[3 * d], bj = p[3 * d + 1]
        var x = bi - bj
        for k in 0..<d { x += u[k] * (vi[d + k] - vj[2 * d + k]) }
        return log(1 + exp(-x)) + lambda * p.reduce(0) { $0 + $1 * $1 }
    }

    @Test(arguments: [(factors: 3, lambda: Float(0)), (5, 0.01), (16, 0.1), (19, 0.03)])
    func analyticGradientMatchesCentralFiniteDifferences(factors: Int, lambda: Float) {
        var generator = Xoshiro256StarStar(seed: UInt64(factors))
        let values = (0..<(3 * factors + 2)).map { _ in Float(0.5 * generator.nextGaussian()) }
        let u = Array(values[0..<factors])
        let vi = Array(values[factors..<(2 * factors)])
        let vj = Array(values[(2 * factors)..<(3 * factors)])
        let gradient = BPRMatrixFactorization.gradient(
            user: u, positiveItem: vi, negativeItem: vj,
            positiveBias: values[3 * factors], negativeBias: values[3 * factors + 1], regularization: lambda)
        let analytic = (gradient.user + gradient.positiveItem + gradient.negativeItem
            + [gradient.positiveBias, gradient.negativeBias]).map(Double.init)
        let numeric = FiniteDifference.gradient(at: values.map(Double.init)) {
            Self.loss($0, factors: factors, lambda: Double(lambda))
        }
        #expect(FiniteDifference.maximumRelativeError(analytic, numeric) < 1e-4)
        let expectedLoss = Float(Self.loss(values.map(Double.init), factors: factors, lambda: Double(lambda)))
        #expect(gradient.loss.isApproximatelyEqual(to: expectedLoss, relativeTolerance: 1e-5))
    }

    @Test(arguments: [Float(-200), -30, 0, 30, 200])
    func lossStaysFiniteForExtremePreferences(preference: Float) {
        let gradient = BPRMatrixFactorization.gradient(
            user: [1], positiveItem: [preference], negativeItem: [0], positiveBias: 0, negativeBias: 0,
            regularization: 0)
        #expect(gradient.loss.isFinite)
        #expect(gradient.loss >= 0)
        #expect(gradient.user.allSatisfy { $0.isFinite })
    }

    @Test func modelGradientUsesItsParametersAndZeroesBiasesItDoesNotLearn() throws {
        let data = Checkerboard(size: 4).implicit
        var configuration = BPRMatrixFactorization.Configuration(
            training: TrainingConfiguration(factors: 4, epochs: 1, seed: 3), usesItemBiases: false)
        let model = try BPRMatrixFactorization.train(on: data, configuration: configuration)
        let fromModel = model.gradient(user: 0, positive: 1, negative: 2)
        let direct = BPRMatrixFactorization.gradient(
            user: model.userFactors.row(0), positiveItem: model.itemFactors.row(1),
            negativeItem: model.itemFactors.row(2), positiveBias: 0, negativeBias: 0,
            regularization: configuration.training.regularization)
        #expect(fromModel.user == direct.user && fromModel.negativeItem == direct.negativeItem)
        #expect(fromModel.positiveBias == 0 && fromModel.negativeBias == 0)
        #expect(fromModel.preference.isApproximatelyEqual(
            to: model.preference(user: 0, positive: 1, negative: 2), absoluteTolerance: 1e-6))
        configuration.usesItemBiases = true
        let withBiases = try BPRMatrixFactorization.train(on: data, configuration: configuration)
        #expect(withBiases.gradient(user: 0, positive: 1, negative: 2).negativeBias != 0)
    }
}
