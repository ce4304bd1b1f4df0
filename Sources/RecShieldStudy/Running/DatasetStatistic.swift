/// One data-set statistic of a cell's data.
public struct DatasetStatistic: Sendable, Equatable, Codable {
    /// `users`, `items`, `interactions`, `density`, `fake_users`, ….
    public var name: String
    /// The value.
    public var value: Double

    /// Creates a statistic.
    public init(name: String, value: Double) {
        self.name = name
        self.value = value
    }
}
