import Numerics
import RecShieldTestSupport
import Testing
@testable import RecShieldAdversarial
@testable import RecShieldCore

@Suite struct AMRTests {
    static let adversarial = AdversarialTrainingConfiguration(epsilon: 0.4, adversarialWeight: 0.8, epochs: 1)

    static func configuration() -> VBPR.Configuration {
        var configuration = VBPR.Configuration()
        configuration.factors = 3
        configuration.contentFactors = 2
        configuration.learningRate = 0.1
        configuration.regularization = 0.03
        configuration.biasRegularization = 0.02
        configuration.contentRegularization = 0.01
        configuration.initialDeviation = 0.5
        configuration.seed = 8
        return configuration
    }

    static func features(items: Int, dimension: Int = 5, seed: UInt64 = 2) -> ItemFeatureMatrix {
        ItemFeatureMatrix(
            dimension: dimension, values: DefenseFixtures.gaussian(items * dimension, deviation: 0.8, seed: seed),
            hasFeatures: [Bool](repeating: true, count: items))
    }

    /// A model whose biases and feature biases are non-zero, so every term of the score matters.
    static func model(users: Int, items: Int) throws -> VBPR {
        var model = try VBPR(userCount: users, features: features(items: items), configuration: configuration())
        model.itemBiases = DefenseFixtures.gaussian(items, deviation: 0.3, seed: 5)
        model.featureBiases = DefenseFixtures.gaussian(5, deviation: 0.3, seed: 6)
        return model
    }

    @Test func featurePerturbationsAreEpsilonAlongEachItemsLossGradient() throws {
        let model = try Self.model(users: 2, items: 4)
        let objective = AMR.objective(model: model, user: 1, positive: 2, negative: 0, adversarial: Self.adversarial)
        // ∂ℓ/∂f_i by central differences on the positive item's feature row.
        let f = model.featureDimension
        let row = Array(model.features[(2 * f)..<(3 * f)])
        let numeric = FiniteDifference.gradient(at: row) { values in
            var probe = model
            var features = model.features
            features.replaceSubrange((2 * f)..<(3 * f), with: values)
            probe.features = features
            return probe.gradients(user: 1, positive: 2, negative: 0).loss
        }
        let norm = numeric.reduce(0) { $0 + $1 * $1 }.squareRoot()
        #expect(FiniteDifference.maximumRelativeError(
            objective.positiveFeaturePerturbation.map(Double.init), numeric.map { 0.4 * $0 / norm }) < 1e-2)
        #expect(zip(objective.positiveFeaturePerturbation, objective.negativeFeaturePerturbation).allSatisfy { $0 == -$1 })
        #expect(objective.perturbed.loss > objective.clean.loss, "the perturbation must raise the loss")
    }

    @Test func oneStepFollowsTheObjectivesGradientWithVBPRsPenalties() throws {
        let model = try Self.model(users: 1, items: 2)
        let objective = AMR.objective(model: model, user: 0, positive: 0, negative: 1, adversarial: Self.adversarial)
        var trainer = AMRTrainer(model: model, configuration: Self.configuration(), adversarial: Self.adversarial)
        let loss = trainer.step(user: 0, positive: 0, negative: 1)
        let after = trainer.model
        #expect(Double(loss).isApproximatelyEqual(to: objective.loss, relativeTolerance: 1e-4))
        let (alpha, lambda): (Float, Float) = (0.1, 0.8)
        func expected(_ old: [Float], _ clean: [Float], _ perturbed: [Float], penalty: Float) -> [Float] {
            old.indices.map { old[$0] - alpha * (clean[$0] + lambda * perturbed[$0] + penalty * old[$0]) }
        }
        let c = objective.clean
        let p = objective.perturbed
        let checks: [([Float], [Float])] = [
            (after.userFactors, expected(model.userFactors, c.userFactors, p.userFactors, penalty: 0.03)),
            (after.itemFactors, expected(
                model.itemFactors, c.positiveItemFactors + c.negativeItemFactors,
                p.positiveItemFactors + p.negativeItemFactors, penalty: 0.03)),
            (after.itemBiases, expected(
                model.itemBiases, [c.positiveItemBias, c.negativeItemBias], [p.positiveItemBias, p.negativeItemBias],
                penalty: 0.02)),
            (after.userContentFactors, expected(
                model.userContentFactors, c.userContentFactors, p.userContentFactors, penalty: 0.03)),
            (after.projection, expected(model.projection, c.projection, p.projection, penalty: 0.01)),
            (after.featureBiases, expected(model.featureBiases, c.featureBiases, p.featureBiases, penalty: 0.01)),
        ]
        for (actual, wanted) in checks {
            #expect(zip(actual, wanted).allSatisfy { $0.isApproximatelyEqual(to: $1, absoluteTolerance: 1e-5) },
                    "\(actual) vs \(wanted)")
        }
        #expect(after.features == model.features, "the perturbation is never stored")
    }

    @Test func zeroAdversarialWeightContinuesVBPRsOwnTraining() throws {
        let interactions = DefenseFixtures.twoGroups(users: 8, items: 6, perUser: 2).byUser()
        let features = Self.features(items: 6)
        var configuration = Self.configuration()
        configuration.epochs = 2
        let plain = try VBPR.train(on: interactions, features: features, configuration: configuration)
        configuration.epochs = 1
        let pretrained = try VBPR.train(on: interactions, features: features, configuration: configuration)
        let continued = try AMR.fineTune(
            pretrained, on: interactions, configuration: configuration,
            adversarial: AdversarialTrainingConfiguration(adversarialWeight: 0, epochs: 1), firstEpoch: 1)
        // The same triples in the same order; only the rounding of the content term differs.
        #expect(zip(continued.userContentFactors, plain.userContentFactors).allSatisfy {
            $0.isApproximatelyEqual(to: $1, absoluteTolerance: 1e-5)
        })
        #expect(zip(continued.projection, plain.projection).allSatisfy { $0.isApproximatelyEqual(to: $1, absoluteTolerance: 1e-5) })
    }

    @Test func trainingNumbersEpochsOnAndIsDeterministic() throws {
        let interactions = DefenseFixtures.twoGroups(users: 8, items: 6, perUser: 2).byUser()
        var configuration = Self.configuration()
        configuration.epochs = 2
        var epochs: [Int] = []
        let first = try AMR.train(
            on: interactions, features: Self.features(items: 6), configuration: configuration,
            adversarial: AdversarialTrainingConfiguration(epochs: 2)
        ) { epoch, _ in
            epochs.append(epoch)
            return true
        }
        let second = try AMR.train(
            on: interactions, features: Self.features(items: 6), configuration: configuration,
            adversarial: AdversarialTrainingConfiguration(epochs: 2))
        #expect(epochs == [1, 2, 3, 4])
        #expect(first == second)
    }
}
