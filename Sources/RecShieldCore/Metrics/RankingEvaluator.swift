/// Evaluates a ``Recommender``'s top-N rankings on held-out interactions, for every user with a
/// held-out item, in parallel and without ever holding the dense users × items score matrix.
///
/// For each user the model scores all items (``Recommender/scores(forUsers:into:)``, a block of
/// users at a time into one buffer per thread); the held-out items are then ranked against their
/// candidates by counting passes over that row (``HeldOutRanking``), never by sorting it:
///
/// - ``RankingProtocol/fullRanking`` (default): candidates are all items except the user's
///   training items (unless ``excludesTrainingItems`` is false). A test item that also appears in
///   the training row stays a held-out item.
/// - ``RankingProtocol/sampled(negatives:seed:)``: each held-out item against sampled negatives.
///
/// Per-user values are written to fixed slots and summarised in user order, so results are
/// identical for every thread count (models must keep the bit-identical-rows promise of
/// ``Recommender/scores(forUsers:into:)``).
///
/// ```swift
/// let evaluator = try RankingEvaluator(metrics: [.hitRatio(10), .ndcg(10)])
/// let result = evaluator.evaluate(model, test: split.test, training: split.training)
/// let ndcg = result.summary(of: .ndcg(10))   // mean, standard deviation, 95% CI
/// ```
///
/// - Complexity: O(users · (cost of scoring a row + items · m)) for `m` held-out items per user
///   (O(items · log m) per user beyond 32); memory O(threads · max(2¹⁸, 8 · items)) floats.
public struct RankingEvaluator: Sendable {
    /// The metrics to compute, in output order.
    public var metrics: [RankingMetric]
    /// How candidates are chosen.
    public var rankingProtocol: RankingProtocol
    /// Whether the full-ranking protocol removes the user's training items from the candidates.
    /// The sampled protocol never draws training items, whatever this says.
    public var excludesTrainingItems: Bool
    /// The number of threads; results do not depend on it.
    public var threads: Int

    /// How deep the full-ranking protocol ranks a user's held-out items exactly: the largest
    /// cut-off, as no metric but AUC reads a rank beyond it (MRR reads the first, always exact);
    /// `nil` (every rank) when AUC is asked for. Results do not depend on it.
    var rankingDepth: Int? {
        metrics.contains(.auc) ? nil : max(1, metrics.compactMap(\.cutoff).max() ?? 1)
    }

    /// The number of users scored together: as many as keep one thread's block of score rows
    /// near 2¹⁸ floats (1 MiB, cache-resident), between 8 and 256, so a factor model scores a
    /// block as one register-tiled matrix product and packs the item factors once per block.
    /// Results do not depend on it.
    public static func blockSize(itemCount: Int) -> Int {
        min(256, max(8, (1 << 18) / max(1, itemCount)))
    }

    /// Creates an evaluator.
    /// - Parameters:
    ///   - metrics: the metrics to compute.
    ///   - protocol: full ranking (default) or sampled negatives.
    ///   - excludesTrainingItems: whether training items are removed from the candidates (default).
    ///   - threads: worker threads (default: all cores).
    /// - Throws: ``DataError/invalidParameter(name:value:expected:)`` for a cut-off below 1 or a
    ///   sampled protocol with fewer than 1 negative (both may come from a user's configuration).
    public init(
        metrics: [RankingMetric], protocol rankingProtocol: RankingProtocol = .fullRanking,
        excludesTrainingItems: Bool = true, threads: Int = ParallelLoop.availableThreads
    ) throws {
        if let bad = metrics.first(where: { ($0.cutoff ?? 1) < 1 }) {
            throw DataError.invalidParameter(
                name: "cut-off of \(bad.name)", value: String(bad.cutoff ?? 0), expected: "an integer of at least 1")
        }
        if case let .sampled(negatives, _) = rankingProtocol, negatives < 1 {
            throw DataError.invalidParameter(
                name: "number of sampled negatives", value: String(negatives), expected: "an integer of at least 1")
        }
        self.metrics = metrics
        self.rankingProtocol = rankingProtocol
        self.excludesTrainingItems = excludesTrainingItems
        self.threads = threads
    }

    /// Evaluates `model` on the held-out interactions of a data set.
    /// - Parameters:
    ///   - model: the trained model.
    ///   - test: the held-out interactions (ratings, if any, are ignored: every one is relevant).
    ///   - training: the training interactions sharing `test`'s ID maps, or `nil` for none.
    /// - Precondition: the data sets and the model agree on the numbers of users and items.
    public func evaluate<Model: Recommender>(
        _ model: Model, test: InteractionDataset, training: InteractionDataset? = nil
    ) -> RankingEvaluation {
        if let training {
            precondition(training.userCount == test.userCount && training.itemCount == test.itemCount,
                         "training and test sets must share their ID maps")
        }
        return evaluate(model, test: test.byUser(), training: training?.byUser())
    }

