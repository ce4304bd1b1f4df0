extension Recommender {
    /// Calls `body(user, scores)` for each of `users`, in order, with that user's score row
    /// (``scores(for:into:)``'s values). Rows are computed a block at a time through
    /// ``scores(forUsers:into:)`` — one matrix product for factor models — in blocks sized as
    /// ``RankingEvaluator/blockSize(itemCount:)`` sizes them; the row is valid only inside `body`.
    /// - Complexity: O(users · cost of scoring a row), memory O(block size · items).
    public func forEachScoreRow<Users: Collection<Int>>(
        of users: Users, _ body: (_ user: Int, _ scores: UnsafeBufferPointer<Float>) throws -> Void
    ) rethrows {
        let items = itemCount
        let blockSize = RankingEvaluator.blockSize(itemCount: items)
        let block = UnsafeMutableBufferPointer<Float>.allocate(capacity: max(1, blockSize * items))
        defer { block.deallocate() }
        var remaining = users[...]
        while !remaining.isEmpty {
            let blockUsers = Array(remaining.prefix(blockSize))
            remaining = remaining.dropFirst(blockUsers.count)
            let rows = UnsafeMutableBufferPointer(rebasing: block[0..<(blockUsers.count * items)])
            rows.initialize(repeating: 0)
            scores(forUsers: blockUsers, into: rows)
            for (row, user) in blockUsers.enumerated() {
                try body(user, UnsafeBufferPointer(rebasing: block[(row * items)..<((row + 1) * items)]))
            }
        }
    }
}
