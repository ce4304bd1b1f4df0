/// What the neighbourhood models derive from their training data before building similarities:
/// the stored interaction matrix, the rating means and the vectors that are compared.
struct NeighborhoodTraining {
    /// The user × item matrix the model keeps: ratings for explicit feedback, ones for implicit.
    let interactions: SparseMatrix
    /// The rating means (explicit feedback); `nil` for implicit feedback.
    let means: RatingMeans?
    /// The user × item values whose rows (``UserKNN``) or columns (``ItemKNN``) are compared:
    /// the stored values, minus the user's mean for the adjusted cosine.
    let vectors: SparseMatrix

    /// Prepares a user × item matrix for a configuration (assumed valid).
    init(_ matrix: SparseMatrix, configuration: NeighborhoodConfiguration) {
        switch configuration.feedback {
        case .implicit:
            interactions = Self.replacingValues(of: matrix) { _, _ in 1 }
            means = nil
            vectors = interactions
        case .explicit:
            let means = RatingMeans(matrix)
            interactions = matrix
            self.means = means
            switch configuration.similarity {
            case .cosine:
                vectors = matrix
            case .adjustedCosine:
                vectors = Self.replacingValues(of: matrix) { user, value in value - means.users[user] }
            }
        }
    }

    /// Prepares a data set: its ratings for explicit feedback, its pairs for implicit feedback.
    /// - Throws: ``DataError/invalidParameter(name:value:expected:)`` for explicit feedback on
    ///   a data set without ratings.
    static func matrix(of data: InteractionDataset, configuration: NeighborhoodConfiguration) throws -> SparseMatrix {
        switch configuration.feedback {
        case .implicit:
            return data.implicit().byUser()
        case .explicit:
            guard data.isRated else {
                throw DataError.invalidParameter(
                    name: "feedback", value: configuration.feedback.rawValue,
                    expected: "implicit for a data set without ratings")
            }
            return data.byUser()
        }
    }

    /// The same sparsity pattern with each value replaced by `transform(row, value)`.
    static func replacingValues(of matrix: SparseMatrix, _ transform: (Int, Float) -> Float) -> SparseMatrix {
        var rows = [Int32](repeating: 0, count: matrix.entryCount)
        var values = [Float](repeating: 0, count: matrix.entryCount)
        for row in 0..<matrix.rowCount {
            for entry in matrix.entryRange(ofRow: row) {
                rows[entry] = Int32(row)
                values[entry] = transform(row, matrix.values[entry])
            }
        }
        return SparseMatrix(
            rowCount: matrix.rowCount, columnCount: matrix.columnCount,
            rows: rows, columns: matrix.columns, values: values)
    }
}
