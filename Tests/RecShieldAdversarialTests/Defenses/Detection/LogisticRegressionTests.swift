import Numerics
import RecShieldCore
import RecShieldTestSupport
import Testing
@testable import RecShieldAdversarial

@Suite struct LogisticRegressionTests {
    /// Six rows of two features; fake rows lean to large first features.
    static let rows: [Double] = [2, 0.5, 1.5, -1, 0.5, 1, -1, 0.2, -0.5, -1, -2, 0.3]
    static let labels = [true, true, true, false, false, false]

    @Test func theGradientMatchesFiniteDifferences() {
        let weights = [1.0, 2.0, 1.0, 1.0, 3.0, 1.0]
        let model = LogisticRegression(weights: [0.4, -0.7], bias: 0.2)
        let analytic = model.objective(rows: Self.rows, labels: Self.labels, sampleWeights: weights, l2: 0.3)
        let numeric = FiniteDifference.gradient(at: [0.4, -0.7, 0.2]) { point in
            LogisticRegression(weights: Array(point.prefix(2)), bias: point[2])
                .objective(rows: Self.rows, labels: Self.labels, sampleWeights: weights, l2: 0.3).loss
        }
        let gradient = analytic.weights + [analytic.bias]
        #expect(FiniteDifference.maximumRelativeError(gradient, numeric) < 1e-6)
    }

    @Test func fittingReachesAStationaryPointThatSeparatesTheClasses() {
        let configuration = LogisticRegression.Configuration(l2: 0.1, iterations: 5_000, tolerance: 1e-9)
        let model = LogisticRegression(fitting: Self.rows, width: 2, labels: Self.labels, configuration: configuration)
        let gradient = model.objective(
            rows: Self.rows, labels: Self.labels, sampleWeights: ClassBalance.weights(Self.labels), l2: 0.1)
        #expect((gradient.weights + [gradient.bias]).allSatisfy { abs($0) < 1e-6 })
        let logits = (0..<6).map { model.logit(Self.rows[($0 * 2)..<($0 * 2 + 2)]) }
        let signs = logits.map { $0 > 0 }
        #expect(signs == Self.labels)
    }

    @Test func classWeightsGiveEachClassHalfTheWeight() {
        // 1 fake, 3 real of 4: the fake row weighs 4/2, each real row 4/6.
        let real: Double = 4.0 / 6
        #expect(ClassBalance.weights([true, false, false, false]) == [2, real, real, real])
    }

    @Test func sigmoidIsStableAtBothEnds() {
        #expect(LogisticRegression.sigmoid(0) == 0.5)
        #expect(LogisticRegression.sigmoid(-800) == 0 && LogisticRegression.sigmoid(800) == 1)
    }

    @Test func invalidSettingsAreRejected() {
        #expect(throws: DataError.self) { try LogisticRegression.Configuration(l2: -1).validate() }
        #expect(throws: DataError.self) { try LogisticRegression.Configuration(iterations: 0).validate() }
    }
}
