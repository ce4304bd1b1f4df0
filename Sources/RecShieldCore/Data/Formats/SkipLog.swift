/// The malformed rows a loader skipped under ``LoadOptions/BadRowPolicy/skip``: how many, and
/// the first few in full.
struct SkipLog {
    /// How many skipped rows are kept in full.
    static let keptRows = 10

    /// The number of rows skipped.
    private(set) var count = 0
    /// The first ``keptRows`` skipped rows, as the errors they would have raised.
    private(set) var first: [DataError] = []

    /// Records a skipped row.
    mutating func record(_ problem: DataError) {
        count += 1
        if first.count < Self.keptRows { first.append(problem) }
    }

    /// Adds the rows of another log after this one's.
    mutating func append(_ other: SkipLog) {
        count += other.count
        first += other.first.prefix(Self.keptRows - first.count)
    }
}
