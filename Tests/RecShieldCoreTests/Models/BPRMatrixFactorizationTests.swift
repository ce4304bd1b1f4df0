import Numerics
import RecShieldTestSupport
import Testing
@testable import RecShieldCore

@Suite struct BPRMatrixFactorizationTests {
    /// One user who has seen item 0 of two: every sampled triple is (0, 0, 1), so one epoch is
    /// exactly one update.
    static func oneTriple() throws -> InteractionDataset {
        InteractionDataset(
            userIDs: try IDMap(rawIDs: ["u"]), itemIDs: try IDMap(rawIDs: ["seen", "unseen"]),
            users: [0], items: [0])
    }

    static func train(
        _ data: InteractionDataset, factors: Int, epochs: Int, optimizer: BPRMatrixFactorization.Optimizer = .sgd
    ) throws -> BPRMatrixFactorization {
        try BPRMatrixFactorization.train(
            on: data,
            configuration: .init(
                training: TrainingConfiguration(
                    factors: factors, epochs: epochs, learningRate: 0.3, regularization: 0.05, seed: 5),
                optimizer: optimizer))
    }

    static func parameters(_ model: BPRMatrixFactorization) -> [Float] {
        model.userFactors.values + model.itemFactors.values + model.itemBiases
    }

    @Test(arguments: [1, 4, 16, 35])
    func oneSGDStepFollowsTheAnalyticGradient(factors: Int) throws {
        let before = try Self.train(try Self.oneTriple(), factors: factors, epochs: 0)
        let after = try Self.train(try Self.oneTriple(), factors: factors, epochs: 1)
        let g = before.gradient(user: 0, positive: 0, negative: 1)
        let expected = zip(Self.parameters(before), g.user + g.positiveItem + g.negativeItem
            + [g.positiveBias, g.negativeBias]).map { $0 - 0.3 * $1 }
        for (actual, wanted) in zip(Self.parameters(after), expected) {
            #expect(actual.isApproximatelyEqual(to: wanted, absoluteTolerance: 1e-6))
        }
    }

    @Test func firstAdamStepMovesEachParameterByTheLearningRateAgainstItsGradientSign() throws {
        let before = try Self.train(try Self.oneTriple(), factors: 4, epochs: 0)
        let after = try Self.train(try Self.oneTriple(), factors: 4, epochs: 1, optimizer: .adam())
        let g = before.gradient(user: 0, positive: 0, negative: 1)
        let gradients = g.user + g.positiveItem + g.negativeItem + [g.positiveBias, g.negativeBias]
        for (index, (old, new)) in zip(Self.parameters(before), Self.parameters(after)).enumerated() {
            // First step: m = (1 − β₁)g, s = (1 − β₂)g², α₁ = α√(1 − β₂)/(1 − β₁), so
            // Δθ = −α g / (|g| + ε/√(1 − β₂)).
            let step = -0.3 * gradients[index] / (abs(gradients[index]) + 1e-8 / (1 - Float(0.999)).squareRoot())
            #expect(new.isApproximatelyEqual(to: old + step, absoluteTolerance: 1e-5))
        }
    }

    @Test func trainingLowersTheLossAndReportsEveryEpoch() throws {
        var reports: [EpochReport] = []
        _ = try BPRMatrixFactorization.train(
            on: Checkerboard(size: 8).implicit,
            configuration: .init(training: TrainingConfiguration(factors: 4, epochs: 30, learningRate: 0.1))
        ) { report in
            reports.append(report)
            return .continue
        }
        #expect(reports.map(\.epoch) == Array(1...30))
        #expect(reports.allSatisfy { $0.samples == 24 && $0.seconds >= 0 && $0.validation == nil })
        let first = try #require(reports.first?.loss)
        let last = try #require(reports.last?.loss)
        #expect(first > 0.6 && last < first / 2)
    }

    @Test func modelsWithoutBiasesKeepThemAtZeroAndScoreWithInnerProducts() throws {
        let model = try BPRMatrixFactorization.train(
            on: Checkerboard(size: 4).implicit,
            configuration: .init(training: TrainingConfiguration(factors: 3, epochs: 5), usesItemBiases: false))
        #expect(model.itemBiases == [0, 0, 0, 0])
        let u = model.userFactors.row(1)
        let v = model.itemFactors.row(2)
        let dot = zip(u, v).map(*).reduce(0, +)
        #expect(model.score(user: 1, item: 2).isApproximatelyEqual(to: dot, absoluteTolerance: 1e-6))
    }

