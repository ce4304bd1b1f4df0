/// Finds repeated (user, item) pairs in an ``InteractionTable`` and merges them by a
/// ``LoadOptions/DuplicatePolicy``.
///
/// Rows are grouped by user with a stable counting sort; within a user, a per-item stamp array
/// finds the previous row of the same item in O(1). The merged row takes the place of the pair's
/// last occurrence, so the surviving rows keep file order.
enum DuplicateMerger {
    /// The outcome of a merge.
    struct Outcome {
        /// The table without repeats.
        var table: InteractionTable
        /// Distinct (user, item) pairs that appeared more than once.
        var pairs: Int
        /// Rows folded into another row (file rows minus surviving rows).
        var mergedRows: Int
    }

    /// Merges repeated pairs.
    /// - Parameters:
    ///   - table: the rows as read.
    ///   - policy: keep the last row, average ratings (latest timestamp), or throw.
    ///   - path: the file, for errors.
    /// - Throws: ``DataError/duplicateInteraction(path:line:user:item:)`` naming the earliest
    ///   repeat in file order when the policy is `.error`.
    /// - Complexity: O(rows + users + items).
    static func merge(
        _ table: InteractionTable, policy: LoadOptions.DuplicatePolicy, path: String
    ) throws -> Outcome {
        let rowCount = table.count
        let userCount = table.userIDs.count
        var offsets = [Int](repeating: 0, count: userCount + 1)
        for user in table.users { offsets[Int(user) + 1] += 1 }
        for user in 0..<userCount { offsets[user + 1] += offsets[user] }
        var order = [Int32](repeating: 0, count: rowCount)
        var cursor = offsets
        for row in 0..<rowCount {
            let user = Int(table.users[row])
            order[cursor[user]] = Int32(row)
            cursor[user] += 1
        }
        var lastRowOfItem = [Int32](repeating: -1, count: table.itemIDs.count)
        var stampOfItem = [Int32](repeating: -1, count: table.itemIDs.count)
        var dropped = [Bool](repeating: false, count: rowCount)
        var mergedInto: [Int: Group] = [:]
        var pairs = 0
        var mergedRows = 0
        var earliestRepeat = Int.max
        for user in 0..<userCount {
            for slot in offsets[user]..<offsets[user + 1] {
                let row = Int(order[slot])
                let item = Int(table.items[row])
                guard stampOfItem[item] == Int32(user) else {
                    stampOfItem[item] = Int32(user)
                    lastRowOfItem[item] = Int32(row)
                    continue
                }
                let earlier = Int(lastRowOfItem[item])
                earliestRepeat = min(earliestRepeat, row)
                if mergedInto[earlier] == nil { pairs += 1 }
                var group = mergedInto.removeValue(forKey: earlier) ?? Group(table, row: earlier)
                group.add(table, row: row)
                mergedInto[row] = group
                dropped[earlier] = true
                mergedRows += 1
                lastRowOfItem[item] = Int32(row)
            }
        }
        guard mergedRows > 0 else { return Outcome(table: table, pairs: 0, mergedRows: 0) }
        if policy == .error {
            throw DataError.duplicateInteraction(
                path: path, line: table.line(ofRow: earliestRepeat),
                user: table.userIDs.rawIDs[Int(table.users[earliestRepeat])],
                item: table.itemIDs.rawIDs[Int(table.items[earliestRepeat])])
        }
        var merged = table
        if policy == .mean {
            for (row, group) in mergedInto {
                merged.ratings?[row] = Float(group.ratingSum / Double(group.count))
                merged.timestamps?[row] = group.latest
            }
        }
        let kept = (0..<rowCount).filter { !dropped[$0] }
        merged.users = kept.map { merged.users[$0] }
        merged.items = kept.map { merged.items[$0] }
        merged.ratings = merged.ratings.map { ratings in kept.map { ratings[$0] } }
        merged.timestamps = merged.timestamps.map { timestamps in kept.map { timestamps[$0] } }
        merged.lineAnchors = []
        return Outcome(table: merged, pairs: pairs, mergedRows: mergedRows)
    }

    /// The running merge of one repeated pair.
    private struct Group {
        var ratingSum: Double
        var count: Int
        var latest: Int64

        init(_ table: InteractionTable, row: Int) {
            ratingSum = Double(table.ratings?[row] ?? 0)
            count = 1
            latest = table.timestamps?[row] ?? 0
        }

        mutating func add(_ table: InteractionTable, row: Int) {
            ratingSum += Double(table.ratings?[row] ?? 0)
            count += 1
            latest = max(latest, table.timestamps?[row] ?? 0)
        }
    }
}
