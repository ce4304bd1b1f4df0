import RecShieldCore

/// Small data sets and parameter draws for the defense tests.
enum DefenseFixtures {
    /// One user who has seen item 0 of two: every BPR triple is (0, 0, 1), so one epoch is
    /// exactly one step.
    static func oneTriple() throws -> InteractionDataset {
        InteractionDataset(
            userIDs: try IDMap(rawIDs: ["u"]), itemIDs: try IDMap(rawIDs: ["seen", "unseen"]), users: [0], items: [0])
    }

    /// One rating, 4 stars, of item 0 by user 0: every explicit-MF step is on it.
    static func oneRating() throws -> InteractionDataset {
        InteractionDataset(
            userIDs: try IDMap(rawIDs: ["u"]), itemIDs: try IDMap(rawIDs: ["i"]), users: [0], items: [0], ratings: [4])
    }

    /// `count` draws from `N(0, deviation²)`.
    static func gaussian(_ count: Int, deviation: Double = 0.5, seed: UInt64) -> [Float] {
        var generator = Xoshiro256StarStar(seed: seed)
        return (0..<count).map { _ in Float(deviation * generator.nextGaussian()) }
    }

    /// Two taste groups: `users` users and `items` items split in halves; each user interacts with
    /// `perUser` items of its own half (a seeded choice) — structure a model can learn in a few
    /// epochs, and that cross-group noise visibly breaks. Raw IDs `u<k>`, `i<k>`; timestamps
    /// increase with the position.
    static func twoGroups(users: Int = 24, items: Int = 20, perUser: Int = 6, seed: UInt64 = 1) -> InteractionDataset {
        var generator = Xoshiro256StarStar(seed: seed)
        var userIDs = IDMap()
        var itemIDs = IDMap()
        for index in 0..<users { userIDs.insert("u\(index)") }
        for index in 0..<items { itemIDs.insert("i\(index)") }
        var rows: [Int32] = []
        var columns: [Int32] = []
        let half = items / 2
        for user in 0..<users {
            let offset = user < users / 2 ? 0 : half
            var chosen = Array(0..<half)
            chosen.fisherYatesShuffle(using: &generator)
            for item in chosen.prefix(perUser).sorted() {
                rows.append(Int32(user))
                columns.append(Int32(offset + item))
            }
        }
        return InteractionDataset(
            userIDs: userIDs, itemIDs: itemIDs, users: rows, items: columns,
            timestamps: rows.indices.map { Int64(1000 + $0) })
    }

    /// A BPR-MF model over `data`'s maps with the given parameters.
    static func bprModel(
        _ data: InteractionDataset, factors: Int, seed: UInt64, learningRate: Float = 0.2, regularization: Float = 0.05,
        usesBiases: Bool = true
    ) -> BPRMatrixFactorization {
        let configuration = BPRMatrixFactorization.Configuration(
            training: TrainingConfiguration(
                factors: factors, epochs: 1, learningRate: learningRate, regularization: regularization, seed: seed),
            usesItemBiases: usesBiases)
        return BPRMatrixFactorization(
            configuration: configuration, userIDs: data.userIDs, itemIDs: data.itemIDs,
            userFactors: FactorMatrix(
                rowCount: data.userCount, columnCount: factors,
                values: gaussian(data.userCount * factors, seed: seed)),
            itemFactors: FactorMatrix(
                rowCount: data.itemCount, columnCount: factors,
                values: gaussian(data.itemCount * factors, seed: seed + 1)),
            itemBiases: usesBiases ? gaussian(data.itemCount, deviation: 0.3, seed: seed + 2)
                : [Float](repeating: 0, count: data.itemCount))
    }
}