    /// Evaluates `model` on a user × item matrix of held-out interactions.
    /// - Parameters:
    ///   - model: the trained model.
    ///   - test: rows = users, columns = items; every stored entry is a relevant held-out item.
    ///   - training: the user × item training matrix (items to exclude and never sample), or `nil`.
    /// - Precondition: `test` has `model.itemCount` columns and at most `model.userCount` rows;
    ///   so does `training`.
    public func evaluate<Model: Recommender>(
        _ model: Model, test: SparseMatrix, training: SparseMatrix? = nil
    ) -> RankingEvaluation {
        let itemCount = model.itemCount
        precondition(test.columnCount == itemCount && test.rowCount <= model.userCount,
                     "the test matrix does not match the model's users and items")
        if let training {
            precondition(training.columnCount == itemCount && training.rowCount <= model.userCount,
                         "the training matrix does not match the model's users and items")
        }
        let users = (0..<test.rowCount).filter { test.count(ofRow: $0) > 0 }
        var values = [Double](repeating: 0, count: metrics.count * users.count)
        values.withUnsafeMutableBufferPointer { output in
            ParallelLoop.forEachChunk(count: users.count, threads: threads) { _, range in
                var worker = Worker(evaluator: self, test: test, training: training, itemCount: itemCount)
                worker.evaluate(model, users: users, positions: range, into: output)
            }
        }
        let perUser = (0..<metrics.count).map { m in Array(values[(m * users.count)..<((m + 1) * users.count)]) }
        return RankingEvaluation(metrics: metrics, rankingProtocol: rankingProtocol, users: users, perUserValues: perUser)
    }
}

extension RankingEvaluator {
    /// One thread's scratch state: for the sampled protocol, a sampler.
    private struct Worker {
        let evaluator: RankingEvaluator
        let test: SparseMatrix
        let training: SparseMatrix?
        /// ``RankingEvaluator/rankingDepth``, computed once.
        let rankingDepth: Int?
        /// Sized to the items for the sampled protocol, empty otherwise.
        var sampler: NegativeSampler

        init(evaluator: RankingEvaluator, test: SparseMatrix, training: SparseMatrix?, itemCount: Int) {
            self.evaluator = evaluator
            rankingDepth = evaluator.rankingDepth
            self.test = test
            self.training = training
            if case .sampled = evaluator.rankingProtocol {
                sampler = NegativeSampler(itemCount: itemCount)
            } else {
                sampler = NegativeSampler(itemCount: 0)
            }
        }

        /// Scores `users[positions]` a block at a time (``Recommender/forEachScoreRow(of:_:)``),
        /// then ranks each user's held-out items and writes one value per metric to
        /// `output[metric · users.count + position]`.
        mutating func evaluate<Model: Recommender>(
            _ model: Model, users: [Int], positions: Range<Int>, into output: UnsafeMutableBufferPointer<Double>
        ) {
            model.forEachScoreRow(of: users[positions]) { index, user, scores in
                ScoreCounting.replaceNaNWithNegativeInfinity(in: scores)
                let userValues: [Double]
                switch evaluator.rankingProtocol {
                case .fullRanking:
                    userValues = fullRankingValues(user: user, scores: scores)
                case let .sampled(negatives, seed):
                    userValues = sampledValues(user: user, scores: scores, negatives: negatives, seed: seed)
                }
                let position = positions.lowerBound + index
                for (m, value) in userValues.enumerated() { output[m * users.count + position] = value }
            }
        }

        private func trainingRow(of user: Int) -> ArraySlice<Int32> {
            guard let training, user < training.rowCount else { return [] }
            return training.columns(ofRow: user)
        }

        /// All held-out items at once against every non-excluded item; the row is overwritten.
        private func fullRankingValues(user: Int, scores: UnsafeMutableBufferPointer<Float>) -> [Double] {
            let heldOut = test.columns(ofRow: user)
            let heldOutScores = heldOut.map { scores[Int($0)] }
            for item in heldOut { scores[Int(item)] = .nan }
            if evaluator.excludesTrainingItems {
                for item in trainingRow(of: user) { scores[Int(item)] = .nan }
            }
            let ranking = HeldOutRanking(
                heldOutScores: heldOutScores, negatives: UnsafeBufferPointer(scores), depth: rankingDepth)
            return evaluator.metrics.map { $0.value(for: ranking) }
        }

        /// Each held-out item against its own sampled negatives; the mean over the user's items.
        private mutating func sampledValues(
            user: Int, scores: UnsafeMutableBufferPointer<Float>, negatives: Int, seed: UInt64
        ) -> [Double] {
            let heldOut = test.columns(ofRow: user)
            let history = trainingRow(of: user)
            var generator = Xoshiro256StarStar(seed: seed, stream: UInt64(user))
            var sums = [Double](repeating: 0, count: evaluator.metrics.count)
            sampler.beginUser(training: history, test: heldOut)
            for item in heldOut {
                let drawn = sampler.draw(negatives, using: &generator)
                let threshold = scores[Int(item)]
                var atLeast = 0
                var above = 0
                for negative in drawn {
                    let score = scores[Int(negative)]
                    if score >= threshold { atLeast += 1 }
                    if score > threshold { above += 1 }
                }
                let ranking = HeldOutRanking(
                    ranks: [1 + atLeast], negativesAbove: [above], negativesTied: [atLeast - above],
                    negativeCount: drawn.count)
                for (m, metric) in evaluator.metrics.enumerated() { sums[m] += metric.value(for: ranking) }
            }
            sampler.endUser(training: history, test: heldOut)
            return sums.map { $0 / Double(heldOut.count) }
        }
    }
}
