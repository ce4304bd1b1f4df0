import Numerics
import RecShieldTestSupport
import Testing
@testable import RecShieldCore

@Suite struct ExplicitMatrixFactorizationTests {
    /// One rating: every epoch is exactly one SGD step on it.
    static func oneRating(_ rating: Float = 4) throws -> InteractionDataset {
        InteractionDataset(
            userIDs: try IDMap(rawIDs: ["u"]), itemIDs: try IDMap(rawIDs: ["i"]),
            users: [0], items: [0], ratings: [rating])
    }

    static func configuration(
        factors: Int, epochs: Int, biases: Bool = true, clips: Bool = true
    ) -> ExplicitMatrixFactorization.Configuration {
        .init(
            training: TrainingConfiguration(
                factors: factors, epochs: epochs, learningRate: 0.1, regularization: 0.05, seed: 9),
            usesBiases: biases, clipsPredictions: clips)
    }

    @Test(arguments: [1, 16, 21])
    func oneStepFollowsTheExactGradientWithItsFactorTwo(factors: Int) throws {
        let data = try Self.oneRating()
        let before = try ExplicitMatrixFactorization.train(on: data, configuration: Self.configuration(factors: factors, epochs: 0))
        let after = try ExplicitMatrixFactorization.train(on: data, configuration: Self.configuration(factors: factors, epochs: 1))
        let u = before.userFactors.row(0)
        let v = before.itemFactors.row(0)
        // Unclipped prediction: μ = 4 (the only rating), biases 0.
        let error = 4 - (4 + zip(u, v).map(*).reduce(0, +))
        // ∂ℓ/∂u = −2e v + 2λu, ∂ℓ/∂b = −2e + 2λb; θ ← θ − α ∂ℓ/∂θ.
        let expectedU = zip(u, v).map { $0 - 0.1 * (-2 * error * $1 + 2 * 0.05 * $0) }
        let expectedV = zip(v, u).map { $0 - 0.1 * (-2 * error * $1 + 2 * 0.05 * $0) }
        for (actual, wanted) in zip(after.userFactors.values + after.itemFactors.values, expectedU + expectedV) {
            #expect(actual.isApproximatelyEqual(to: wanted, absoluteTolerance: 1e-6))
        }
        #expect(after.userBiases[0].isApproximatelyEqual(to: 0.2 * error, absoluteTolerance: 1e-6))
        #expect(after.itemBiases[0].isApproximatelyEqual(to: 0.2 * error, absoluteTolerance: 1e-6))
    }

    @Test func predictionsAreClippedToTheTrainingRangeOnlyWhenAsked() throws {
        let data = Checkerboard(size: 4).rated(high: 4, low: 2)
        let clipped = try ExplicitMatrixFactorization.train(on: data, configuration: Self.configuration(factors: 2, epochs: 3))
        #expect(clipped.ratingRange == 2...4)
        let unclipped = ExplicitMatrixFactorization(
            configuration: Self.configuration(factors: 2, epochs: 3, clips: false), userIDs: clipped.userIDs,
            itemIDs: clipped.itemIDs, userFactors: clipped.userFactors, itemFactors: clipped.itemFactors,
            userBiases: clipped.userBiases.map { $0 + 10 }, itemBiases: clipped.itemBiases,
            globalMean: clipped.globalMean, ratingRange: clipped.ratingRange)
        #expect(unclipped.score(user: 0, item: 1) > 4)
        let shifted = ExplicitMatrixFactorization(
            configuration: clipped.configuration, userIDs: clipped.userIDs, itemIDs: clipped.itemIDs,
            userFactors: clipped.userFactors, itemFactors: clipped.itemFactors,
            userBiases: clipped.userBiases.map { $0 + 10 }, itemBiases: clipped.itemBiases,
            globalMean: clipped.globalMean, ratingRange: clipped.ratingRange)
        #expect(shifted.scores(for: 0) == [4, 4, 4, 4])
    }

    @Test func withoutBiasesPredictionsAreInnerProducts() throws {
        let model = try ExplicitMatrixFactorization.train(
            on: Checkerboard(size: 4).rated(), configuration: Self.configuration(factors: 3, epochs: 4, biases: false, clips: false))
        #expect(model.globalMean == 0 && model.userBiases == [0, 0, 0, 0] && model.itemBiases == [0, 0, 0, 0])
        let dot = zip(model.userFactors.row(2), model.itemFactors.row(1)).map(*).reduce(0, +)
        #expect(model.score(user: 2, item: 1).isApproximatelyEqual(to: dot, absoluteTolerance: 1e-6))
    }

    @Test func trainingDrivesTheSquaredErrorDown() throws {
        var losses: [Double] = []
        _ = try ExplicitMatrixFactorization.train(
            on: Checkerboard(size: 8).rated(), configuration: Self.configuration(factors: 4, epochs: 25)
        ) { report in
            losses.append(report.loss)
            return .continue
        }
        let first = try #require(losses.first)
        let last = try #require(losses.last)
        #expect(losses.count == 25 && last < first / 4)
    }

    @Test func unratedEmptyOrNonFiniteDataIsRejected() throws {
        let implicit = Checkerboard(size: 4).implicit
        #expect(throws: ModelError.self) { try ExplicitMatrixFactorization.train(on: implicit) }
        #expect(throws: ModelError.self) { try ExplicitMatrixFactorization.train(on: try Self.oneRating().subset([])) }
        #expect {
            try ExplicitMatrixFactorization.train(on: try Self.oneRating(.nan))
        } throws: { error in
            String(describing: error).contains("rating 1 is nan")
        }
    }
}

extension ExplicitMatrixFactorizationTests {
    /// Prefetching ahead (the path for factors larger than the caches) must change no number.
    @Test func prefetchingPathMatchesThePlainLoopBitForBit() throws {
        let data = Checkerboard(size: 12).rated()
        let triples = try RatingTriples(data: data)
        var generator = Xoshiro256StarStar(seed: 3)
        let users = FactorMatrix(rowCount: data.userCount, columnCount: 20, standardDeviation: 0.1, using: &generator)
        let items = FactorMatrix(rowCount: data.itemCount, columnCount: 20, standardDeviation: 0.1, using: &generator)
        func run(prefetching: Bool) -> (parameters: [Float], loss: Double, next: UInt64) {
            var userFactors = users
            var itemFactors = items
            var userBiases = [Float](repeating: 0.01, count: data.userCount)
            var itemBiases = [Float](repeating: -0.01, count: data.itemCount)
            var stream = Xoshiro256StarStar(seed: 9)
            let loss = userFactors.withUnsafeMutablePointer { u in
                itemFactors.withUnsafeMutablePointer { v in
                    userBiases.withUnsafeMutableBufferPointer { bu in
                        itemBiases.withUnsafeMutableBufferPointer { bi in
                            triples.values.withUnsafeBufferPointer { values in
                                let context = MFStepContext(
                                    users: u, items: v, userBiases: bu, itemBiases: bi, dimension: 20, triples: values,
                                    mean: 3, usesBiases: true, learningRate: 0.01, regularization: 0.02,
                                    prefetches: prefetching)
                                return MFKernels.sgdSteps(0..<37, context, &stream)
                            }
                        }
                    }
                }
            }
            return (userFactors.values + itemFactors.values + userBiases + itemBiases, loss, stream.next())
        }
        let plain = run(prefetching: false)
        let prefetched = run(prefetching: true)
        #expect(plain.parameters.map(\.bitPattern) == prefetched.parameters.map(\.bitPattern))
        #expect(plain.loss.bitPattern == prefetched.loss.bitPattern && plain.next == prefetched.next)
    }
}
