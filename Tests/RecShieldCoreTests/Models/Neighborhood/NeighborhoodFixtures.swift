@testable import RecShieldCore

/// Small user × item matrices for the neighbourhood-model tests.
enum NeighborhoodFixtures {
    /// A user × item matrix from dense rows; `nil` is a missing entry.
    static func matrix(_ rows: [[Float?]]) -> SparseMatrix {
        var users: [Int32] = []
        var items: [Int32] = []
        var values: [Float] = []
        for (user, row) in rows.enumerated() {
            for (item, value) in row.enumerated() {
                guard let value else { continue }
                users.append(Int32(user))
                items.append(Int32(item))
                values.append(value)
            }
        }
        return SparseMatrix(
            rowCount: rows.count, columnCount: rows.first?.count ?? 0, rows: users, columns: items, values: values)
    }

    /// Three users rating three items (user means 4, 3, 3; item means 11/3, 3.5, 3):
    /// ```
    ///       i0 i1 i2
    /// u0:    5  5  2
    /// u1:    2  2  5
    /// u2:    4  -  2
    /// ```
    static let ratings = matrix([[5, 5, 2], [2, 2, 5], [4, nil, 2]])

    /// Four users, four items, binary:
    /// ```
    ///       i0 i1 i2 i3
    /// u0:    1  1  .  .
    /// u1:    1  1  1  .
    /// u2:    .  1  1  1
    /// u3:    1  .  .  1
    /// ```
    static let binary = matrix([[1, 1, nil, nil], [1, 1, 1, nil], [nil, 1, 1, 1], [1, nil, nil, 1]])

    /// A seeded random matrix with ratings 1…5 at roughly `density` of the cells.
    static func random(users: Int, items: Int, density: Double, seed: UInt64) -> SparseMatrix {
        var generator = Xoshiro256StarStar(seed: seed)
        let rows: [[Float?]] = (0..<users).map { _ in
            (0..<items).map { _ in
                generator.nextUnitDouble() < density ? Float(1 + generator.nextIndex(below: 5)) : nil
            }
        }
        return matrix(rows)
    }

    /// Two groups of `usersPerGroup` users and 6 items each; each user has every item of their
    /// group except one (user `u` withholds item `u mod 6` of their group), returned as `withheld`.
    static func checkerboard(usersPerGroup: Int = 6) -> (train: SparseMatrix, withheld: [Int]) {
        var rows: [[Float?]] = []
        var withheld: [Int] = []
        for user in 0..<(2 * usersPerGroup) {
            let group = user / usersPerGroup
            let held = group * 6 + user % 6
            withheld.append(held)
            rows.append((0..<12).map { item in item / 6 == group && item != held ? 1 : nil })
        }
        return (matrix(rows), withheld)
    }

    /// A configuration with the given feedback, similarity and `k`, on one thread.
    static func configuration(
        _ feedback: NeighborhoodConfiguration.Feedback, _ similarity: NeighborhoodConfiguration.Similarity = .cosine,
        neighbors: Int = 50, shrinkage: Float = 0
    ) -> NeighborhoodConfiguration {
        var configuration = NeighborhoodConfiguration()
        configuration.feedback = feedback
        configuration.similarity = similarity
        configuration.neighbors = neighbors
        configuration.shrinkage = shrinkage
        configuration.threads = 1
        return configuration
    }
}
