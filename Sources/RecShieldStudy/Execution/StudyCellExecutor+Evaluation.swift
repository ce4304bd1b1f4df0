import RecShieldAdversarial
import RecShieldCore

extension StudyCellExecutor {
    /// The held-out data a cell is scored on, as user × item matrices shared by every model of
    /// the cell (fake users have no rows, so they are never evaluated).
    struct Evaluation {
        /// Real users' held-out interactions.
        let test: SparseMatrix
        /// Real users' clean training interactions: excluded from the rankings.
        let training: SparseMatrix
        /// Whether the held-out interactions carry ratings.
        let isRated: Bool
        /// What to measure.
        let section: EvaluationSection
        /// The seed of sampled negatives.
        let seed: UInt64
        /// Worker threads.
        let threads: Int
    }

    /// The section's clean-utility metrics of `model` as `phase` values: ranking metrics over a
    /// full ranking without training items (or sampled negatives), RMSE/MAE for models that
    /// predict ratings on rated data. `mrr@K` is the untruncated mean reciprocal rank.
    static func utility(
        of model: any ArchivableModel, predictsRatings: Bool, on evaluation: Evaluation, phase: MetricPhase, attack: String
    ) throws -> [MetricValue] {
        let section = evaluation.section
        var named: [(name: String, metric: RankingMetric)] = []
        for kind in section.metrics {
            for k in kind.usesCutoff ? section.cutoffs : [0] {
                let name = kind.usesCutoff ? "\(kind.rawValue)@\(k)" : kind.rawValue
                switch kind {
                case .hr: named.append((name, .hitRatio(k)))
                case .ndcg: named.append((name, .ndcg(k)))
                case .precision: named.append((name, .precision(k)))
                case .recall: named.append((name, .recall(k)))
                case .map: named.append((name, .meanAveragePrecision(k)))
                case .mrr: named.append((name, .meanReciprocalRank))
                case .auc: named.append((name, .auc))
                case .rmse, .mae: break
                }
            }
        }
        var values: [MetricValue] = []
        if !named.isEmpty {
            let rankingProtocol: RankingProtocol = section.sampledNegatives > 0
                ? .sampled(negatives: section.sampledNegatives, seed: evaluation.seed) : .fullRanking
            var metrics: [RankingMetric] = []
            for entry in named where !metrics.contains(entry.metric) { metrics.append(entry.metric) }
            let evaluator = try RankingEvaluator(metrics: metrics, protocol: rankingProtocol, threads: evaluation.threads)
            let result = evaluator.evaluate(model, test: evaluation.test, training: evaluation.training)
            for entry in named {
                values.append(MetricValue(phase: phase, attack: attack, name: entry.name, value: result.mean(of: entry.metric) ?? 0))
            }
        }
        if predictsRatings && evaluation.isRated {
            let rating = RatingEvaluator(threads: evaluation.threads).evaluate(model, test: evaluation.test)
            for kind in section.metrics where kind == .rmse || kind == .mae {
                values.append(MetricValue(phase: phase, attack: attack, name: kind.rawValue, value: kind == .rmse ? rating.rmse : rating.mae))
            }
        }
        return values
    }

    /// Target hit ratio, mean target rank and prediction shift of `after` against `before`; the
    /// `before` values are recorded as `clean` when `recordsClean`.
    static func targetMeasures(
        before: any ArchivableModel, after: any ArchivableModel, targets: [Int], on evaluation: Evaluation,
        phase: MetricPhase, attack: String, recordsClean: Bool
    ) throws -> [MetricValue] {
        let impact = try measureImpact(before: before, after: after, targets: targets, on: evaluation)
        var values: [MetricValue] = []
        for ratio in impact.hitRatios {
            if recordsClean { values.append(MetricValue(phase: .clean, name: StudyMetric.targetHitRatio(ratio.k), value: ratio.before)) }
            values.append(MetricValue(phase: phase, attack: attack, name: StudyMetric.targetHitRatio(ratio.k), value: ratio.after))
        }
        if recordsClean { values.append(MetricValue(phase: .clean, name: StudyMetric.meanTargetRank, value: impact.meanRankBefore)) }
        values.append(MetricValue(phase: phase, attack: attack, name: StudyMetric.meanTargetRank, value: impact.meanRankAfter))
        values.append(MetricValue(phase: phase, attack: attack, name: StudyMetric.predictionShift, value: impact.predictionShift))
        return values
    }

    private static func measureImpact<Before: Recommender, After: Recommender>(
        before: Before, after: After, targets: [Int], on evaluation: Evaluation
    ) throws -> TargetImpact {
        try TargetImpact.measure(
            before: before, after: after, training: evaluation.training, targets: targets,
            cutoffs: evaluation.section.targetCutoffs, threads: evaluation.threads)
    }
}
