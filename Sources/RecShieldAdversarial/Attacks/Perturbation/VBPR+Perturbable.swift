import RecShieldCore

/// VBPR as a target of feature perturbations (AMR's threat model: an attacker who can edit an
/// item's content shifts its feature vector): one table, `features` (`itemCount × F`, role
/// ``ParameterTable/Role/itemFeatures``); embeddings and the projection are left alone. The loss
/// is BPR's over one epoch of sampled triples (``TrainingTriples``), and its gradient is
/// ``VBPR/featureGradients(users:positives:negatives:)``:
/// ```
/// L = Σ_(u,i,j) −ln σ(x̂_ui − x̂_uj),   ∂L/∂f_i = Σ c (Eᵀθ_u + β′),   c = −σ(−(x̂_ui − x̂_uj))
/// ```
/// Items without features have zero rows, so a relative budget leaves them untouched; an
/// absolute one gives them content.
///
/// References:
/// - Tang, He, Du, Yuan, Feng & Chua, "Adversarial training towards robust multimedia
///   recommender system", IEEE TKDE 2019.
extension VBPR: PerturbableRecommender {
    public var perturbableTables: [ParameterTable] {
        [ParameterTable(name: "features", role: .itemFeatures, rowCount: itemCount, columnCount: featureDimension, values: features)]
    }

    public func replacingTableValues(_ values: [[Float]]) -> VBPR {
        precondition(values.count == 1, "VBPR has one perturbable table")
        var copy = self
        copy.features = values[0]
        return copy
    }

    public func lossSamples(from training: SparseMatrix, seed: UInt64) -> TrainingTriples {
        TrainingTriples(training: training, seed: seed)
    }

    public func lossGradient(on samples: TrainingTriples) -> TableGradients {
        let result = featureGradients(users: samples.users, positives: samples.positives, negatives: samples.negatives)
        return TableGradients(loss: result.loss, tables: [result.features])
    }
}
