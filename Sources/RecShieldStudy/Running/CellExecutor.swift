/// The seam between the study machinery and the actual work: runs one cell — prepare data,
/// train, attack, defend, detect, evaluate — and returns what it measured.
///
/// ``StudyRunner`` calls ``run(cell:context:)`` for every cell not yet stored, one at a time, and
/// stores each result in one transaction. An executor must make a cell's result depend only on
/// the cell (its settings and ``StudyCell/seed(for:)``) and ``StudyContext/threads``, never on
/// which cells ran before — that is what makes resume and shard merging give the same results
/// as one uninterrupted run. It may cache work shared by cells (a loaded data set, a split, a
/// clean model per seed) as long as the cache returns what a fresh computation would.
///
/// Throwing marks the cell as failed (its message is stored; `--resume` retries it) and the
/// study goes on; throwing `CancellationError` stops the study without storing the cell.
public protocol CellExecutor {
    /// Rejects a study the executor cannot run (a model kind it does not implement, …) before
    /// any cell starts. The default accepts everything.
    /// - Throws: ``StudyError/unsupported(_:)`` saying what is missing.
    func check(_ grid: StudyGrid, context: StudyContext) throws

    /// Runs one cell.
    /// - Parameters:
    ///   - cell: the cell, with its sweep values applied.
    ///   - context: the run directory, inputs and thread count.
    /// - Returns: every value the cell measured.
    func run(cell: StudyCell, context: StudyContext) throws -> CellResult
}

extension CellExecutor {
    public func check(_ grid: StudyGrid, context: StudyContext) throws {}
}
