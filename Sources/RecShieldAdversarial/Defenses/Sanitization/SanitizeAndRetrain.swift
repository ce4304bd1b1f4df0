import RecShieldCore

/// Sanitise and retrain: detect fake profiles in poisoned data, remove the flagged users, train
/// the model again, and measure with ``TargetImpact`` how much of the attack's effect on its
/// targets is undone — and how many real users were removed on the way.
///
/// ```
/// clean model      = train(clean)                        (re-indexed onto the poisoned ID maps)
/// attacked model   = train(poisoned)
/// flagged          = detector.detect(poisoned, decision)
/// sanitised model  = train(poisoned without the flagged users' interactions)
/// attacked  impact = TargetImpact(before: clean model, after: attacked model)
/// sanitised impact = TargetImpact(before: clean model, after: sanitised model)
/// recovered        = (attacked − sanitised) / (attacked − clean)   per measure (AttackRecovery)
/// ```
/// Measures are taken for the real users of the clean training data (``TargetImpact``): the hit
/// ratio at each cut-off, the prediction shift (0 for the clean model by definition) and the mean
/// target rank. Training goes through a closure, so any ``Recommender`` works.
///
/// The artefact's labels are used only to count removed fake and real users and to compute the
/// detection quality; the detector sees the poisoned data alone. A supervised detector must be
/// trained beforehand on other data — under ``LeakFreeProtocol`` from the clean data.
public enum SanitizeAndRetrain {
    /// Runs sanitise-and-retrain on one attack artefact.
    /// - Parameters:
    ///   - clean: the data the artefact was made from (the same users and items by raw ID).
    ///   - artefact: the attack: poisoned data, labels and targets.
    ///   - detector: the detector.
    ///   - decision: the rule; `nil` for the detector's default.
    ///   - cutoffs: the hit-ratio cut-offs (default 10 and 20).
    ///   - threads: worker threads for detection and measurement.
    ///   - train: trains a model on a data set (called three times: clean, poisoned, sanitised).
    /// - Throws: ``DataError`` when the clean data does not fit the artefact or the artefact's
    ///   targets are unknown, and the errors of the detector, the training closure and
    ///   ``TargetImpact/measure(before:after:training:targets:cutoffs:threads:)``.
    public static func run(
        clean: InteractionDataset, artefact: AttackArtefact, detector: any FakeProfileDetector,
        decision: DetectionDecision? = nil, cutoffs: [Int] = [10, 20], threads: Int = 1,
        train: (InteractionDataset) throws -> any Recommender
    ) throws -> SanitizationReport {
        let poisoned = artefact.poisoned
        let cleanData = try ProfileSanitizer.reindexed(clean, onto: poisoned)
        let targets = try artefact.targetItems()
        let result = try detector.detect(in: poisoned, decision: decision, threads: threads)
        let sanitizedData = ProfileSanitizer.removing(result.flaggedUsers, from: poisoned)
        let cleanModel = try train(cleanData)
        let attackedModel = try train(poisoned)
        let sanitizedModel = try train(sanitizedData)
        let training = cleanData.byUser()
        let attacked = try TargetImpact.measure(
            before: cleanModel, after: attackedModel, training: training, targets: targets, cutoffs: cutoffs, threads: threads)
        let sanitized = try TargetImpact.measure(
            before: cleanModel, after: sanitizedModel, training: training, targets: targets, cutoffs: cutoffs, threads: threads)
        var recovery = zip(attacked.hitRatios, sanitized.hitRatios).map { attackedHR, sanitizedHR in
            AttackRecovery(
                measure: "HR@\(attackedHR.k)", clean: attackedHR.before, attacked: attackedHR.after, sanitized: sanitizedHR.after)
        }
        recovery.append(AttackRecovery(
            measure: "prediction_shift", clean: 0, attacked: attacked.predictionShift, sanitized: sanitized.predictionShift))
        recovery.append(AttackRecovery(
            measure: "mean_rank", clean: attacked.meanRankBefore, attacked: attacked.meanRankAfter,
            sanitized: sanitized.meanRankAfter))
        let active = result.isActive
        let fakeRemoved = result.flaggedUsers.count { artefact.isFake[$0] }
        return SanitizationReport(
            detector: result.detector, decision: result.decision, flagged: result.flaggedUsers.count,
            fakeUsers: active.indices.count { active[$0] && artefact.isFake[$0] }, fakeRemoved: fakeRemoved,
            realUsers: active.indices.count { active[$0] && !artefact.isFake[$0] },
            realRemoved: result.flaggedUsers.count - fakeRemoved,
            detection: try DetectionQuality(result, labels: artefact.isFake.map { $0 }),
            attacked: attacked, sanitized: sanitized, recovery: recovery)
    }

}
