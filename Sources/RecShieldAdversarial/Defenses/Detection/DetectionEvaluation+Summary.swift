extension DetectionEvaluation {
    /// The mean and spread of one measure over the seeds of a group.
    public struct Spread: Codable, Sendable, Equatable {
        /// The mean.
        public var mean: Double
        /// The sample standard deviation (0 for a single run).
        public var standardDeviation: Double

        /// The spread of `values`.
        /// - Precondition: at least one value.
        public init(_ values: [Double]) {
            precondition(!values.isEmpty, "a spread needs at least one value")
            let count = Double(values.count)
            mean = values.reduce(0, +) / count
            let mean = self.mean
            standardDeviation = values.count < 2
                ? 0 : (values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / (count - 1)).squareRoot()
        }

        enum CodingKeys: String, CodingKey {
            case mean
            case standardDeviation = "standard_deviation"
        }
    }

    /// One detector on one attack kind, goal and size, over all the seeds evaluated.
    ///
    /// JSON keys: `detector`, `kind`, `goal`, `fake_users`, `runs`, `precision`, `recall`, `f1`,
    /// `roc_auc` (each `{"mean", "standard_deviation"}`).
    public struct Summary: Codable, Sendable, Equatable {
        /// The candidate's name.
        public var detector: String
        /// The test attacks' kind.
        public var kind: ShillingAttackKind
        /// Their goal.
        public var goal: AttackGoal
        /// Their size.
        public var fakeUsers: FakeUserAmount
        /// How many test artefacts (seeds) the group holds.
        public var runs: Int
        /// Precision over the runs.
        public var precision: Spread
        /// Recall over the runs.
        public var recall: Spread
        /// F1 over the runs.
        public var f1: Spread
        /// ROC-AUC over the runs.
        public var rocAUC: Spread

        enum CodingKeys: String, CodingKey {
            case detector, kind, goal
            case fakeUsers = "fake_users"
            case runs, precision, recall, f1
            case rocAUC = "roc_auc"
        }
    }

    /// The rows grouped by detector, kind, goal and size (in order of first appearance), with
    /// the mean and standard deviation of each measure over the seeds.
    public func summary() -> [Summary] {
        var groups: [(key: Summary, qualities: [DetectionQuality])] = []
        for row in rows {
            let matches = { (group: Summary) in
                group.detector == row.detector && group.kind == row.attack.kind && group.goal == row.attack.goal
                    && group.fakeUsers == row.attack.fakeUsers
            }
            if let index = groups.firstIndex(where: { matches($0.key) }) {
                groups[index].qualities.append(row.quality)
            } else {
                let empty = Spread([0])
                groups.append((Summary(
                    detector: row.detector, kind: row.attack.kind, goal: row.attack.goal, fakeUsers: row.attack.fakeUsers,
                    runs: 0, precision: empty, recall: empty, f1: empty, rocAUC: empty), [row.quality]))
            }
        }
        return groups.map { group in
            var summary = group.key
            summary.runs = group.qualities.count
            summary.precision = Spread(group.qualities.map(\.precision))
            summary.recall = Spread(group.qualities.map(\.recall))
            summary.f1 = Spread(group.qualities.map(\.f1))
            summary.rocAUC = Spread(group.qualities.map(\.rocAUC))
            return summary
        }
    }
}
