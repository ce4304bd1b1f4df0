import RecShieldCore

/// A clean-utility metric on held-out interactions of real users: a ranking metric (full
/// ranking, training items excluded) or the RMSE of predicted ratings.
public enum UtilityMetric: Sendable, Hashable, CustomStringConvertible {
    /// A ranking metric such as HR@10 or NDCG@10 (``RankingEvaluator``, full ranking).
    case ranking(RankingMetric)
    /// The root mean squared error on the held-out ratings (``RatingEvaluator``, predictions
    /// as the model returns them).
    case rmse

    /// The display name, e.g. `"NDCG@10"` or `"RMSE"`.
    public var name: String {
        switch self {
        case let .ranking(metric): return metric.name
        case .rmse: return "RMSE"
        }
    }

    /// Whether larger values are better (false for RMSE).
    public var higherIsBetter: Bool {
        switch self {
        case let .ranking(metric): return metric.higherIsBetter
        case .rmse: return false
        }
    }

    public var description: String { name }

    /// The values of `metrics` for `model`, in order.
    /// - Parameters:
    ///   - metrics: what to compute.
    ///   - model: the model.
    ///   - test: held-out interactions (values = ratings for RMSE), in the model's indices.
    ///   - training: the training interactions, excluded from the ranking candidates.
    ///   - threads: worker threads (results do not depend on them).
    /// - Throws: ``DataError/invalidParameter(name:value:expected:)`` for a cut-off below 1.
    static func evaluate<Model: Recommender>(
        _ metrics: [UtilityMetric], of model: Model, test: SparseMatrix, training: SparseMatrix, threads: Int
    ) throws -> [Double] {
        let ranking = metrics.compactMap { metric -> RankingMetric? in
            if case let .ranking(inner) = metric { return inner }
            return nil
        }
        let rankingValues = ranking.isEmpty
            ? nil
            : try RankingEvaluator(metrics: ranking, threads: threads).evaluate(model, test: test, training: training)
        let rmse = metrics.contains(.rmse) ? RatingEvaluator(threads: threads).evaluate(model, test: test).rmse : 0
        return metrics.map { metric in
            switch metric {
            case let .ranking(inner): return rankingValues?.mean(of: inner) ?? 0
            case .rmse: return rmse
            }
        }
    }
}
