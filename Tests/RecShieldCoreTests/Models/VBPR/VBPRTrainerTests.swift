import Numerics
import Testing
@testable import RecShieldCore

@Suite struct VBPRTrainerTests {
    /// Two groups of 8 users and 6 items each; each user has every item of their group except
    /// one (user `u` withholds item `u mod 6` of their group), returned as `withheld`. Item 12
    /// belongs to group 0 but nobody has it (a cold item). Features: a noisy one-hot of the group.
    static func checkerboard() -> (train: SparseMatrix, features: ItemFeatureMatrix, withheld: [Int]) {
        var rows: [Int32] = []
        var columns: [Int32] = []
        var withheld: [Int] = []
        for user in 0..<16 {
            let group = user / 8
            let held = group * 6 + user % 6
            withheld.append(held)
            for item in (group * 6)..<(group * 6 + 6) where item != held {
                rows.append(Int32(user))
                columns.append(Int32(item))
            }
        }
        var rng = Xoshiro256StarStar(seed: 3)
        var values: [Float] = []
        for item in 0..<13 {
            let group = item == 12 ? 0 : item / 6
            values += [group == 0 ? 1 : 0, group == 1 ? 1 : 0, 0.2 * rng.nextUnitFloat() - 0.1]
        }
        let features = ItemFeatureMatrix(dimension: 3, values: values, hasFeatures: Array(repeating: true, count: 13))
        let train = SparseMatrix(rowCount: 16, columnCount: 13, rows: rows, columns: columns, values: nil)
        return (train, features, withheld)
    }

    static var smallConfiguration: VBPR.Configuration {
        var configuration = VBPR.Configuration()
        configuration.factors = 4
        configuration.contentFactors = 4
        configuration.epochs = 40
        configuration.learningRate = 0.05
        configuration.seed = 11
        return configuration
    }

    @Test func recoversTheWithheldItemAndRanksTheColdItemByItsFeatures() throws {
        let (train, features, withheld) = Self.checkerboard()
        var losses: [Double] = []
        let model = try VBPR.train(on: train, features: features, configuration: Self.smallConfiguration) { report in
            losses.append(report.loss)
            return .continue
        }
        #expect(losses.count == 40)
        #expect(try #require(losses.last) < 0.5 * losses[0], "loss \(losses)")
        for user in 0..<16 {
            let top = model.recommendations(for: user, count: 2, excluding: train).map(\.item)
            if user < 8 {
                // Group 0 users: the withheld item and the cold item 12 (same features) lead.
                #expect(Set(top) == [withheld[user], 12], "user \(user): \(top)")
            } else {
                #expect(top.first == withheld[user], "user \(user): \(top)")
            }
        }
    }

    @Test func stepAppliesTheVerifiedGradientPlusThePenalty() throws {
        let (train, features, _) = Self.checkerboard()
        var configuration = Self.smallConfiguration
        configuration.initialDeviation = 0.5
        configuration.learningRate = 0.1
        configuration.regularization = 0.2
        configuration.biasRegularization = 0.3
        configuration.contentRegularization = 0.4
        var trainer = try VBPRTrainer(interactions: train, features: features, configuration: configuration)
        let (u, i, j) = (2, 1, 9)
        let before = trainer.model
        let g = before.gradients(user: u, positive: i, negative: j)
        let loss = trainer.step(user: u, positive: i, negative: j)
        #expect(Double(loss).isApproximatelyEqual(to: g.loss, relativeTolerance: 1e-5))
        let after = trainer.model
        let (α, λ, λb, λe) = (Float(0.1), Float(0.2), Float(0.3), Float(0.4))
        func expectStep(_ old: ArraySlice<Float>, _ new: ArraySlice<Float>, _ gradient: [Float], _ penalty: Float, _ label: String) {
            for (offset, (o, n)) in zip(old, new).enumerated() {
                let expected = o - α * (gradient[offset] + penalty * o)
                #expect(n.isApproximatelyEqual(to: expected, absoluteTolerance: 1e-5), "\(label)[\(offset)]: \(n) vs \(expected)")
            }
        }
        expectStep(before.userFactors[(u * 4)..<(u * 4 + 4)], after.userFactors[(u * 4)..<(u * 4 + 4)], g.userFactors, λ, "γ_u")
        expectStep(before.itemFactors[(i * 4)..<(i * 4 + 4)], after.itemFactors[(i * 4)..<(i * 4 + 4)], g.positiveItemFactors, λ, "γ_i")
        expectStep(before.itemFactors[(j * 4)..<(j * 4 + 4)], after.itemFactors[(j * 4)..<(j * 4 + 4)], g.negativeItemFactors, λ, "γ_j")
        expectStep(
            before.userContentFactors[(u * 4)..<(u * 4 + 4)], after.userContentFactors[(u * 4)..<(u * 4 + 4)],
            g.userContentFactors, λ, "θ_u")
        expectStep(before.itemBiases[i...i], after.itemBiases[i...i], [g.positiveItemBias], λb, "β_i")
        expectStep(before.itemBiases[j...j], after.itemBiases[j...j], [g.negativeItemBias], λb, "β_j")
        expectStep(before.projection[...], after.projection[...], g.projection, λe, "E")
        expectStep(before.featureBiases[...], after.featureBiases[...], g.featureBiases, λe, "β′")
        #expect(after.userFactors[0..<4] == before.userFactors[0..<4], "other users stay")
        #expect(after.score(user: u, item: i) - after.score(user: u, item: j) > before.score(user: u, item: i) - before.score(user: u, item: j))
    }

