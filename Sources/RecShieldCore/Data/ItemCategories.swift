/// Multi-valued categorical side information per item, such as genres or tags.
///
/// Category names get dense indices through their own ``IDMap``; the item × category incidence is a
/// ``SparseMatrix`` whose rows follow the item indices of the data set it belongs to (items without
/// categories have empty rows).
public struct ItemCategories: Sendable, Equatable {
    /// Category names ↔ dense category indices.
    public var categoryIDs: IDMap
    /// Row = item index, columns = its category indices, values = 1.
    public var matrix: SparseMatrix

    /// Creates side information from each item's list of category names.
    /// - Parameters:
    ///   - categoriesByItem: for each item index `0..<itemCount`, its category names (repeats ignored).
    public init(categoriesByItem: [[String]]) {
        var ids = IDMap()
        var rows: [Int32] = []
        var columns: [Int32] = []
        for (item, names) in categoriesByItem.enumerated() {
            var seen = Set<Int>()
            for name in names {
                let category = ids.insert(name)
                if seen.insert(category).inserted {
                    rows.append(Int32(item))
                    columns.append(Int32(category))
                }
            }
        }
        categoryIDs = ids
        matrix = SparseMatrix(
            rowCount: categoriesByItem.count, columnCount: ids.count,
            rows: rows, columns: columns, values: nil)
    }

    /// The category names of `item`.
    public func categories(ofItem item: Int) -> [String] {
        guard item < matrix.rowCount else { return [] }
        return matrix.columns(ofRow: item).map { categoryIDs.rawID(at: Int($0)) }
    }
}
