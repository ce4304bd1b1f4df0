import Dispatch
import RecShield

/// The metrics `train` and `evaluate` report: ranking metrics at each cut-off (full ranking of
/// every item the user did not train on) and, for models that predict ratings, RMSE and MAE.
struct MetricSelection: Equatable {
    /// The ranking metrics, in output order.
    var ranking: [RankingMetric]
    /// The rating metrics, in output order.
    var rating: [RatingMetric]

    /// The names `--metrics` accepts.
    static let names = ["hr", "ndcg", "recall", "precision", "mrr", "map", "auc", "rmse", "mae"]

    /// HR, NDCG and Recall at 10 and 20, plus RMSE and MAE when the model predicts ratings.
    static func standard(predictsRatings: Bool) -> MetricSelection {
        let cutoffs = [10, 20]
        return MetricSelection(
            ranking: cutoffs.map { RankingMetric.hitRatio($0) } + cutoffs.map { .ndcg($0) } + cutoffs.map { .recall($0) },
            rating: predictsRatings ? [.rmse, .mae] : [])
    }

    /// Parses `--metrics hr,ndcg,…` and `--cutoffs 10,20`: each metric with a cut-off once per
    /// cut-off, in the order given; repeats are dropped.
    /// - Throws: ``MetricSelectionError`` naming an unknown metric or a bad cut-off.
    init(metrics: String, cutoffs: String) throws {
        let given = try cutoffs.split(separator: ",", omittingEmptySubsequences: false).map { text -> Int in
            let trimmed = text.trimmingSpaces
            guard let k = Int(trimmed), k >= 1 else {
                throw MetricSelectionError("--cutoffs: '\(trimmed)' is not a whole number of at least 1")
            }
            return k
        }
        let ks = given.enumerated().filter { !given[..<$0.offset].contains($0.element) }.map(\.element)
        var ranking: [RankingMetric] = []
        var rating: [RatingMetric] = []
        let names = metrics.split(separator: ",", omittingEmptySubsequences: false).map { $0.trimmingSpaces.lowercased() }
        for name in names {
            let added: [RankingMetric]
            switch name {
            case "hr": added = ks.map { .hitRatio($0) }
            case "ndcg": added = ks.map { .ndcg($0) }
            case "recall": added = ks.map { .recall($0) }
            case "precision": added = ks.map { .precision($0) }
            case "map": added = ks.map { .meanAveragePrecision($0) }
            case "mrr": added = [.meanReciprocalRank]
            case "auc": added = [.auc]
            case "rmse", "mae":
                let metric: RatingMetric = name == "rmse" ? .rmse : .mae
                if !rating.contains(metric) { rating.append(metric) }
                added = []
            default:
                throw MetricSelectionError(
                    "--metrics: unknown metric '\(name)'; use \(Self.names.joined(separator: ", "))")
            }
            ranking += added.filter { !ranking.contains($0) }
        }
        self.init(ranking: ranking, rating: rating)
    }

    init(ranking: [RankingMetric], rating: [RatingMetric]) {
        self.ranking = ranking
        self.rating = rating
    }

    /// The JSON key of a metric: its lower-case name, e.g. `"hr@10"`, `"mrr"`, `"rmse"`.
    static func key(_ name: String) -> String { name.lowercased() }

    /// Evaluates `model` on `test` (which has the model's ID maps).
    /// - Parameters:
    ///   - excluded: each user's training items, left out of the ranking.
    ///   - threads: evaluation threads (the results do not depend on them).
    /// - Throws: ``DataError`` when rating metrics are asked for on unrated test data.
    func evaluate(
        _ model: any ArchivableModel, test: InteractionDataset, excluding excluded: SparseMatrix?, threads: Int
    ) throws -> MetricResults {
        let start = DispatchTime.now().uptimeNanoseconds
        var values: [(name: String, value: Double)] = []
        var users = 0
        if !ranking.isEmpty {
            let evaluation = try RankingEvaluator(metrics: ranking, threads: threads)
                .evaluate(model, test: test.byUser(), training: excluded)
            users = evaluation.users.count
            values += evaluation.summaries.map { (name: $0.metric.name, value: $0.summary.mean) }
        }
        if !rating.isEmpty {
            let evaluation = try RatingEvaluator(threads: threads).evaluate(model, test: test)
            values += rating.map { (name: $0.name, value: evaluation.value(of: $0)) }
        }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) * 1e-9
        return MetricResults(values: values, evaluatedUsers: users, seconds: seconds)
    }
}

/// Metric values in output order, with how many users the ranking metrics averaged over.
struct MetricResults {
    /// Display name and value of each metric.
    var values: [(name: String, value: Double)]
    /// Users with at least one test interaction (the ranking metrics' denominator).
    var evaluatedUsers: Int
    /// Wall-clock seconds of the evaluation.
    var seconds: Double

    /// The values keyed by ``MetricSelection/key(_:)``, for JSON.
    var keyed: [String: Double] {
        Dictionary(uniqueKeysWithValues: values.map { (MetricSelection.key($0.name), $0.value) })
    }

    /// A two-column table of the values to 4 decimals.
    var table: String {
        var table = TextTable(headers: ["metric", "value"])
        for (name, value) in values { table.append([name, MetricsCommand.fixed(value)]) }
        return table.rendered()
    }
}

/// A `--metrics` or `--cutoffs` value that cannot be used; the message says why.
struct MetricSelectionError: Error, CustomStringConvertible {
    /// What is wrong.
    let description: String

    init(_ description: String) {
        self.description = description
    }
}

extension Substring {
    /// The text without leading and trailing spaces.
    var trimmingSpaces: String {
        String(drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
    }
}
