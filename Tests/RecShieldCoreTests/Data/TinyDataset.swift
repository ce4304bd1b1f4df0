import Foundation
@testable import RecShieldCore

/// Builds small hand-written data sets for the data-layer tests.
enum TinyDataset {
    /// A data set from `(user, item, rating, timestamp)` rows with raw IDs; ratings and timestamps
    /// are kept only when every row has one. ID maps follow first appearance.
    static func make(_ rows: [(user: String, item: String, rating: Float?, time: Int64?)]) -> InteractionDataset {
        var userIDs = IDMap()
        var itemIDs = IDMap()
        let users = rows.map { Int32(userIDs.insert($0.user)) }
        let items = rows.map { Int32(itemIDs.insert($0.item)) }
        let ratings = rows.allSatisfy { $0.rating != nil } ? rows.compactMap(\.rating) : nil
        let timestamps = rows.allSatisfy { $0.time != nil } ? rows.compactMap(\.time) : nil
        return InteractionDataset(
            userIDs: userIDs, itemIDs: itemIDs, users: users, items: items,
            ratings: ratings, timestamps: timestamps)
    }

    /// An implicit, untimed data set from `(user, item)` pairs.
    static func pairs(_ pairs: [(String, String)]) -> InteractionDataset {
        make(pairs.map { (user: $0.0, item: $0.1, rating: nil, time: nil) })
    }

    /// The interactions as raw `(user, item)` pairs in stored order.
    static func rawPairs(_ dataset: InteractionDataset) -> [String] {
        (0..<dataset.count).map {
            dataset.userIDs.rawID(at: Int(dataset.users[$0])) + "→" + dataset.itemIDs.rawID(at: Int(dataset.items[$0]))
        }
    }

    /// A random implicit data set: `count` distinct pairs over `users × items`, seeded.
    static func random(users: Int, items: Int, count: Int, seed: UInt64) -> InteractionDataset {
        var generator = Xoshiro256StarStar(seed: seed)
        var seen = Set<Int>()
        var rows: [(user: String, item: String, rating: Float?, time: Int64?)] = []
        while rows.count < count {
            let user = generator.nextIndex(below: users)
            let item = generator.nextIndex(below: items)
            guard seen.insert(user * items + item).inserted else { continue }
            let rating = Float(1 + generator.nextIndex(below: 5))
            let time = Int64(1_000 + generator.nextIndex(below: 50))
            rows.append((user: "u\(user)", item: "i\(item)", rating: rating, time: time))
        }
        return make(rows)
    }
}

extension TinyDataset {
    /// Each interaction as "user→item|rating|timestamp" with raw IDs, in stored order.
    static func rawRows(_ dataset: InteractionDataset) -> [String] {
        let pairs = rawPairs(dataset)
        return pairs.indices.map { position in
            let rating = dataset.ratings.map { "\($0[position])" } ?? "-"
            let time = dataset.timestamps.map { "\($0[position])" } ?? "-"
            return "\(pairs[position])|\(rating)|\(time)"
        }
    }

    /// A rated, timed data set where user `u<k>` has `counts[k]` interactions.
    static func withUserSizes(_ counts: [Int]) -> InteractionDataset {
        var rows: [(user: String, item: String, rating: Float?, time: Int64?)] = []
        for (user, count) in counts.enumerated() {
            for item in 0..<count {
                rows.append((user: "u\(user)", item: "i\(item)", rating: Float(1 + item % 5), time: Int64(100 * user + item)))
            }
        }
        return make(rows)
    }
}

extension TinyDataset {
    /// A fresh empty directory under the system's temporary directory; the caller removes it.
    static func temporaryDirectory() throws -> String {
        let path = FileManager.default.temporaryDirectory
            .appendingPathComponent("recshield-tests-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// The UTF-8 text of a file.
    static func text(_ path: String) throws -> String {
        String(decoding: try Data(contentsOf: URL(fileURLWithPath: path)), as: UTF8.self)
    }

    /// Writes `text` to a file.
    static func write(_ text: String, to path: String) throws {
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    }
}
