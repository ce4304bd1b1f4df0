import RecShieldCore

/// A data set cut into consecutive time windows for temporal-drift evaluation: train a model on
/// the first window, then evaluate it on each later window's test set to see how its quality
/// decays as tastes and the catalogue move on.
///
/// All parts share the data set's ID maps, so a model trained on ``training`` scores every test
/// set directly. Unless cold start is kept, a later window's test set holds only interactions
/// whose user *and* item occur in the training window (a model has learnt nothing about the
/// others); ``Window/coldStartRemoved`` counts what was left out. The metrics themselves are the
/// evaluator's: this type only produces the sets.
///
/// References:
/// - Koren, "Collaborative filtering with temporal dynamics", KDD 2009.
/// - Campos, Díez & Cantador, "Time-aware recommender systems: a comprehensive survey and
///   analysis of existing evaluation protocols", UMUAI 24, 2014.
public struct DriftWindows: Sendable, Equatable {
    /// One later window.
    public struct Window: Sendable, Equatable {
        /// The window's position (1 for the first window after training).
        public var index: Int
        /// The first second of the window.
        public var start: Int64
        /// The second after the window, or `nil` for the last window.
        public var end: Int64?
        /// The window's interactions to evaluate on.
        public var test: InteractionDataset
        /// Interactions of the window left out because their user or item is not in training.
        public var coldStartRemoved: Int
    }

    /// The first window's interactions.
    public var training: InteractionDataset
    /// The second after the training window.
    public var trainingEnd: Int64
    /// The later windows, in time order.
    public var windows: [Window]

    /// Cuts `data` into windows.
    /// - Parameters:
    ///   - data: a data set with timestamps.
    ///   - windowing: how to cut (see ``TimeWindowing``).
    ///   - keepsColdStart: whether test sets keep interactions of users or items the training
    ///     window lacks (default `false`).
    /// - Throws: ``DataError/invalidParameter(name:value:expected:)`` when the data has no
    ///   timestamps or interactions, the windowing gives fewer than two windows, or the training
    ///   window is empty.
    /// - Complexity: O(N log N).
    public init(_ data: InteractionDataset, windowing: TimeWindowing, keepsColdStart: Bool = false) throws {
        guard let timestamps = data.timestamps else {
            throw DataError.invalidParameter(
                name: "data", value: "no timestamps", expected: "timestamped interactions to cut into time windows")
        }
        let starts = try windowing.starts(of: timestamps.sorted())
        // The window of each interaction: the last start at or before its timestamp.
        let windowOf = timestamps.map { time in
            var low = 0
            var high = starts.count
            while high - low > 1 {
                let middle = (low + high) / 2
                if starts[middle] <= time { low = middle } else { high = middle }
            }
            return low
        }
        var positions = [[Int]](repeating: [], count: starts.count)
        for (position, window) in windowOf.enumerated() { positions[window].append(position) }
        guard !positions[0].isEmpty else {
            throw DataError.invalidParameter(
                name: "time windows", value: "\(windowing)", expected: "a first (training) window with interactions")
        }
        training = data.subset(positions[0])
        trainingEnd = starts[1]
        var knownUsers = [Bool](repeating: false, count: data.userCount)
        var knownItems = [Bool](repeating: false, count: data.itemCount)
        for position in positions[0] {
            knownUsers[Int(data.users[position])] = true
            knownItems[Int(data.items[position])] = true
        }
        windows = (1..<starts.count).map { index in
            let kept = keepsColdStart ? positions[index] : positions[index].filter {
                knownUsers[Int(data.users[$0])] && knownItems[Int(data.items[$0])]
            }
            return Window(
                index: index, start: starts[index], end: index + 1 < starts.count ? starts[index + 1] : nil,
                test: data.subset(kept), coldStartRemoved: positions[index].count - kept.count)
        }
    }
}
