/// What a merge did.
///
/// JSON keys: `added`, `unchanged`, `failed`, `done_cells`, `total_cells`.
public struct MergeSummary: Sendable, Equatable, Codable {
    /// Cells copied into the merged store.
    public var added: Int
    /// Cells the merged store already held with identical results.
    public var unchanged: Int
    /// Failed cells carried over (a finished copy elsewhere always wins).
    public var failed: Int
    /// Finished cells in the merged store.
    public var doneCells: Int
    /// Cells of the whole grid.
    public var totalCells: Int

    enum CodingKeys: String, CodingKey {
        case added, unchanged, failed
        case doneCells = "done_cells"
        case totalCells = "total_cells"
    }
}
