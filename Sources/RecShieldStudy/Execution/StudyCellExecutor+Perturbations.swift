import RecShieldAdversarial
import RecShieldCore

extension StudyCellExecutor {
    /// Whether `kind` perturbs a trained model at evaluation time instead of injecting profiles.
    static func isPerturbation(_ kind: AttackKind) -> Bool {
        kind == .fgsm || kind == .pgd || kind == .noise
    }

    /// The clean-utility metrics of `model` after an FGSM, PGD or random (`noise`, with FGSM's
    /// per-row norms) perturbation of each budget ε, recorded as `perturbed` values with their ε.
    ///
    /// The budget is relative and per row (‖Δ_r‖₂ ≤ ε‖θ_r‖₂, as in APR); `perturb: embeddings`
    /// perturbs user and item embeddings (BPR-MF, explicit MF, NeuMF), `features` VBPR's item
    /// features. The loss gradient is taken on triples sampled with `seed`.
    /// - Throws: ``StudyError/unsupported(_:)`` for a model without perturbable parameters;
    ///   the perturbation's own errors.
    static func perturbed(
        _ model: any ArchivableModel, attack: AttackSpec, modelName: String, on evaluation: Evaluation,
        predictsRatings: Bool, seed: UInt64
    ) throws -> [MetricValue] {
        guard let perturbable = model as? any PerturbableRecommender & ArchivableModel else {
            throw StudyError.unsupported(
                "attack '\(attack.name)': model '\(modelName)' has no embeddings to perturb (use mf, bpr, neumf or vbpr)")
        }
        let epsilons = attack.epsilons ?? evaluation.section.perturbationEpsilons
        let method: EmbeddingPerturbation.Method
        switch attack.kind {
        case .pgd: method = .pgd(steps: attack.steps)
        case .noise: method = .random
        default: method = .fgsm
        }
        let target: PerturbationTarget = attack.perturb == .features ? .features : .both
        var values: [MetricValue] = []
        for epsilon in epsilons {
            let perturbation = EmbeddingPerturbation(
                method: method, budget: PerturbationBudget(epsilon: Float(epsilon)), target: target, seed: seed)
            let changed = try perturbedModel(perturbable, by: perturbation, training: evaluation.training)
            values += try utility(of: changed, predictsRatings: predictsRatings, on: evaluation, phase: .perturbed, attack: attack.name)
                .map { value in
                    var value = value
                    value.epsilon = epsilon
                    return value
                }
        }
        return values
    }

    private static func perturbedModel<Model: PerturbableRecommender & ArchivableModel>(
        _ model: Model, by perturbation: EmbeddingPerturbation, training: SparseMatrix
    ) throws -> any ArchivableModel {
        try perturbation.apply(to: model, training: training).model
    }
}
