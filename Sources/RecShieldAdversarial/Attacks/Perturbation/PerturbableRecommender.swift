import RecShieldCore

/// A trained model whose embedding tables (or item features) an evaluation-time attack can
/// perturb: it lists the tables, rebuilds itself with other values, and differentiates its own
/// training loss with respect to them.
///
/// Conformances: ``BPRMatrixFactorization`` (BPR loss on sampled triples), ``ExplicitMatrixFactorization``
/// (squared error on the training ratings), ``NeuMF`` (binary cross-entropy on positives and
/// sampled negatives) and ``VBPR`` (BPR loss, item features only). The loss is the data term
/// without the L2 penalty, as in APR: the attacker ascends what the model was fitted to.
/// ``EmbeddingPerturbation`` does the rest.
public protocol PerturbableRecommender: Recommender {
    /// The training examples the loss is measured on, drawn once from the training data so every
    /// step of an attack ascends the same function.
    associatedtype LossSamples: Sendable

    /// The tables a perturbation may change, in a fixed order.
    var perturbableTables: [ParameterTable] { get }

    /// A copy of the model with the values of ``perturbableTables`` replaced (same order and
    /// shapes), scoring through the normal ``Recommender`` API.
    /// - Precondition: one value array per table, each of the table's size.
    func replacingTableValues(_ values: [[Float]]) -> Self

    /// The loss samples of a training matrix (rows = users, columns = items, values = ratings or 1).
    /// - Parameters:
    ///   - training: the data the model was trained on, in the model's indices.
    ///   - seed: seeds any sampling (negatives).
    func lossSamples(from training: SparseMatrix, seed: UInt64) -> LossSamples

    /// The training loss on `samples` at the model's parameters and its gradient with respect to
    /// every table of ``perturbableTables`` (same order, same shapes).
    func lossGradient(on samples: LossSamples) -> TableGradients
}

/// A loss and its gradient with respect to each of a model's perturbable tables.
public struct TableGradients: Sendable, Equatable {
    /// The summed loss.
    public var loss: Double
    /// `∂L/∂table`, one array per table, shaped like it.
    public var tables: [[Float]]

    /// Creates a gradient.
    public init(loss: Double, tables: [[Float]]) {
        self.loss = loss
        self.tables = tables
    }
}
