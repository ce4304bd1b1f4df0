/// The result of a ``RankingEvaluator`` run: every metric's value for every evaluated user, in
/// user order, and their summaries.
public struct RankingEvaluation: Sendable, Equatable {
    /// The metrics, in the order they were requested.
    public let metrics: [RankingMetric]
    /// How candidates were chosen.
    public let rankingProtocol: RankingProtocol
    /// The evaluated users (those with at least one held-out item), ascending.
    public let users: [Int]
    /// `perUserValues[m][k]` is metric `metrics[m]` for user `users[k]`.
    public let perUserValues: [[Double]]

    /// Creates an evaluation from per-user values.
    /// - Precondition: one value list per metric, each with one value per user.
    public init(metrics: [RankingMetric], rankingProtocol: RankingProtocol, users: [Int], perUserValues: [[Double]]) {
        precondition(perUserValues.count == metrics.count, "one value list per metric")
        precondition(perUserValues.allSatisfy { $0.count == users.count }, "one value per user")
        self.metrics = metrics
        self.rankingProtocol = rankingProtocol
        self.users = users
        self.perUserValues = perUserValues
    }

    /// The per-user values of `metric` in user order, or `nil` if it was not evaluated.
    public func values(of metric: RankingMetric) -> [Double]? {
        metrics.firstIndex(of: metric).map { perUserValues[$0] }
    }

    /// The mean of `metric` over users, or `nil` if it was not evaluated.
    public func mean(of metric: RankingMetric) -> Double? {
        summary(of: metric)?.mean
    }

    /// The mean, spread and 95% confidence interval of `metric`, or `nil` if it was not evaluated.
    public func summary(of metric: RankingMetric) -> MetricSummary? {
        values(of: metric).map(MetricSummary.init(values:))
    }

    /// Every metric with its summary, in request order.
    public var summaries: [(metric: RankingMetric, summary: MetricSummary)] {
        zip(metrics, perUserValues).map { (metric: $0, summary: MetricSummary(values: $1)) }
    }
}
