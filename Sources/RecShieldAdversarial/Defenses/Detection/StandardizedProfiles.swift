import RecShieldCore

/// The user × item matrix with each user's row z-scored as a *variable* over all items, as
/// PCA-VarSelect treats users, kept sparse: `Z = S + b·1ᵀ` with a sparse part `S` and one
/// constant `b_u` per user row.
///
/// ```
/// rated data:    missing ratings are imputed with the user's mean r̄_u, so over all I items the
///                row has mean r̄_u and standard deviation σ_u·√(n_u / I) (σ_u over u's ratings):
///                z_ui = (r_ui − r̄_u) / (σ_u·√(n_u / I))  for rated items, 0 for the others
///                S holds z_ui, b_u = 0
/// implicit data: the whole binary row x_u ∈ {0,1}^I is observed; p_u = n_u / I,
///                z_ui = (x_ui − p_u) / √(p_u (1 − p_u))
///                S holds 1/√(p_u (1 − p_u)) on the user's items, b_u = −p_u / √(p_u (1 − p_u))
/// ```
/// Every row has mean 0 and variance 1 over the items, so `Z·Zᵀ / I` is the users' correlation
/// matrix and a long profile carries no more weight than a short one. A row whose values are all
/// equal (every rating the same, or a user who interacted with every item) is all zero.
struct StandardizedProfiles: Sendable {
    /// `S` by user.
    let byUser: SparseMatrix
    /// `S` by item (the transpose).
    let byItem: SparseMatrix
    /// `b_u` per user.
    let offsets: [Double]

    init(_ data: InteractionDataset) {
        let raw = data.byUser()
        let itemCount = Double(data.itemCount)
        var rows: [Int32] = []
        var values: [Float] = []
        var offsets = [Double](repeating: 0, count: raw.rowCount)
        rows.reserveCapacity(raw.entryCount)
        values.reserveCapacity(raw.entryCount)
        for user in 0..<raw.rowCount {
            let ratings = raw.values(ofRow: user).map(Double.init)
            rows += repeatElement(Int32(user), count: ratings.count)
            guard !ratings.isEmpty else { continue }
            if data.isRated {
                let mean = ratings.reduce(0, +) / Double(ratings.count)
                let deviation = (ratings.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(ratings.count)).squareRoot()
                let scale = deviation * (Double(ratings.count) / itemCount).squareRoot()
                values += ratings.map { scale > 0 ? Float(($0 - mean) / scale) : 0 }
            } else {
                let share = Double(ratings.count) / itemCount
                let deviation = (share * (1 - share)).squareRoot()
                values += repeatElement(deviation > 0 ? Float(1 / deviation) : 0, count: ratings.count)
                offsets[user] = deviation > 0 ? -share / deviation : 0
            }
        }
        byUser = SparseMatrix(rowCount: raw.rowCount, columnCount: raw.columnCount, rows: rows, columns: raw.columns, values: values)
        byItem = byUser.transposed()
        self.offsets = offsets
    }

    /// `Z·X` for a row-major `items × width` block: a `users × width` block.
    func multiply(items block: [Double], width: Int, threads: Int) -> [Double] {
        var columnSums = [Double](repeating: 0, count: width)
        for item in 0..<byItem.rowCount {
            for k in 0..<width { columnSums[k] += block[item * width + k] }
        }
        return ParallelRows.fill(count: byUser.rowCount, width: width, threads: threads, prepare: {}) { user, row, _ in
            for k in 0..<width { row[k] = offsets[user] * columnSums[k] }
            for entry in byUser.entryRange(ofRow: user) {
                let value = Double(byUser.values[entry])
                let item = Int(byUser.columns[entry])
                for k in 0..<width { row[k] += value * block[item * width + k] }
            }
        }
    }

    /// `Zᵀ·Y` for a row-major `users × width` block: an `items × width` block.
    func multiply(users block: [Double], width: Int, threads: Int) -> [Double] {
        var offsetSums = [Double](repeating: 0, count: width)
        for user in 0..<byUser.rowCount where offsets[user] != 0 {
            for k in 0..<width { offsetSums[k] += offsets[user] * block[user * width + k] }
        }
        return ParallelRows.fill(count: byItem.rowCount, width: width, threads: threads, prepare: {}) { item, row, _ in
            for k in 0..<width { row[k] = offsetSums[k] }
            for entry in byItem.entryRange(ofRow: item) {
                let value = Double(byItem.values[entry])
                let user = Int(byItem.columns[entry])
                for k in 0..<width { row[k] += value * block[user * width + k] }
            }
        }
    }
}
