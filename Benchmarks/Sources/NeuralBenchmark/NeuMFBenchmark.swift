import RecShield

#if canImport(Glibc)
import Glibc
#endif

/// NeuMF on ml-latest-small: implicit feedback (every rating is an interaction), leave-one-out by
/// latest timestamp, full ranking of all items excluding the user's training items.
enum NeuMFBenchmark {
    /// `<package root>/../shared/data/ml-latest-small/ratings.csv`, from this file's path.
    static var ratingsPath: String {
        var parts = String(#filePath).split(separator: "/", omittingEmptySubsequences: false)
        parts.removeLast(4)  // Sources/NeuralBenchmark/NeuMFBenchmark.swift and Benchmarks
        return parts.joined(separator: "/") + "/../shared/data/ml-latest-small/ratings.csv"
    }

    /// (user, item, timestamp) triples with dense indices in order of first appearance.
    static func readRatings(_ path: String) -> (users: [Int32], items: [Int32], times: [Int64], userCount: Int, itemCount: Int)? {
        guard let file = fopen(path, "r") else { return nil }
        defer { fclose(file) }
        var userIndex: [Substring: Int32] = [:]
        var itemIndex: [Substring: Int32] = [:]
        var users: [Int32] = []
        var items: [Int32] = []
        var times: [Int64] = []
        var line: UnsafeMutablePointer<CChar>?
        var capacity = 0
        var header = true
        while getline(&line, &capacity, file) > 0 {
            if header {
                header = false
                continue
            }
            let text = String(cString: line!)
            let fields = text.split(separator: ",")
            // The file ends lines with CRLF; keep the timestamp's digits only.
            guard fields.count == 4, let time = Int64(String(fields[3].prefix { $0.isASCII && $0.isNumber }))
            else { continue }
            let user = userIndex[fields[0]] ?? Int32(userIndex.count)
            userIndex[fields[0]] = user
            let item = itemIndex[fields[1]] ?? Int32(itemIndex.count)
            itemIndex[fields[1]] = item
            users.append(user)
            items.append(item)
            times.append(time)
        }
        free(line)
        return (users, items, times, userIndex.count, itemIndex.count)
    }

    static func run() {
        guard let data = readRatings(ratingsPath), data.userCount > 0 else {
            print("neumf: \(ratingsPath) not found; skipped")
            return
        }
        // The latest interaction of each user (the later line on ties) is the test item.
        var latest = [Int](repeating: -1, count: data.userCount)
        for index in data.users.indices {
            let user = Int(data.users[index])
            if latest[user] < 0 || data.times[index] >= data.times[latest[user]] { latest[user] = index }
        }
        var trainUsers: [Int32] = []
        var trainItems: [Int32] = []
        for index in data.users.indices where latest[Int(data.users[index])] != index {
            trainUsers.append(data.users[index])
            trainItems.append(data.items[index])
        }
        let train = SparseMatrix(
            rowCount: data.userCount, columnCount: data.itemCount, rows: trainUsers, columns: trainItems, values: nil)
        print("neumf: \(data.userCount) users, \(data.itemCount) items, \(train.entryCount) training pairs")

        var counts = [Float](repeating: 0, count: data.itemCount)
        for item in train.columns { counts[Int(item)] += 1 }
        print("  popularity baseline:")
        evaluate(Popularity(counts: counts, userCount: data.userCount), train: train, data: data, latest: latest)

        var configuration = NeuMF.Configuration()
        configuration.epochs = 20
        let clock = ContinuousClock()
        guard var trainer = try? NeuMFTrainer(interactions: train, configuration: configuration) else {
            print("neumf: invalid configuration")
            return
        }
        var trainSeconds = 0.0
        let samples = Double(train.entryCount * (1 + configuration.negativesPerPositive))
        while trainer.completedEpochs < configuration.epochs {
            var loss = 0.0
            let elapsed = clock.measure { loss = trainer.trainEpoch() }
            let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
            trainSeconds += seconds
            let epoch = trainer.completedEpochs
            print("  epoch \(epoch): loss \(fixed(loss, 4)), \(fixed(seconds, 2)) s, \(fixed(samples / seconds / 1e3, 0)) k samples/s")
            if epoch % 5 == 0 { evaluate(trainer.model, train: train, data: data, latest: latest) }
        }
        print("neumf: \(fixed(trainSeconds, 1)) s training in total")
    }

    /// Ranks items by their number of training interactions — the popularity baseline.
    struct Popularity: Recommender {
        let counts: [Float]
        var userCount: Int
        var itemCount: Int { counts.count }
        func scores(for user: Int, into scores: UnsafeMutableBufferPointer<Float>) {
            for item in counts.indices { scores[item] = counts[item] }
        }
    }

    static func evaluate(
        _ model: some Recommender, train: SparseMatrix,
        data: (users: [Int32], items: [Int32], times: [Int64], userCount: Int, itemCount: Int), latest: [Int]
    ) {
        let clock = ContinuousClock()
        var hits = 0.0
        var gain = 0.0
        let elapsed = clock.measure {
            for user in 0..<data.userCount {
                var scores = model.scores(for: user)
                for item in train.columns(ofRow: user) { scores[Int(item)] = -.infinity }
                let target = scores[Int(data.items[latest[user]])]
                let rank = scores.reduce(0) { $0 + ($1 > target ? 1 : 0) }
                if rank < 10 {
                    hits += 1
                    gain += 1 / log2(Double(rank) + 2)
                }
            }
        }
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
        let users = Double(data.userCount)
        print("  HR@10 \(fixed(hits / users, 3)), NDCG@10 \(fixed(gain / users, 3)) (evaluation \(fixed(seconds, 2)) s)")
    }
}