    @Test func usersWhoHaveEveryItemAreLeftOutAndDataWithoutNegativesIsRejected() throws {
        let full = InteractionDataset(
            userIDs: try IDMap(rawIDs: ["a", "b"]), itemIDs: try IDMap(rawIDs: ["x", "y"]),
            users: [0, 0, 1], items: [0, 1, 0])
        var samples = 0
        _ = try BPRMatrixFactorization.train(
            on: full, configuration: .init(training: TrainingConfiguration(factors: 2, epochs: 1))
        ) { report in
            samples = report.samples
            return .continue
        }
        #expect(samples == 1)
        let everything = full.subset([0, 1])
        #expect(throws: ModelError.self) {
            try BPRMatrixFactorization.train(on: everything)
        }
        let empty = full.subset([])
        #expect(throws: ModelError.unsuitableData(model: "BPR-MF", reason: "the training data holds no interactions")) {
            try BPRMatrixFactorization.train(on: empty)
        }
    }

    @Test(arguments: [
        ("factors", TrainingConfiguration(factors: 0)),
        ("epochs", TrainingConfiguration(epochs: -1)),
        ("learning rate", TrainingConfiguration(learningRate: 0)),
        ("learning rate", TrainingConfiguration(learningRate: .nan)),
        ("regularization", TrainingConfiguration(regularization: -0.1)),
        ("initial standard deviation", TrainingConfiguration(initialStandardDeviation: .infinity)),
        ("threads", TrainingConfiguration(threads: 0)),
    ])
    func badSettingsAreRejectedByName(name: String, training: TrainingConfiguration) {
        #expect {
            try BPRMatrixFactorization.train(on: Checkerboard(size: 4).implicit, configuration: .init(training: training))
        } throws: { error in
            guard case let .invalidParameter(badName, _, _) = error as? ModelError else { return false }
            return badName == name
        }
    }

    @Test(arguments: [
        BPRMatrixFactorization.Optimizer.adam(beta1: 1), .adam(beta2: -0.5), .adam(epsilon: 0),
    ])
    func badAdamSettingsAreRejected(optimizer: BPRMatrixFactorization.Optimizer) {
        #expect(throws: ModelError.self) {
            try BPRMatrixFactorization.train(
                on: Checkerboard(size: 4).implicit, configuration: .init(optimizer: optimizer))
        }
    }
}

// MARK: - Negative checks

extension BPRMatrixFactorizationTests {
    @Test(arguments: BPRMatrixFactorization.NegativeSampling.allCases)
    func bitsetAndBinarySearchRejectTheSameNegatives(sampling: BPRMatrixFactorization.NegativeSampling) throws {
        let data = Checkerboard(size: 10).implicit
        let configuration = BPRMatrixFactorization.Configuration(
            training: TrainingConfiguration(factors: 4, epochs: 3, seed: 2), negativeSampling: sampling)
        let withBitset = try BPRMatrixFactorization.train(
            on: data, configuration: configuration, earlyStopping: nil, callback: nil, bitsetLimit: 1 << 29)
        let withSearch = try BPRMatrixFactorization.train(
            on: data, configuration: configuration, earlyStopping: nil, callback: nil, bitsetLimit: 0)
        #expect(withBitset.userFactors == withSearch.userFactors && withBitset.itemBiases == withSearch.itemBiases)
    }

    /// Short rows are scanned, rows beyond ``BPRTripleSampler/scanLimit`` binary-searched; both
    /// answers must be exact at every length around the SIMD width and the limit.
    @Test(arguments: [[], [3], [0, 2], [1, 4, 5, 9, 10, 11, 40, 41]] as [[Int32]]
        + [7, 8, 9, 255, 256, 257, 600].map { length in (0..<Int32(length)).map { 3 * $0 + 1 } })
    func rowLookupFindsExactlyTheRowsItems(row: [Int32]) {
        let padded: [Int32] = [-5] + row + [Int32.max]
        padded.withUnsafeBufferPointer { columns in
            let sampler = BPRTripleSampler(
                pairs: .init(start: nil, count: 0), rowOffsets: .init(start: nil, count: 0), columns: columns,
                bitset: .init(start: nil, count: 0), bitsetStride: 0, itemCount: 50, drawsPopularNegatives: false)
            for value in Int32(-1)...(3 * Int32(row.count) + 3) {
                #expect(sampler.rowContains(value, start: 1, count: row.count) == row.contains(value))
            }
        }
    }

    /// Drawing ahead and prefetching (the path for factors larger than the caches) must change no
    /// number: the same steps from the same generator give bit-identical parameters and loss.
    @Test func prefetchingPathMatchesThePlainLoopBitForBit() throws {
        let data = Checkerboard(size: 12).implicit
        let samples = try BPRSampleSet(data: data, sampling: .uniform, bitsetLimit: 0)
        var generator = Xoshiro256StarStar(seed: 3)
        let users = FactorMatrix(rowCount: data.userCount, columnCount: 20, standardDeviation: 0.1, using: &generator)
        let items = FactorMatrix(rowCount: data.itemCount, columnCount: 20, standardDeviation: 0.1, using: &generator)
        func run(prefetching: Bool) -> (parameters: [Float], loss: Double, next: UInt64) {
            var userFactors = users
            var itemFactors = items
            var biases = [Float](repeating: 0.01, count: data.itemCount)
            var stream = Xoshiro256StarStar(seed: 9)
            let loss = userFactors.withUnsafeMutablePointer { u in
                itemFactors.withUnsafeMutablePointer { v in
                    biases.withUnsafeMutableBufferPointer { b in
                        samples.withSampler { sampler in
                            let context = BPRStepContext(
                                users: u, items: v, biases: b, dimension: 20, sampler: sampler, usesBiases: true,
                                learningRate: 0.05, regularization: 0.01, prefetchesRows: prefetching)
                            // 37 steps: two full batches of draws and a partial one.
                            return BPRKernels.sgdSteps(0..<37, context, &stream)
                        }
                    }
                }
            }
            return (userFactors.values + itemFactors.values + biases, loss, stream.next())
        }
        let plain = run(prefetching: false)
        let prefetched = run(prefetching: true)
        #expect(plain.parameters.map(\.bitPattern) == prefetched.parameters.map(\.bitPattern))
        #expect(plain.loss.bitPattern == prefetched.loss.bitPattern && plain.next == prefetched.next)
    }
}
