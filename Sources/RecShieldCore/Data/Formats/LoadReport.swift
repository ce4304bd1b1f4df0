/// What a loader did: which files it read, how it read them, and what it skipped or merged.
public struct LoadReport: Sendable, Equatable {
    /// The format that was used (never ``DataFormat/auto``).
    public var format: DataFormat
    /// Every file read, interactions first, then side information.
    public var sourceFiles: [String]
    /// Data rows of the interaction file read successfully (before duplicates were merged).
    public var rowsRead: Int
    /// Malformed rows skipped (in all files) under ``LoadOptions/BadRowPolicy/skip``.
    public var rowsSkipped: Int
    /// The first few skipped rows (at most 10), each as the error it would have raised.
    public var firstSkippedRows: [DataError]
    /// Distinct (user, item) pairs that appeared more than once.
    public var duplicatePairs: Int
    /// Rows folded into another row by the duplicate policy; the data set has
    /// `rowsRead - duplicateRowsMerged` interactions.
    public var duplicateRowsMerged: Int

    /// Creates a report.
    public init(
        format: DataFormat, sourceFiles: [String], rowsRead: Int, rowsSkipped: Int = 0,
        firstSkippedRows: [DataError] = [], duplicatePairs: Int = 0, duplicateRowsMerged: Int = 0
    ) {
        self.format = format
        self.sourceFiles = sourceFiles
        self.rowsRead = rowsRead
        self.rowsSkipped = rowsSkipped
        self.firstSkippedRows = firstSkippedRows
        self.duplicatePairs = duplicatePairs
        self.duplicateRowsMerged = duplicateRowsMerged
    }

    /// A one-line warning about skipped rows and merged duplicates, or `nil` when there was
    /// nothing to warn about.
    public var warning: String? {
        var parts: [String] = []
        if rowsSkipped > 0 {
            var text = "skipped \(rowsSkipped) malformed row\(rowsSkipped == 1 ? "" : "s")"
            if let first = firstSkippedRows.first { text += " (first: \(first.description))" }
            parts.append(text)
        }
        if duplicateRowsMerged > 0 {
            parts.append(
                "merged \(duplicateRowsMerged) duplicate row\(duplicateRowsMerged == 1 ? "" : "s") "
                    + "of \(duplicatePairs) repeated (user, item) pair\(duplicatePairs == 1 ? "" : "s")")
        }
        return parts.isEmpty ? nil : parts.joined(separator: "; ")
    }
}
