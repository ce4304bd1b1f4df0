import RecShieldCore

extension TargetImpact {
    /// Measures the impact of an attack on `targets` by comparing a model trained on clean data
    /// with one trained on poisoned data (see ``TargetImpact`` for the definitions).
    ///
    /// Real users are the rows of `training` (the clean training matrix, users × items); the
    /// poisoned model may know more users (the fake ones appended after them), which are ignored.
    /// Users are split into ``ParallelLoop`` chunks, each with its own score buffers; per-pair
    /// values are stored by user and summed in user order afterwards, so the result is the same
    /// for every thread count.
    /// - Parameters:
    ///   - before: the model trained on clean data.
    ///   - after: the model trained on poisoned data.
    ///   - training: the clean training interactions by user (``InteractionDataset/byUser()``).
    ///   - targets: target item indices.
    ///   - cutoffs: the `K` values of the hit ratio.
    ///   - threads: worker threads.
    /// - Throws: ``DataError/invalidParameter(name:value:expected:)`` for no targets, a target or
    ///   cut-off out of range, models whose item or user counts do not fit `training`, or when no
    ///   (user, target) pair is left to measure.
    /// - Complexity: O(users · targets · items) score comparisons plus two score rows per user.
    public static func measure<Before: Recommender, After: Recommender>(
        before: Before, after: After, training: SparseMatrix, targets: [Int], cutoffs: [Int] = [10, 20],
        threads: Int = 1
    ) throws -> TargetImpact {
        try validate(before: before, after: after, training: training, targets: targets, cutoffs: cutoffs)
        let userCount = training.rowCount
        let targetCount = targets.count
        // Per (user, target): ranks before/after (0 = not measured) and the scores.
        var ranksBefore = [Int32](repeating: 0, count: userCount * targetCount)
        var ranksAfter = [Int32](repeating: 0, count: userCount * targetCount)
        var scoresBefore = [Float](repeating: 0, count: userCount * targetCount)
        var scoresAfter = [Float](repeating: 0, count: userCount * targetCount)
        // Ranks and scores of the targets each user had not seen, from one model's score rows.
        func record<Model: Recommender>(
            _ model: Model, users: [Int], ranks: UnsafeMutableBufferPointer<Int32>, scores: UnsafeMutableBufferPointer<Float>
        ) {
            model.forEachScoreRow(of: users) { _, user, row in
                let seen = training.columns(ofRow: user)
                for (position, target) in targets.enumerated() where !training.contains(row: user, column: target) {
                    ranks[user * targetCount + position] = Int32(rank(of: target, in: UnsafeBufferPointer(row), excluding: seen))
                    scores[user * targetCount + position] = row[target]
                }
            }
        }
        ranksBefore.withUnsafeMutableBufferPointer { ranksBefore in
            ranksAfter.withUnsafeMutableBufferPointer { ranksAfter in
                scoresBefore.withUnsafeMutableBufferPointer { scoresBefore in
                    scoresAfter.withUnsafeMutableBufferPointer { scoresAfter in
                        ParallelLoop.forEachChunk(count: userCount, threads: threads) { _, range in
                            let users = range.filter { training.count(ofRow: $0) > 0 }
                            record(before, users: users, ranks: ranksBefore, scores: scoresBefore)
                            record(after, users: users, ranks: ranksAfter, scores: scoresAfter)
                        }
                    }
                }
            }
        }
        let shifts = zip(scoresAfter, scoresBefore).map { Double($0) - Double($1) }
        return try summarise(
            targets: targets, cutoffs: cutoffs, ranksBefore: ranksBefore, ranksAfter: ranksAfter, shifts: shifts)
    }

    /// The 1-based rank of `target` among the items outside `excluded` (ties to the lower index,
    /// a NaN target score last).
    static func rank(of target: Int, in scores: UnsafeBufferPointer<Float>, excluding excluded: ArraySlice<Int32>) -> Int {
        let candidates = scores.count - excluded.count
        let score = scores[target]
        guard !score.isNaN else { return candidates }
        func isAhead(_ item: Int) -> Bool {
            let other = scores[item]
            return other > score || (other == score && item < target)
        }
        var ahead = 0
        for item in 0..<scores.count where isAhead(item) { ahead += 1 }
        for item in excluded where isAhead(Int(item)) { ahead -= 1 }
        return ahead + 1
    }

