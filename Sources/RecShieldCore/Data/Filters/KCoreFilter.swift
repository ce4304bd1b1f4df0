/// Keeps the k-core of the user–item graph: the largest set of interactions in which every user
/// has at least `userK` and every item at least `itemK` interactions.
///
/// Users and items under their k are removed together with their interactions, which can push
/// others under their k; this repeats until nothing changes. The result does not depend on the
/// order of removal (the k-core is unique). Implemented by peeling: each round removes every user
/// and item that is under its k after the previous round, touching each interaction at most twice.
///
/// References:
/// - Seidman, "Network structure and minimum degree", Social Networks 1983.
/// - Batagelj & Zaversnik, "An O(m) algorithm for cores decomposition of networks", 2003.
public struct KCoreFilter: DatasetFilter, Equatable {
    /// The fewest interactions every remaining user has.
    public let userK: Int
    /// The fewest interactions every remaining item has.
    public let itemK: Int

    /// Creates the filter.
    /// - Throws: ``DataError/invalidParameter(name:value:expected:)`` when a k is below 1.
    public init(userK: Int, itemK: Int) throws {
        guard userK >= 1 else {
            throw DataError.invalidParameter(name: "user k-core", value: "\(userK)", expected: "an integer ≥ 1")
        }
        guard itemK >= 1 else {
            throw DataError.invalidParameter(name: "item k-core", value: "\(itemK)", expected: "an integer ≥ 1")
        }
        self.userK = userK
        self.itemK = itemK
    }

    /// Creates the filter with the same k for users and items.
    /// - Throws: ``DataError/invalidParameter(name:value:expected:)`` when `k` is below 1.
    public init(k: Int) throws {
        try self.init(userK: k, itemK: k)
    }

    /// The k-core of `dataset`; ``FilterReport/rounds`` is the number of peeling rounds.
    /// - Complexity: O(count + userCount + itemCount).
    public func filter(_ dataset: InteractionDataset) -> FilterResult {
        // Nodes 0..<userCount are users, userCount..<userCount+itemCount are items.
        let userCount = dataset.userCount
        let nodeCount = userCount + dataset.itemCount
        let endpoints = (0..<dataset.count).map {
            (Int(dataset.users[$0]), userCount + Int(dataset.items[$0]))
        }
        var degree = [Int](repeating: 0, count: nodeCount)
        for (user, item) in endpoints {
            degree[user] += 1
            degree[item] += 1
        }
        var offsets = [Int](repeating: 0, count: nodeCount + 1)
        for node in 0..<nodeCount { offsets[node + 1] = offsets[node] + degree[node] }
        var cursor = offsets
        var incident = [Int](repeating: 0, count: 2 * dataset.count)
        for (position, (user, item)) in endpoints.enumerated() {
            incident[cursor[user]] = position
            cursor[user] += 1
            incident[cursor[item]] = position
            cursor[item] += 1
        }
        func minimum(_ node: Int) -> Int { node < userCount ? userK : itemK }

        var alive = [Bool](repeating: true, count: dataset.count)
        var doomed = [Bool](repeating: false, count: nodeCount)
        var frontier = (0..<nodeCount).filter { degree[$0] > 0 && degree[$0] < minimum($0) }
        for node in frontier { doomed[node] = true }
        var rounds = 0
        while !frontier.isEmpty {
            rounds += 1
            var next: [Int] = []
            for node in frontier {
                for position in incident[offsets[node]..<offsets[node + 1]] where alive[position] {
                    alive[position] = false
                    let (user, item) = endpoints[position]
                    let other = node == user ? item : user
                    degree[node] -= 1
                    degree[other] -= 1
                    if !doomed[other] && degree[other] > 0 && degree[other] < minimum(other) {
                        doomed[other] = true
                        next.append(other)
                    }
                }
            }
            // A node queued during this round may have lost its last interaction since.
            frontier = next.filter { degree[$0] > 0 }
        }
        let kept = dataset.subset((0..<dataset.count).lazy.filter { alive[$0] })
        return FilterResult(original: dataset, kept: kept, rounds: rounds)
    }
}
