import Numerics
import Testing
@testable import RecShieldCore

@Suite struct NeuMFTrainerTests {
    /// Two groups of `usersPerGroup` users and 6 items each; each user liked every item of their
    /// group except one (user `u` withholds item `u mod 6` of their group), returned as `withheld`.
    static func checkerboard(usersPerGroup: Int = 12) -> (train: SparseMatrix, withheld: [Int]) {
        var rows: [Int32] = []
        var columns: [Int32] = []
        var withheld: [Int] = []
        for user in 0..<(2 * usersPerGroup) {
            let group = user / usersPerGroup
            let held = group * 6 + user % 6
            withheld.append(held)
            for item in (group * 6)..<(group * 6 + 6) where item != held {
                rows.append(Int32(user))
                columns.append(Int32(item))
            }
        }
        let train = SparseMatrix(
            rowCount: 2 * usersPerGroup, columnCount: 12, rows: rows, columns: columns, values: nil)
        return (train, withheld)
    }

    static var smallConfiguration: NeuMF.Configuration {
        var configuration = NeuMF.Configuration()
        configuration.gmfDimension = 4
        configuration.mlpDimension = 4
        configuration.hiddenLayers = [8, 4]
        configuration.batchSize = 32
        configuration.learningRate = 0.02
        configuration.embeddingDeviation = 0.1
        configuration.epochs = 20
        configuration.seed = 7
        return configuration
    }

    @Test func recoversTheWithheldItemOfACheckerboard() throws {
        // The withheld item competes with the 6 items of the other group. It is also drawn as a
        // negative for its user every epoch, so a model this small sometimes ranks it second:
        // require the top 2 (chance level is 2 in 7 per user).
        let (train, withheld) = Self.checkerboard()
        var losses: [Double] = []
        let model = try NeuMF.train(on: train, configuration: Self.smallConfiguration) { report in
            losses.append(report.loss)
            return .continue
        }
        #expect(losses.count == 20)
        #expect(try #require(losses.last) < 0.6 * losses[0], "loss \(losses)")
        for user in 0..<train.rowCount {
            let top = model.recommendations(for: user, count: 2, excluding: train).map(\.item)
            #expect(top.contains(withheld[user]), "user \(user): \(top)")
        }
    }

    @Test func trainingIsDeterministicPerSeed() throws {
        var configuration = Self.smallConfiguration
        configuration.epochs = 2
        let train = Self.checkerboard().train
        let first = try NeuMF.train(on: train, configuration: configuration)
        #expect(first == (try NeuMF.train(on: train, configuration: configuration)))
        configuration.seed = 8
        #expect(first.itemMLP != (try NeuMF.train(on: train, configuration: configuration)).itemMLP)
    }

    @Test func callbackCanStopEarly() throws {
        var trainer = try NeuMFTrainer(interactions: Self.checkerboard().train, configuration: Self.smallConfiguration)
        var epochs: [Int] = []
        try trainer.train { report in
            epochs.append(report.epoch)
            return report.epoch < 3 ? .continue : .stop
        }
        #expect(epochs == [1, 2, 3])
        #expect(trainer.completedEpochs == 3)
    }

    @Test func earlyStoppingKeepsTheBestValidatedModel() throws {
        // A validation metric that only gets worse: the first epoch is the best, and patience 2
        // ends training after the third.
        let train = Self.checkerboard().train
        var evaluations = 0
        let stopping = EarlyStopping(patience: 2) { _ in
            evaluations += 1
            return 1 / Double(evaluations)
        }
        var reports: [EpochReport] = []
        let model = try NeuMF.train(on: train, configuration: Self.smallConfiguration, earlyStopping: stopping) {
            reports.append($0)
            return .continue
        }
        #expect(reports.map(\.epoch) == [1, 2, 3])
        #expect(reports.map(\.validation) == [1, 0.5, 1.0 / 3])
        // Each epoch: every positive and 4 sampled negatives.
        #expect(reports.allSatisfy { $0.samples == 5 * train.entryCount && $0.seconds >= 0 })
        var oneEpoch = Self.smallConfiguration
        oneEpoch.epochs = 1
        #expect(model.userGMF == (try NeuMF.train(on: train, configuration: oneEpoch)).userGMF)
        #expect(throws: ModelError.self) {
            try NeuMF.train(on: train, configuration: oneEpoch, earlyStopping: EarlyStopping(patience: 0) { _ in 0 })
        }
    }

    @Test func trainingOnADataSetUsesEveryInteraction() throws {
        let (train, _) = Self.checkerboard()
        var users: [Int32] = []
        var items: [Int32] = []
        for user in 0..<train.rowCount {
            for item in train.columns(ofRow: user) {
                users.append(Int32(user))
                items.append(item)
            }
        }
        let data = InteractionDataset(
            userIDs: try IDMap(rawIDs: (0..<train.rowCount).map(String.init)),
            itemIDs: try IDMap(rawIDs: (0..<12).map(String.init)),
            users: users, items: items, ratings: users.map { _ in 3 })
        var configuration = Self.smallConfiguration
        configuration.epochs = 1
        #expect(try NeuMF.train(on: data, configuration: configuration) == NeuMF.train(on: train, configuration: configuration))
    }
}
