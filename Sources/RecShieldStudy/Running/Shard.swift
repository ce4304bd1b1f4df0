import Foundation

/// One slice of a study's cells, so N machines (a Kubernetes Indexed Job, a Slurm job array) can
/// each run a part: shard `I` of `N` runs the cells whose grid index `i` has `i mod N = I`.
///
/// The N shards are disjoint and together hold every cell; the rule depends only on the stable
/// grid order, so every machine computes the same slices without talking to the others.
/// Indices are 0-based, like `JOB_COMPLETION_INDEX` and `SLURM_ARRAY_TASK_ID` with
/// `--array=0-(N-1)`.
public struct Shard: Sendable, Equatable, CustomStringConvertible {
    /// This shard's 0-based index.
    public let index: Int
    /// The number of shards.
    public let count: Int

    /// Creates shard `index` of `count`.
    /// - Throws: ``StudyError/invalidShard(_:reason:)`` unless `0 ≤ index < count`.
    public init(index: Int, count: Int) throws {
        guard count >= 1 else { throw StudyError.invalidShard("\(index)/\(count)", reason: "the shard count must be ≥ 1") }
        guard index >= 0 && index < count else {
            throw StudyError.invalidShard("\(index)/\(count)", reason: "the index must be in 0…\(count - 1) (shards count from 0)")
        }
        self.index = index
        self.count = count
    }

    /// Parses `I/N`, e.g. `0/3`.
    /// - Throws: ``StudyError/invalidShard(_:reason:)``.
    public init(parsing text: String) throws {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let index = Int(parts[0]), let count = Int(parts[1]) else {
            throw StudyError.invalidShard(text, reason: "expected I/N with integers, e.g. 0/3")
        }
        try self.init(index: index, count: count)
    }

    /// The shard a batch scheduler assigned through the environment, or `nil` when none did.
    ///
    /// - Kubernetes Indexed Job: `JOB_COMPLETION_INDEX`, with the count from `count` or
    ///   `RECSHIELD_SHARD_COUNT`.
    /// - Slurm job array: `SLURM_ARRAY_TASK_ID` minus `SLURM_ARRAY_TASK_MIN` (0 when unset), with
    ///   the count from `count`, `RECSHIELD_SHARD_COUNT` or `SLURM_ARRAY_TASK_COUNT`.
    /// - Parameters:
    ///   - environment: the process environment.
    ///   - count: an explicit shard count (`--shard-count`), which wins over variables.
    /// - Throws: ``StudyError`` for unparsable values or a missing count.
    public static func fromEnvironment(_ environment: [String: String], count: Int? = nil) throws -> Shard? {
        func integer(_ name: String) throws -> Int? {
            guard let text = environment[name] else { return nil }
            guard let value = Int(text.trimmingCharacters(in: .whitespaces)) else {
                throw StudyError.invalidShard(text, reason: "\(name) is not an integer")
            }
            return value
        }
        let explicitCount = try count ?? integer("RECSHIELD_SHARD_COUNT")
        if let index = try integer("JOB_COMPLETION_INDEX") {
            guard let total = explicitCount else { throw StudyError.missingShardCount(variable: "JOB_COMPLETION_INDEX") }
            return try Shard(index: index, count: total)
        }
        if let task = try integer("SLURM_ARRAY_TASK_ID") {
            guard let total = try explicitCount ?? integer("SLURM_ARRAY_TASK_COUNT") else {
                throw StudyError.missingShardCount(variable: "SLURM_ARRAY_TASK_ID")
            }
            return try Shard(index: task - (try integer("SLURM_ARRAY_TASK_MIN") ?? 0), count: total)
        }
        return nil
    }

    /// Whether the cell at grid position `cellIndex` belongs to this shard.
    public func contains(cellIndex: Int) -> Bool { cellIndex % count == index }

    /// The cells of this shard, in grid order.
    public func select(_ cells: [StudyCell]) -> [StudyCell] {
        cells.filter { contains(cellIndex: $0.index) }
    }

    /// The shard's run directory inside the study's output directory: `shard-0-of-3`.
    public var directoryName: String { "shard-\(index)-of-\(count)" }

    public var description: String { "\(index)/\(count)" }
}
