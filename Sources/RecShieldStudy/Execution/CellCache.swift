import Foundation

/// Work shared by the cells of one seed — the clean model of a (model, seed) pair, the fake
/// profiles of an (attack, seed) pair — kept for the next cells that need it.
///
/// Keys spell out everything the value depends on (the experiment seed and the entry with its
/// sweep values), so a hit returns exactly what a fresh computation would: cell results stay
/// independent of the order cells run in. The oldest entries are dropped beyond `capacity`.
final class CellCache: @unchecked Sendable {
    private let lock = NSLock()
    private let capacity: Int
    private var entries: [(key: String, value: Any)] = []

    /// Creates an empty cache holding at most `capacity` values.
    init(capacity: Int) {
        self.capacity = capacity
    }

    /// The value stored under `key`, or `make()`'s result, stored.
    /// - Throws: what `make` throws (nothing is stored then).
    func value<Value>(for key: String, make: () throws -> Value) rethrows -> Value {
        lock.lock()
        let hit = entries.first { $0.key == key }?.value as? Value
        lock.unlock()
        if let hit { return hit }
        let value = try make()
        lock.lock()
        defer { lock.unlock() }
        entries.removeAll { $0.key == key }
        entries.append((key, value))
        if entries.count > capacity { entries.removeFirst(entries.count - capacity) }
        return value
    }
}
