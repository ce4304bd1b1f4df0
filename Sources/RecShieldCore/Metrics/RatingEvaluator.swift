/// Measures how well a model predicts explicit ratings (RMSE, MAE — see ``RatingMetric``), using
/// ``Recommender/score(user:item:)`` for each test triple, in parallel over users.
///
/// Errors are summed per user and the per-user sums are added in user order, so the result is
/// identical for every thread count.
public struct RatingEvaluator: Sendable {
    /// If set, predictions are clamped to this range before the error is taken (e.g. `1...5`
    /// for MovieLens stars), as a rating interface would show them.
    public var clipping: ClosedRange<Float>?
    /// The number of threads; results do not depend on it.
    public var threads: Int

    /// Creates an evaluator.
    /// - Parameters:
    ///   - clipping: the rating range to clamp predictions to, or `nil` to use them as they are.
    ///   - threads: worker threads (default: all cores).
    public init(clipping: ClosedRange<Float>? = nil, threads: Int = ParallelLoop.availableThreads) {
        self.clipping = clipping
        self.threads = threads
    }

    /// Evaluates `model` on the ratings of a test data set.
    /// - Throws: ``DataError/invalidParameter(name:value:expected:)`` when the test set has no ratings.
    /// - Precondition: the data set and the model agree on the numbers of users and items.
    public func evaluate<Model: Recommender>(_ model: Model, test: InteractionDataset) throws -> RatingEvaluation {
        guard test.isRated else {
            throw DataError.invalidParameter(
                name: "test set", value: "unrated", expected: "explicit ratings for RMSE and MAE")
        }
        return evaluate(model, test: test.byUser())
    }

    /// Evaluates `model` on a user × item matrix whose values are the true ratings.
    /// - Precondition: `test` has `model.itemCount` columns and at most `model.userCount` rows.
    /// - Complexity: O(entries) calls of ``Recommender/score(user:item:)``.
    public func evaluate<Model: Recommender>(_ model: Model, test: SparseMatrix) -> RatingEvaluation {
        precondition(test.columnCount == model.itemCount && test.rowCount <= model.userCount,
                     "the test matrix does not match the model's users and items")
        var squared = [Double](repeating: 0, count: test.rowCount)
        var absolute = [Double](repeating: 0, count: test.rowCount)
        squared.withUnsafeMutableBufferPointer { squared in
            absolute.withUnsafeMutableBufferPointer { absolute in
                ParallelLoop.forEachChunk(count: test.rowCount, threads: threads) { _, users in
                    for user in users {
                        var sumSquared = 0.0
                        var sumAbsolute = 0.0
                        for entry in test.entryRange(ofRow: user) {
                            var prediction = model.score(user: user, item: Int(test.columns[entry]))
                            if let clipping { prediction = min(max(prediction, clipping.lowerBound), clipping.upperBound) }
                            let error = Double(prediction) - Double(test.values[entry])
                            sumSquared += error * error
                            sumAbsolute += abs(error)
                        }
                        squared[user] = sumSquared
                        absolute[user] = sumAbsolute
                    }
                }
            }
        }
        var totalSquared = 0.0
        var totalAbsolute = 0.0
        for user in 0..<test.rowCount {
            totalSquared += squared[user]
            totalAbsolute += absolute[user]
        }
        return RatingEvaluation(count: test.entryCount, sumOfSquaredErrors: totalSquared, sumOfAbsoluteErrors: totalAbsolute)
    }
}
