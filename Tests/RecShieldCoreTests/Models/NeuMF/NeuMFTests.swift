import Numerics
import RecShieldTestSupport
import Testing
@testable import RecShieldCore

@Suite struct NeuMFTests {
    /// 3 users, 4 items, GMF 3, MLP 2 per side, tower [4, 3]; large embeddings and non-zero biases
    /// so every gradient is well away from zero.
    static func model(seed: UInt64 = 31) throws -> NeuMF {
        var configuration = NeuMF.Configuration()
        configuration.gmfDimension = 3
        configuration.mlpDimension = 2
        configuration.hiddenLayers = [4, 3]
        configuration.embeddingDeviation = 0.8
        configuration.seed = seed
        var model = try NeuMF(userCount: 3, itemCount: 4, configuration: configuration)
        var rng = Xoshiro256StarStar(seed: seed, stream: 99)
        for index in model.tower.parameters.indices where model.tower.parameters[index] == 0 {
            model.tower.parameters[index] = 0.2 + 0.3 * rng.nextUnitFloat()
        }
        model.prediction.parameters[model.prediction.parameterCount - 1] = -0.3
        return model
    }

    // Samples with repeated users and items, both labels.
    static let users: [Int32] = [0, 1, 2, 0, 1]
    static let items: [Int32] = [0, 1, 3, 2, 1]
    static let labels: [Float] = [1, 0, 1, 0, 1]

    static func loss(_ model: NeuMF) -> Double {
        zip(model.logits(users: users, items: items), labels).reduce(0) {
            $0 + Double(BinaryCrossEntropy.loss(logit: $1.0, label: $1.1))
        }
    }

    /// Sums per-sample gradient rows into a table-shaped gradient.
    static func tableGradient(_ perSample: [Float], indices: [Int32], rows: Int, width: Int) -> [Float] {
        var table = [Float](repeating: 0, count: rows * width)
        for (sample, row) in indices.enumerated() {
            for d in 0..<width { table[Int(row) * width + d] += perSample[sample * width + d] }
        }
        return table
    }

    @Test func initializationIsSeededAndShaped() throws {
        let a = try NeuMF(userCount: 5, itemCount: 7)
        #expect(a == (try NeuMF(userCount: 5, itemCount: 7)))
        var other = NeuMF.Configuration()
        other.seed = 1
        #expect(a.userGMF != (try NeuMF(userCount: 5, itemCount: 7, configuration: other)).userGMF)
        #expect(a.userGMF.count == 5 * 16 && a.itemMLP.count == 7 * 32)
        #expect(a.tower.layers.map(\.outputCount) == [64, 32, 16])
        #expect(a.tower.layers.allSatisfy { $0.activation == .relu })
        #expect(a.prediction.inputCount == 16 + 16 && a.prediction.outputCount == 1)
        #expect(a.parameterCount == 12 * 48 + a.tower.parameterCount + 33)
    }

    @Test func invalidConfigurationThrowsNamingTheSetting() {
        var configuration = NeuMF.Configuration()
        configuration.hiddenLayers = [8, 0]
        #expect(throws: NeuMF.ConfigurationError.invalidSetting(
            name: "hidden_layers", value: "[8, 0]", requirement: "at least one positive width")) {
            try NeuMF(userCount: 2, itemCount: 2, configuration: configuration)
        }
        configuration = NeuMF.Configuration()
        configuration.learningRate = -1
        #expect(throws: NeuMF.ConfigurationError.self) {
            try NeuMFTrainer(interactions: SparseMatrix(rowCount: 1, columnCount: 1, rows: [], columns: [], values: nil),
                             configuration: configuration)
        }
    }

    @Test func logitFollowsTheDefinition() throws {
        let model = try Self.model()
        let (u, i) = (2, 1)
        let gmf = (0..<3).map { model.userGMF[u * 3 + $0] * model.itemGMF[i * 3 + $0] }
        let towerInput = Array(model.userMLP[(u * 2)..<(u * 2 + 2)] + model.itemMLP[(i * 2)..<(i * 2 + 2)])
        let towerOutput = model.tower.predict(towerInput, batchSize: 1)
        let h = model.prediction.parameters
        var expected = Double(h[6])
        for (d, value) in (gmf + towerOutput).enumerated() { expected += Double(h[d]) * Double(value) }
        #expect(Double(model.score(user: u, item: i)).isApproximatelyEqual(to: expected, absoluteTolerance: 1e-5))
    }
}

// MARK: - Scoring

extension NeuMFTests {
    @Test func batchedScoresMatchSinglePairs() throws {
        // 530 items: the scoring loop runs one full batch of 512 and a partial one.
        var configuration = NeuMF.Configuration()
        configuration.gmfDimension = 2
        configuration.mlpDimension = 2
        configuration.hiddenLayers = [3]
        configuration.embeddingDeviation = 0.5
        let model = try NeuMF(userCount: 2, itemCount: 530, configuration: configuration)
        let scores = model.scores(for: 1)
        let items = (0..<530).map(Int32.init)
        let expected = model.logits(users: [Int32](repeating: 1, count: 530), items: items)
        #expect(scores == expected)
        for item in [0, 511, 512, 529] {
            #expect(scores[item].isApproximatelyEqual(to: model.score(user: 1, item: item), absoluteTolerance: 1e-6))
        }
    }
}

