import Foundation
import RecShield

/// A deterministic synthetic interaction set with MovieLens-like skew, stored in the binary file
/// that both the Swift benchmark and the C reference kernels read:
/// ```
/// "RSBENCH1", Int64 users, Int64 items, Int64 count,
/// Int32 user[count], Int32 item[count], Float rating[count]      (little-endian)
/// ```
struct SyntheticInteractions {
    var userCount: Int
    var itemCount: Int
    var users: [Int32] = []
    var items: [Int32] = []
    var ratings: [Float] = []

    /// Draws about `interactions` interactions: user activity is log-normal (at least
    /// `minimumPerUser`, at most half the items), items follow a Zipf-like popularity
    /// `w_k ∝ 1/(k + 30)`, ratings come from a rank-4 model plus noise, rounded to 1…5.
    init(userCount: Int, itemCount: Int, interactions: Int, seed: UInt64) {
        self.userCount = userCount
        self.itemCount = itemCount
        var rng = Xoshiro256StarStar(seed: seed)
        var cumulative = [Double](repeating: 0, count: itemCount)
        var total = 0.0
        for k in 0..<itemCount {
            total += 1 / Double(k + 30)
            cumulative[k] = total
        }
        // Popular items get scattered indices, so popularity is not ordered by index.
        let itemOrder = Array(0..<itemCount).shuffled(using: &rng)
        let activity = (0..<userCount).map { _ in exp(0.9 * rng.nextGaussian()) }
        let activitySum = activity.reduce(0, +)
        let minimumPerUser = min(20, interactions / userCount / 2)
        let rank = 4
        let userTaste = (0..<(userCount * rank)).map { _ in Float(0.5 * rng.nextGaussian()) }
        let itemTaste = (0..<(itemCount * rank)).map { _ in Float(0.5 * rng.nextGaussian()) }
        let itemQuality = (0..<itemCount).map { _ in Float(0.4 * rng.nextGaussian()) }
        var lastUserOf = [Int32](repeating: -1, count: itemCount)
        users.reserveCapacity(interactions + interactions / 10)
        for user in 0..<userCount {
            let wanted = Int((activity[user] / activitySum * Double(interactions)).rounded())
            let count = min(max(wanted, minimumPerUser), itemCount / 2)
            var taken = 0
            while taken < count {
                let target = rng.nextUnitDouble() * total
                var low = 0
                var high = itemCount - 1
                while low < high {
                    let middle = (low + high) / 2
                    if cumulative[middle] < target { low = middle + 1 } else { high = middle }
                }
                let item = itemOrder[low]
                if lastUserOf[item] == Int32(user) { continue }
                lastUserOf[item] = Int32(user)
                var affinity: Float = 0
                for r in 0..<rank { affinity += userTaste[user * rank + r] * itemTaste[item * rank + r] }
                let raw = 3.5 + itemQuality[item] + affinity + Float(0.5 * rng.nextGaussian())
                users.append(Int32(user))
                items.append(Int32(item))
                ratings.append(min(5, max(1, raw.rounded())))
                taken += 1
            }
        }
    }

    /// Reads a file written by ``write(to:)``.
    init(contentsOf path: String) throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        guard data.count >= 32, data.prefix(8) == Data("RSBENCH1".utf8) else {
            throw BenchmarkError("\(path): not a benchmark data file")
        }
        func int64(at offset: Int) -> Int {
            Int(Int64(littleEndian: data.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: offset, as: Int64.self) }))
        }
        userCount = int64(at: 8)
        itemCount = int64(at: 16)
        let count = int64(at: 24)
        guard data.count == 32 + 12 * count else { throw BenchmarkError("\(path): truncated") }
        func array<T>(_ type: T.Type, at offset: Int) -> [T] {
            data.withUnsafeBytes { raw in
                (0..<count).map { raw.loadUnaligned(fromByteOffset: offset + 4 * $0, as: T.self) }
            }
        }
        users = array(Int32.self, at: 32)
        items = array(Int32.self, at: 32 + 4 * count)
        ratings = array(Float.self, at: 32 + 8 * count)
    }

    /// Writes the binary file described on the type.
    func write(to path: String) throws {
        var data = Data("RSBENCH1".utf8)
        for value in [userCount, itemCount, users.count] {
            withUnsafeBytes(of: Int64(value).littleEndian) { data.append(contentsOf: $0) }
        }
        users.withUnsafeBytes { data.append(contentsOf: $0) }
        items.withUnsafeBytes { data.append(contentsOf: $0) }
        ratings.withUnsafeBytes { data.append(contentsOf: $0) }
        try data.write(to: URL(fileURLWithPath: path))
    }

    /// The interactions as a RecShield data set (raw IDs are the decimal indices).
    func dataset() throws -> InteractionDataset {
        InteractionDataset(
            userIDs: try IDMap(rawIDs: (0..<userCount).map(String.init)),
            itemIDs: try IDMap(rawIDs: (0..<itemCount).map(String.init)),
            users: users, items: items, ratings: ratings)
    }
}

/// A benchmark usage or input error, printed as one line.
struct BenchmarkError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
