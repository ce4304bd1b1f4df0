/// The profile features of every user of a data set: a users × features table in row-major
/// order, as ``ProfileFeatureExtractor/extract(from:threads:)`` returns it.
///
/// Users without interactions (present in the ID map only) have all-zero rows and
/// ``isActive`` `false`; detectors never score or flag them.
public struct ProfileFeatureMatrix: Sendable, Equatable {
    /// The features, in column order.
    public let features: [ProfileFeature]
    /// The number of users (rows), the size of the data set's user map.
    public let userCount: Int
    /// Row-major values: the feature `f` of user `u` is `values[u · features.count + f]`.
    public let values: [Double]
    /// Whether each user has at least one interaction.
    public let isActive: [Bool]

    /// Creates a matrix from its parts.
    /// - Precondition: `values.count == userCount · features.count` and one activity flag per user.
    public init(features: [ProfileFeature], userCount: Int, values: [Double], isActive: [Bool]) {
        precondition(values.count == userCount * features.count, "one value per user and feature")
        precondition(isActive.count == userCount, "one activity flag per user")
        self.features = features
        self.userCount = userCount
        self.values = values
        self.isActive = isActive
    }

    /// The number of users with at least one interaction.
    public var activeUserCount: Int { isActive.count { $0 } }

    /// The value of `feature` for `user`, or `nil` when the matrix lacks the feature.
    public func value(_ feature: ProfileFeature, user: Int) -> Double? {
        features.firstIndex(of: feature).map { values[user * features.count + $0] }
    }

    /// The feature values of one user, in column order.
    public func row(_ user: Int) -> ArraySlice<Double> {
        values[(user * features.count)..<((user + 1) * features.count)]
    }

    /// The values of `feature` for every user, or `nil` when the matrix lacks the feature.
    public func column(_ feature: ProfileFeature) -> [Double]? {
        features.firstIndex(of: feature).map(column(at:))
    }

    /// The values of the feature in column `index` for every user.
    /// - Precondition: `index` is below `features.count`.
    public func column(at index: Int) -> [Double] {
        (0..<userCount).map { values[$0 * features.count + index] }
    }
}