// MARK: - Gradients

extension NeuMFTests {
    @Test func lossMatchesGradientReport() throws {
        let model = try Self.model()
        let gradients = model.gradients(users: Self.users, items: Self.items, labels: Self.labels)
        #expect(gradients.loss.isApproximatelyEqual(to: Self.loss(model), relativeTolerance: 1e-6))
    }

    @Test func embeddingGradientsMatchFiniteDifferences() throws {
        let model = try Self.model()
        let g = model.gradients(users: Self.users, items: Self.items, labels: Self.labels)
        let cases: [(WritableKeyPath<NeuMF, [Float]>, [Float], [Int32], Int, Int)] = [
            (\.userGMF, g.userGMF, Self.users, 3, 3),
            (\.itemGMF, g.itemGMF, Self.items, 4, 3),
            (\.userMLP, g.userMLP, Self.users, 3, 2),
            (\.itemMLP, g.itemMLP, Self.items, 4, 2),
        ]
        for (path, perSample, indices, rows, width) in cases {
            let analytic = Self.tableGradient(perSample, indices: indices, rows: rows, width: width)
            let numeric = FiniteDifference.gradient(at: model[keyPath: path]) { table in
                var probe = model
                probe[keyPath: path] = table
                return Self.loss(probe)
            }
            #expect(FiniteDifference.mismatches(analytic, numeric).isEmpty, "\(path): \(analytic) vs \(numeric)")
            #expect(numeric.filter { abs($0) > 0.01 }.count >= numeric.count / 2, "\(path) gradients too small")
        }
    }

    @Test func layerGradientsMatchFiniteDifferences() throws {
        let model = try Self.model()
        let g = model.gradients(users: Self.users, items: Self.items, labels: Self.labels)
        let numericTower = FiniteDifference.gradient(at: model.tower.parameters) { parameters in
            var probe = model
            probe.tower.parameters = parameters
            return Self.loss(probe)
        }
        #expect(FiniteDifference.mismatches(g.tower, numericTower).isEmpty, "\(g.tower) vs \(numericTower)")
        #expect(numericTower.filter { abs($0) > 0.01 }.count >= numericTower.count / 3)
        let numericPrediction = FiniteDifference.gradient(at: model.prediction.parameters) { parameters in
            var probe = model
            probe.prediction.parameters = parameters
            return Self.loss(probe)
        }
        #expect(FiniteDifference.mismatches(g.prediction, numericPrediction).isEmpty)
    }

    @Test func weightedLossAndGradientsScaleEachSampleByItsWeight() throws {
        let model = try Self.model()
        let weights: [Float] = [0.5, 2, 0, 1, 0.25]
        let g = model.gradients(users: Self.users, items: Self.items, labels: Self.labels, weights: weights)
        func weightedLoss(_ model: NeuMF) -> Double {
            zip(zip(model.logits(users: Self.users, items: Self.items), Self.labels), weights).reduce(0) {
                $0 + Double($1.1) * Double(BinaryCrossEntropy.loss(logit: $1.0.0, label: $1.0.1))
            }
        }
        #expect(g.loss.isApproximatelyEqual(to: weightedLoss(model), relativeTolerance: 1e-6))
        let numeric = FiniteDifference.gradient(at: model.tower.parameters) { parameters in
            var probe = model
            probe.tower.parameters = parameters
            return weightedLoss(probe)
        }
        #expect(FiniteDifference.mismatches(g.tower, numeric).isEmpty, "\(g.tower) vs \(numeric)")
        let analytic = Self.tableGradient(g.userGMF, indices: Self.users, rows: 3, width: 3)
        let numericUsers = FiniteDifference.gradient(at: model.userGMF) { table in
            var probe = model
            probe.userGMF = table
            return weightedLoss(probe)
        }
        #expect(FiniteDifference.mismatches(analytic, numericUsers).isEmpty, "\(analytic) vs \(numericUsers)")
        #expect(g.itemMLP[2 * 2] == 0 && g.itemMLP[2 * 2 + 1] == 0, "a zero weight gives no gradient")
    }

    @Test func perSampleGradientsAreEachSamplesOwn() throws {
        let model = try Self.model()
        let batch = model.gradients(users: Self.users, items: Self.items, labels: Self.labels)
        let alone = model.gradients(users: [Self.users[3]], items: [Self.items[3]], labels: [Self.labels[3]])
        for d in 0..<3 {
            #expect(batch.userGMF[3 * 3 + d].isApproximatelyEqual(to: alone.userGMF[d], absoluteTolerance: 1e-6))
        }
        for d in 0..<2 {
            #expect(batch.itemMLP[3 * 2 + d].isApproximatelyEqual(to: alone.itemMLP[d], absoluteTolerance: 1e-6))
        }
    }
}
