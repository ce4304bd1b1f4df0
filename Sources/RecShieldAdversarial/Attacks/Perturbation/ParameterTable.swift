/// One perturbable table of a model's parameters: a dense row-major matrix with one row per user
/// or item — an embedding table, or the item content features of a content-aware model.
public struct ParameterTable: Sendable, Equatable {
    /// Whose rows a table holds.
    public enum Role: String, Codable, Sendable, CaseIterable {
        /// One row per user (user embeddings).
        case user
        /// One row per item (item embeddings).
        case item
        /// One row per item: its content feature vector (VBPR's `f_i`).
        case itemFeatures = "item_features"
    }

    /// The table's name in the model, e.g. `"user_factors"`.
    public var name: String
    /// Whose rows it holds.
    public var role: Role
    /// The number of rows.
    public var rowCount: Int
    /// The length of each row.
    public var columnCount: Int
    /// The values, row-major.
    public var values: [Float]

    /// Creates a table.
    /// - Precondition: `values.count == rowCount * columnCount`.
    public init(name: String, role: Role, rowCount: Int, columnCount: Int, values: [Float]) {
        precondition(values.count == rowCount * columnCount, "table values do not match its shape")
        self.name = name
        self.role = role
        self.rowCount = rowCount
        self.columnCount = columnCount
        self.values = values
    }
}
