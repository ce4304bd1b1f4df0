import RecShieldAdversarial
import RecShieldCore

extension StudyCellExecutor {
    /// Applies the cell's data-side defense after the attack.
    ///
    /// `sanitize`: the users its detector flagged on the poisoned data are removed (their
    /// interactions dropped, the ID maps kept), the model is retrained on the rest with the
    /// cell's model seed (logged as `sanitized`), and its utility and target measures are
    /// recorded as `defended`. `none` records nothing more.
    /// - Parameters:
    ///   - detections: each detector's flags on the poisoned data, by entry name.
    ///   - train: trains the cell's model on a data set, logging its epochs under a name into a result.
    /// - Throws: ``StudyError/unsupported(_:)`` for a defense this executor does not run or a
    ///   sanitize detector the cell did not run; training and measurement errors.
    static func defend(
        _ defense: DefenseSpec, attack: AttackSpec, injected: InjectedProfiles, detections: [String: DetectionResult],
        clean: any ArchivableModel, predictsRatings: Bool, evaluation: Evaluation,
        train: (InteractionDataset, String, inout CellResult) throws -> any ArchivableModel, into result: inout CellResult
    ) throws {
        switch defense.kind {
        case .none, .apr, .amr, .ganAugment, .tce, .rce:
            // Training-time defenses already shaped the clean and the poisoned model.
            return
        case .sanitize:
            guard let name = defense.detector, let detection = detections[name] else {
                throw StudyError.unsupported(
                    "defense '\(defense.name)': detector '\(defense.detector ?? "")' did not run in this cell")
            }
            let flagged = detection.flaggedUsers
            let sanitized = ProfileSanitizer.removing(flagged, from: injected.poisoned)
            result.statistics.append(DatasetStatistic(name: "removed_users", value: Double(flagged.count)))
            let model = try train(sanitized, "sanitized", &result)
            result.metrics += try utility(
                of: model, predictsRatings: predictsRatings, on: evaluation, phase: .defended, attack: attack.name)
            result.metrics += try targetMeasures(
                before: clean, after: model, targets: injected.targets, on: evaluation, phase: .defended,
                attack: attack.name, recordsClean: false)
        }
    }
}
