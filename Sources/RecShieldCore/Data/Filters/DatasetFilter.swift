/// A rule that removes interactions from a data set and compacts the ID maps of the rest.
///
/// Conformers implement ``filter(_:)``; chains of filters come from
/// ``InteractionDataset/filtered(by:)``.
public protocol DatasetFilter: Sendable {
    /// The interactions that pass the rule, with compacted ID maps, and a report of the removals.
    /// - Throws: ``DataError`` when the rule does not apply to this data set.
    func filter(_ dataset: InteractionDataset) throws -> FilterResult
}

extension InteractionDataset {
    /// Applies `filters` in order, each to the previous one's result.
    /// - Returns: the final data set (compacted even when `filters` is empty) and the summed report.
    /// - Throws: the first error a filter throws.
    public func filtered(by filters: [any DatasetFilter]) throws -> FilterResult {
        var result = FilterResult(original: self, kept: self, rounds: 0)
        for filter in filters {
            let next = try filter.filter(result.dataset)
            result = FilterResult(dataset: next.dataset, report: result.report + next.report)
        }
        return result
    }
}
