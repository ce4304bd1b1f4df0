import Foundation
import RecShield

/// Times full-ranking evaluation of a BPR model against its own training epochs, both at the
/// configuration's thread count: the issue's target is evaluation faster than one epoch.
///
/// `holdout` is `leave-one-out` (each user's last interaction in file order; the protocol of the
/// README's quality table) or a test share such as `0.2` (a random holdout, seed 1).
func timeEvaluation(
    data: InteractionDataset, configuration: BPRMatrixFactorization.Configuration, holdout: String, repeats: Int
) throws {
    let split: DataSplit
    if holdout == "leave-one-out" {
        var ordered = data
        ordered.timestamps = (0..<Int64(data.count)).map { $0 }
        split = try LeaveOneOutSplit().split(ordered)
    } else if let share = Double(holdout) {
        split = try RandomHoldoutSplit(testRatio: share, seed: 1).split(data)
    } else {
        throw BenchmarkError("--holdout: expected leave-one-out or a test share such as 0.2, got '\(holdout)'")
    }
    var fastestEpoch = Double.infinity
    let model = try BPRMatrixFactorization.train(on: split.train, configuration: configuration) { epoch in
        fastestEpoch = min(fastestEpoch, epoch.seconds)
        return .continue
    }
    let metrics: [RankingMetric] = [.hitRatio(10), .ndcg(10), .recall(10), .hitRatio(20), .ndcg(20), .recall(20)]
    let evaluator = try RankingEvaluator(metrics: metrics, threads: configuration.training.threads)
    let test = split.test.byUser()
    let training = split.train.byUser()
    let clock = ContinuousClock()
    var times: [Double] = []
    var evaluation: RankingEvaluation?
    for _ in 0..<max(1, repeats) {
        let elapsed = clock.measure { evaluation = evaluator.evaluate(model, test: test, training: training) }
        times.append(Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18)
    }
    times.sort()
    let median = times[times.count / 2]
    let means = (evaluation?.summaries ?? []).map { "\($0.metric.name)=\(String(format: "%.4f", $0.summary.mean))" }
    print("evaluated \(evaluation?.users.count ?? 0) users × \(data.itemCount) items, \(split.test.count) held out "
        + "(\(holdout)), \(split.train.count) training samples per epoch: \(means.joined(separator: " "))")
    print("evaluation seconds \(String(format: "%.6f", median)) best \(String(format: "%.6f", times[0])) "
        + "epoch \(String(format: "%.6f", fastestEpoch)) ratio \(String(format: "%.3f", median / fastestEpoch))")
}
