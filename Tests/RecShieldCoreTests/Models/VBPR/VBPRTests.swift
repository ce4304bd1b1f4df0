import Numerics
import RecShieldTestSupport
import Testing
@testable import RecShieldCore

@Suite struct VBPRTests {
    /// 3 users, 4 items, K = 3, K′ = 2, F = 3; large factors, non-zero biases and dense features
    /// so every gradient is well away from zero. Item 3 has no features.
    static func model(seed: UInt64 = 5) throws -> VBPR {
        var configuration = VBPR.Configuration()
        configuration.factors = 3
        configuration.contentFactors = 2
        configuration.initialDeviation = 0.7
        configuration.seed = seed
        var rng = Xoshiro256StarStar(seed: seed, stream: 77)
        let values = (0..<12).map { $0 < 9 ? Float(rng.nextGaussian()) : 0 }
        let features = ItemFeatureMatrix(dimension: 3, values: values, hasFeatures: [true, true, true, false])
        var model = try VBPR(userCount: 3, features: features, configuration: configuration)
        model.itemBiases = [0.3, -0.2, 0.1, 0.4]
        model.featureBiases = [0.5, -0.4, 0.3]
        return model
    }

    /// `−ln σ(x̂_ui − x̂_uj)` in `Double`.
    static func loss(_ model: VBPR, _ user: Int, _ positive: Int, _ negative: Int) -> Double {
        let difference = Double(model.score(user: user, item: positive)) - Double(model.score(user: user, item: negative))
        return Double.log(onePlus: Double.exp(-difference))
    }

    static func expectMatch(
        _ analytic: [Float], _ numeric: [Double], _ label: String, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        #expect(numeric.contains { abs($0) > 0.02 }, "\(label): fixture gradients are too small", sourceLocation: sourceLocation)
        let bad = FiniteDifference.mismatches(analytic, numeric, relativeTolerance: 2e-2, absoluteTolerance: 2e-3)
        #expect(bad.isEmpty, "\(label): analytic \(analytic) numeric \(numeric)", sourceLocation: sourceLocation)
    }

    @Test func initializationIsSeededAndShaped() throws {
        let features = ItemFeatureMatrix(dimension: 5, values: [Float](repeating: 0.5, count: 35), hasFeatures: Array(repeating: true, count: 7))
        let a = try VBPR(userCount: 4, features: features)
        #expect(a == (try VBPR(userCount: 4, features: features)))
        var other = VBPR.Configuration()
        other.seed = 1
        #expect(a.userFactors != (try VBPR(userCount: 4, features: features, configuration: other)).userFactors)
        #expect(a.userFactors.count == 4 * 32 && a.itemFactors.count == 7 * 32 && a.userContentFactors.count == 4 * 32)
        #expect(a.projection.count == 32 * 5 && a.featureBiases == [0, 0, 0, 0, 0] && a.itemBiases.allSatisfy { $0 == 0 })
        #expect(a.parameterCount == 7 + 4 * 32 + 7 * 32 + 4 * 32 + 32 * 5 + 5)
    }

    @Test func rejectsBadSettingsAndFeatures() {
        var configuration = VBPR.Configuration()
        configuration.contentFactors = 0
        let features = ItemFeatureMatrix(dimension: 2, values: [1, 2], hasFeatures: [true])
        #expect(throws: VBPR.ConfigurationError.invalidSetting(
            name: "content_factors", value: "0", requirement: "a positive integer")) {
            try VBPR(userCount: 1, features: features, configuration: configuration)
        }
        let empty = ItemFeatureMatrix(dimension: 0, values: [], hasFeatures: [true])
        #expect(throws: VBPR.ConfigurationError.self) { try VBPR(userCount: 1, features: empty) }
        let train = SparseMatrix(rowCount: 1, columnCount: 3, rows: [0], columns: [1], values: nil)
        #expect(throws: VBPR.ConfigurationError.self) { try VBPRTrainer(interactions: train, features: features) }
    }

    @Test func scoreFollowsTheDefinition() throws {
        let model = try Self.model()
        let (u, i) = (1, 2)
        var expected = Double(model.itemBiases[i])
        for k in 0..<3 { expected += Double(model.userFactors[u * 3 + k]) * Double(model.itemFactors[i * 3 + k]) }
        for k in 0..<2 {
            var projected = 0.0
            for d in 0..<3 { projected += Double(model.projection[k * 3 + d]) * Double(model.features[i * 3 + d]) }
            expected += Double(model.userContentFactors[u * 2 + k]) * projected
        }
        for d in 0..<3 { expected += Double(model.featureBiases[d]) * Double(model.features[i * 3 + d]) }
        #expect(Double(model.score(user: u, item: i)).isApproximatelyEqual(to: expected, absoluteTolerance: 1e-5))
        for user in 0..<3 {
            let row = model.scores(for: user)
            for item in 0..<4 { #expect(row[item] == model.score(user: user, item: item)) }
        }
    }

    @Test func settingContentParametersRefreshesTheCache() throws {
        var model = try Self.model()
        let before = model.score(user: 0, item: 3)
        // Item 3 has no features: only β and γ count, whatever E and β′ are.
        model.projection = model.projection.map { $0 * 2 }
        #expect(model.score(user: 0, item: 3) == before)
        var features = model.features
        features[9] = 1
        model.features = features
        #expect(model.featureBiasScores[3] == model.featureBiases[0])
        #expect(model.score(user: 0, item: 3) != before)
    }
}