    @Test func trainingIsDeterministicPerSeed() throws {
        let (train, features, _) = Self.checkerboard()
        var configuration = Self.smallConfiguration
        configuration.epochs = 2
        let first = try VBPR.train(on: train, features: features, configuration: configuration)
        #expect(first == (try VBPR.train(on: train, features: features, configuration: configuration)))
        configuration.seed = 12
        #expect(first.itemFactors != (try VBPR.train(on: train, features: features, configuration: configuration)).itemFactors)
    }

    @Test func earlyStoppingKeepsTheBestValidatedModel() throws {
        // A validation metric that only gets worse: the first epoch is the best, and patience 2
        // ends training after the third.
        let (train, features, _) = Self.checkerboard()
        var evaluations = 0
        let stopping = EarlyStopping(patience: 2) { _ in
            evaluations += 1
            return 1 / Double(evaluations)
        }
        var reports: [EpochReport] = []
        let model = try VBPR.train(
            on: train, features: features, configuration: Self.smallConfiguration, earlyStopping: stopping
        ) {
            reports.append($0)
            return .continue
        }
        #expect(reports.map(\.epoch) == [1, 2, 3])
        #expect(reports.map(\.validation) == [1, 0.5, 1.0 / 3])
        // One step per observed pair (every user has unobserved items to draw from).
        #expect(reports.allSatisfy { $0.samples == train.entryCount })
        var oneEpoch = Self.smallConfiguration
        oneEpoch.epochs = 1
        let first = try VBPR.train(on: train, features: features, configuration: oneEpoch)
        #expect(model.itemFactors == first.itemFactors && model.projection == first.projection)
    }

    @Test func callbackCanStopEarly() throws {
        let (train, features, _) = Self.checkerboard()
        var trainer = try VBPRTrainer(interactions: train, features: features, configuration: Self.smallConfiguration)
        var epochs: [Int] = []
        try trainer.train { report in
            epochs.append(report.epoch)
            return report.epoch < 3 ? .continue : .stop
        }
        #expect(epochs == [1, 2, 3])
        #expect(trainer.completedEpochs == 3)
        #expect(trainer.model.projectedFeatures == (try VBPR.train(
            on: train, features: features, configuration: { var c = Self.smallConfiguration; c.epochs = 3; return c }())).projectedFeatures)
    }

    @Test func trainingOnADataSetUsesEveryInteraction() throws {
        let (train, features, _) = Self.checkerboard()
        var users: [Int32] = []
        var items: [Int32] = []
        for user in 0..<train.rowCount {
            for item in train.columns(ofRow: user) {
                users.append(Int32(user))
                items.append(item)
            }
        }
        let data = InteractionDataset(
            userIDs: try IDMap(rawIDs: (0..<16).map(String.init)), itemIDs: try IDMap(rawIDs: (0..<13).map(String.init)),
            users: users, items: items, ratings: users.map { _ in 4 })
        var configuration = Self.smallConfiguration
        configuration.epochs = 1
        #expect(try VBPR.train(on: data, features: features, configuration: configuration)
            == VBPR.train(on: train, features: features, configuration: configuration))
    }
}
