extension Recommender {
    /// Calls `body(index, user, scores)` for each of `users`, in order — `index` counting from 0
    /// — with that user's score row (``scores(for:into:)``'s values) in a scratch buffer the body
    /// may overwrite. Rows are computed a block at a time through ``scores(forUsers:into:)`` — one
    /// matrix product for factor models — in blocks of
    /// ``RankingEvaluator/blockSize(itemCount:)``; a row is valid only inside `body`.
    /// - Complexity: O(users · cost of scoring a row), memory O(block size · items).
    public func forEachScoreRow<Users: Collection<Int>>(
        of users: Users,
        _ body: (_ index: Int, _ user: Int, _ scores: UnsafeMutableBufferPointer<Float>) throws -> Void
    ) rethrows {
        let items = itemCount
        let blockSize = RankingEvaluator.blockSize(itemCount: items)
        // `Float` is trivial: the rows need no initialisation before the model overwrites them.
        let block = UnsafeMutableBufferPointer<Float>.allocate(capacity: max(1, blockSize * items))
        defer { block.deallocate() }
        var remaining = users[...]
        var index = 0
        while !remaining.isEmpty {
            let blockUsers = Array(remaining.prefix(blockSize))
            remaining = remaining.dropFirst(blockUsers.count)
            scores(forUsers: blockUsers, into: UnsafeMutableBufferPointer(rebasing: block[0..<(blockUsers.count * items)]))
            for (row, user) in blockUsers.enumerated() {
                try body(index, user, UnsafeMutableBufferPointer(rebasing: block[(row * items)..<((row + 1) * items)]))
                index += 1
            }
        }
    }
}