    /// Sums the per-pair values in user order.
    private static func summarise(
        targets: [Int], cutoffs: [Int], ranksBefore: [Int32], ranksAfter: [Int32], shifts: [Double]
    ) throws -> TargetImpact {
        let targetCount = targets.count
        var details: [Target] = []
        var pairs = 0
        var shiftSum = 0.0
        var rankSumBefore = 0.0
        var rankSumAfter = 0.0
        for (position, item) in targets.enumerated() {
            var users = 0
            var hitsBefore = [Int](repeating: 0, count: cutoffs.count)
            var hitsAfter = [Int](repeating: 0, count: cutoffs.count)
            var shift = 0.0
            var before = 0.0
            var after = 0.0
            for slot in stride(from: position, to: ranksBefore.count, by: targetCount) where ranksBefore[slot] > 0 {
                users += 1
                shift += shifts[slot]
                before += Double(ranksBefore[slot])
                after += Double(ranksAfter[slot])
                for (index, k) in cutoffs.enumerated() {
                    if ranksBefore[slot] <= k { hitsBefore[index] += 1 }
                    if ranksAfter[slot] <= k { hitsAfter[index] += 1 }
                }
            }
            let count = Double(max(users, 1))
            details.append(Target(
                item: item, users: users,
                hitRatios: cutoffs.indices.map {
                    HitRatio(k: cutoffs[$0], before: Double(hitsBefore[$0]) / count, after: Double(hitsAfter[$0]) / count)
                },
                predictionShift: shift / count, meanRankBefore: before / count, meanRankAfter: after / count))
            pairs += users
            shiftSum += shift
            rankSumBefore += before
            rankSumAfter += after
        }
        let measured = details.filter { $0.users > 0 }
        guard pairs > 0 else {
            throw DataError.invalidParameter(
                name: "targets", value: targets.map(String.init).joined(separator: ","),
                expected: "targets that some user with training data has not interacted with")
        }
        let hitRatios = cutoffs.indices.map { index in
            HitRatio(
                k: cutoffs[index],
                before: measured.reduce(0) { $0 + $1.hitRatios[index].before } / Double(measured.count),
                after: measured.reduce(0) { $0 + $1.hitRatios[index].after } / Double(measured.count))
        }
        return TargetImpact(
            hitRatios: hitRatios, predictionShift: shiftSum / Double(pairs),
            meanRankBefore: rankSumBefore / Double(pairs), meanRankAfter: rankSumAfter / Double(pairs),
            evaluatedPairs: pairs, targets: details)
    }

    private static func validate<Before: Recommender, After: Recommender>(
        before: Before, after: After, training: SparseMatrix, targets: [Int], cutoffs: [Int]
    ) throws {
        func invalid(_ name: String, _ value: String, _ expected: String) -> DataError {
            DataError.invalidParameter(name: name, value: value, expected: expected)
        }
        let items = training.columnCount
        guard !targets.isEmpty else { throw invalid("targets", "", "at least one target item") }
        if let bad = targets.first(where: { $0 < 0 || $0 >= items }) {
            throw invalid("target item", "\(bad)", "an item index in 0..<\(items)")
        }
        guard !cutoffs.isEmpty else { throw invalid("cut-offs", "", "at least one K ≥ 1") }
        if let bad = cutoffs.first(where: { $0 < 1 }) { throw invalid("cut-off", "\(bad)", "an integer K ≥ 1") }
        let models = [("clean model", before.userCount, before.itemCount), ("poisoned model", after.userCount, after.itemCount)]
        for (name, users, itemCount) in models where itemCount != items || users < training.rowCount {
            throw invalid(
                name, "\(users) users × \(itemCount) items",
                "at least \(training.rowCount) users and exactly \(items) items (those of the clean training data)")
        }
    }
}
