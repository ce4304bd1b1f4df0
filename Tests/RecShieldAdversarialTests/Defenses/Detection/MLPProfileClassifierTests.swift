import RecShieldCore
import Testing
@testable import RecShieldAdversarial

@Suite struct MLPProfileClassifierTests {
    /// XOR of the signs of two features: no linear model separates it.
    static let rows: [Double] = [1, 1, -1, -1, 1, -1, -1, 1, 0.8, 1.2, -1.2, -0.8, 1.1, -0.9, -0.9, 1.1]
    static let labels = [false, false, true, true, false, false, true, true]

    @Test func learnsANonLinearBoundary() {
        let configuration = MLPProfileClassifier.Configuration(hiddenLayers: [8], epochs: 300, batchSize: 4, learningRate: 0.05, seed: 3)
        let model = MLPProfileClassifier(fitting: Self.rows, width: 2, labels: Self.labels, configuration: configuration)
        let logits = model.logits(Self.rows)
        for (logit, label) in zip(logits, Self.labels) { #expect((logit > 0) == label) }
    }

    @Test func theSameSeedGivesTheSameNetwork() {
        let configuration = MLPProfileClassifier.Configuration(hiddenLayers: [4], epochs: 5, batchSize: 3, seed: 9)
        let first = MLPProfileClassifier(fitting: Self.rows, width: 2, labels: Self.labels, configuration: configuration)
        let again = MLPProfileClassifier(fitting: Self.rows, width: 2, labels: Self.labels, configuration: configuration)
        var other = configuration
        other.seed = 10
        #expect(first == again)
        #expect(first != MLPProfileClassifier(fitting: Self.rows, width: 2, labels: Self.labels, configuration: other))
    }

    @Test func invalidSettingsAreRejected() {
        #expect(throws: DataError.self) { try MLPProfileClassifier.Configuration(hiddenLayers: [0]).validate() }
        #expect(throws: DataError.self) { try MLPProfileClassifier.Configuration(learningRate: 0).validate() }
        #expect(throws: DataError.self) { try MLPProfileClassifier.Configuration(epochs: 0).validate() }
    }
}
