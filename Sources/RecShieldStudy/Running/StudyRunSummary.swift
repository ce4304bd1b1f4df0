/// How a run ended.
///
/// JSON keys: `total`, `resumed`, `ran`, `failed`, `stopped`.
public struct StudyRunSummary: Sendable, Equatable, Codable {
    /// Cells of this run (the shard's, when sharded).
    public var total: Int
    /// Cells skipped because they were already stored.
    public var resumed: Int
    /// Cells run now (finished or failed).
    public var ran: Int
    /// Cells that failed now.
    public var failed: Int
    /// Whether the progress callback stopped the run early.
    public var stopped: Bool

    /// Cells still missing: never run, failed, or cut off by a stop.
    public var remaining: Int { total - resumed - ran + failed }
}
