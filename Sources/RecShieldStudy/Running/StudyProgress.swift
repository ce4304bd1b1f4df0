/// Where a running study stands, reported after every cell.
public struct StudyProgress: Sendable, Equatable {
    /// Cells of this run (the shard's, when sharded) that are finished, including those a
    /// previous run had stored.
    public var done: Int
    /// Cells of this run that failed so far.
    public var failed: Int
    /// Cells of this run in total.
    public var total: Int
    /// Cells skipped because they were already stored (resume).
    public var resumed: Int
    /// The key of the cell that just ended.
    public var cellKey: String
    /// Whether it failed.
    public var cellFailed: Bool
    /// Its wall-clock seconds.
    public var cellSeconds: Double
    /// Estimated seconds left: the mean time of the cells run so far times the cells left.
    public var estimatedSecondsLeft: Double

    /// Creates a report.
    public init(
        done: Int, failed: Int, total: Int, resumed: Int, cellKey: String, cellFailed: Bool, cellSeconds: Double,
        estimatedSecondsLeft: Double
    ) {
        self.done = done
        self.failed = failed
        self.total = total
        self.resumed = resumed
        self.cellKey = cellKey
        self.cellFailed = cellFailed
        self.cellSeconds = cellSeconds
        self.estimatedSecondsLeft = estimatedSecondsLeft
    }
}