// MARK: - Gradients

extension VBPRTests {
    static let triples: [(user: Int, positive: Int, negative: Int)] = [(0, 1, 2), (2, 0, 3), (1, 3, 2)]

    @Test(arguments: triples.indices)
    func embeddingAndBiasGradientsMatchFiniteDifferences(triple: Int) throws {
        let model = try Self.model()
        let (u, i, j) = Self.triples[triple]
        let g = model.gradients(user: u, positive: i, negative: j)
        #expect(g.loss.isApproximatelyEqual(to: Self.loss(model, u, i, j), relativeTolerance: 1e-5))
        let cases: [(WritableKeyPath<VBPR, [Float]>, Int, Int, [Float], String)] = [
            (\.userFactors, u, 3, g.userFactors, "γ_u"),
            (\.itemFactors, i, 3, g.positiveItemFactors, "γ_i"),
            (\.itemFactors, j, 3, g.negativeItemFactors, "γ_j"),
            (\.userContentFactors, u, 2, g.userContentFactors, "θ_u"),
            (\.itemBiases, i, 1, [g.positiveItemBias], "β_i"),
            (\.itemBiases, j, 1, [g.negativeItemBias], "β_j"),
        ]
        for (path, row, width, analytic, label) in cases {
            let start = model[keyPath: path].startIndex + row * width
            let point = Array(model[keyPath: path][start..<(start + width)])
            let numeric = FiniteDifference.gradient(at: point, step: 1e-2) { values in
                var probe = model
                probe[keyPath: path].replaceSubrange(start..<(start + width), with: values)
                return Self.loss(probe, u, i, j)
            }
            Self.expectMatch(analytic, numeric, label)
        }
    }

    @Test(arguments: triples.indices)
    func contentGradientsMatchFiniteDifferences(triple: Int) throws {
        let model = try Self.model()
        let (u, i, j) = Self.triples[triple]
        let g = model.gradients(user: u, positive: i, negative: j)
        let projection = FiniteDifference.gradient(at: model.projection, step: 1e-2) { values in
            var probe = model
            probe.projection = values
            return Self.loss(probe, u, i, j)
        }
        Self.expectMatch(g.projection, projection, "E")
        let featureBiases = FiniteDifference.gradient(at: model.featureBiases, step: 1e-2) { values in
            var probe = model
            probe.featureBiases = values
            return Self.loss(probe, u, i, j)
        }
        Self.expectMatch(g.featureBiases, featureBiases, "β′")
        for (item, analytic, label) in [(i, g.positiveItemFeatures, "f_i"), (j, g.negativeItemFeatures, "f_j")] {
            let numeric = FiniteDifference.gradient(at: Array(model.features[(item * 3)..<(item * 3 + 3)]), step: 1e-2) { values in
                var probe = model
                probe.features.replaceSubrange((item * 3)..<(item * 3 + 3), with: values)
                return Self.loss(probe, u, i, j)
            }
            Self.expectMatch(analytic, numeric, label)
        }
    }

    @Test func featureGradientsSumTheTriplesAndMatchFiniteDifferences() throws {
        let model = try Self.model()
        let users = Self.triples.map { Int32($0.user) }
        let positives = Self.triples.map { Int32($0.positive) }
        let negatives = Self.triples.map { Int32($0.negative) }
        let batch = model.featureGradients(users: users, positives: positives, negatives: negatives)
        var summed = [Float](repeating: 0, count: 12)
        var loss = 0.0
        for (u, i, j) in Self.triples {
            let g = model.gradients(user: u, positive: i, negative: j)
            loss += g.loss
            for d in 0..<3 {
                summed[i * 3 + d] += g.positiveItemFeatures[d]
                summed[j * 3 + d] += g.negativeItemFeatures[d]
            }
        }
        #expect(batch.loss.isApproximatelyEqual(to: loss, relativeTolerance: 1e-6))
        for (a, b) in zip(batch.features, summed) { #expect(a.isApproximatelyEqual(to: b, absoluteTolerance: 1e-6)) }
        let numeric = FiniteDifference.gradient(at: model.features, step: 1e-2) { values in
            var probe = model
            probe.features = values
            return Self.triples.reduce(0) { $0 + Self.loss(probe, $1.user, $1.positive, $1.negative) }
        }
        Self.expectMatch(batch.features, numeric, "∂L/∂f")
    }
}
