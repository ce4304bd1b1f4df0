import RecShieldAdversarial
import RecShieldCore
import RecShieldTestSupport

/// Tiny models and data for the perturbation tests, with a finite-difference check of any
/// ``PerturbableRecommender``'s table gradients.
enum PerturbationFixtures {
    /// Five users × six items, rated 1–5:
    /// ```
    /// u0: i0 5, i1 4, i3 1      u1: i1 5, i2 3        u2: i0 2, i4 5, i5 4
    /// u3: i2 4, i3 3, i5 1      u4: i0 3
    /// ```
    static let training = SparseMatrix(
        rowCount: 5, columnCount: 6,
        rows: [0, 0, 0, 1, 1, 2, 2, 2, 3, 3, 3, 4],
        columns: [0, 1, 3, 1, 2, 0, 4, 5, 2, 3, 5, 0],
        values: [5, 4, 1, 5, 3, 2, 5, 4, 4, 3, 1, 3])

    /// Users and items in `groups` groups (user `u` and item `i` belong to group `u mod groups`
    /// and `i mod groups`): a user interacts with each item of its own group with probability
    /// `inside` and with every other item with probability `outside`, at a random time in
    /// [0, 1000); the latest interaction of each user is held out (leave-one-out).
    static func groupedSplit(
        users: Int, items: Int, groups: Int, inside: Float, outside: Float, seed: UInt64
    ) throws -> DataSplit {
        var generator = Xoshiro256StarStar(seed: seed)
        var rows: [Int32] = []
        var columns: [Int32] = []
        var times: [Int64] = []
        for user in 0..<users {
            for item in 0..<items where generator.nextUnitFloat() < (user % groups == item % groups ? inside : outside) {
                rows.append(Int32(user))
                columns.append(Int32(item))
                times.append(Int64(generator.nextIndex(below: 1000)))
            }
        }
        let data = InteractionDataset(
            userIDs: try IDMap(rawIDs: (0..<users).map { "u\($0)" }), itemIDs: try IDMap(rawIDs: (0..<items).map { "i\($0)" }),
            users: rows, items: columns, ratings: nil, timestamps: times)
        return try LeaveOneOutSplit().split(data)
    }

    /// Seeded Gaussian values.
    static func gaussian(_ count: Int, deviation: Double = 0.5, seed: UInt64) -> [Float] {
        var generator = Xoshiro256StarStar(seed: seed)
        return (0..<count).map { _ in Float(generator.nextGaussian() * deviation) }
    }

    /// A BPR-MF model with random parameters (3 factors, non-zero biases) for `training`.
    static func bpr(factors: Int = 3, seed: UInt64 = 1) throws -> BPRMatrixFactorization {
        let configuration = BPRMatrixFactorization.Configuration(training: TrainingConfiguration(factors: factors))
        return BPRMatrixFactorization(
            configuration: configuration,
            userIDs: try IDMap(rawIDs: (0..<5).map { "u\($0)" }), itemIDs: try IDMap(rawIDs: (0..<6).map { "i\($0)" }),
            userFactors: FactorMatrix(rowCount: 5, columnCount: factors, values: gaussian(5 * factors, seed: seed)),
            itemFactors: FactorMatrix(rowCount: 6, columnCount: factors, values: gaussian(6 * factors, seed: seed + 1)),
            itemBiases: gaussian(6, deviation: 0.3, seed: seed + 2))
    }

    /// An explicit-MF model with random parameters (3 factors, biases, mean 3.2) for `training`.
    static func explicitMF(seed: UInt64 = 1) throws -> ExplicitMatrixFactorization {
        let configuration = ExplicitMatrixFactorization.Configuration(training: TrainingConfiguration(factors: 3))
        return ExplicitMatrixFactorization(
            configuration: configuration,
            userIDs: try IDMap(rawIDs: (0..<5).map { "u\($0)" }), itemIDs: try IDMap(rawIDs: (0..<6).map { "i\($0)" }),
            userFactors: FactorMatrix(rowCount: 5, columnCount: 3, values: gaussian(15, seed: seed)),
            itemFactors: FactorMatrix(rowCount: 6, columnCount: 3, values: gaussian(18, seed: seed + 1)),
            userBiases: gaussian(5, deviation: 0.3, seed: seed + 2), itemBiases: gaussian(6, deviation: 0.3, seed: seed + 3),
            globalMean: 3.2, ratingRange: 1...5)
    }

    /// The indices where a table's analytic gradient disagrees with central finite differences of
    /// the model's own loss on `samples`.
    static func gradientMismatches<Model: PerturbableRecommender>(
        _ model: Model, samples: Model.LossSamples, table: Int, step: Float = 1e-2
    ) -> [Int] {
        let tables = model.perturbableTables
        let analytic = model.lossGradient(on: samples).tables[table]
        let numeric = FiniteDifference.gradient(at: tables[table].values, step: step) { values in
            var replaced = tables.map(\.values)
            replaced[table] = values
            return model.replacingTableValues(replaced).lossGradient(on: samples).loss
        }
        return FiniteDifference.mismatches(analytic, numeric, relativeTolerance: 2e-2, absoluteTolerance: 2e-3)
    }
}
