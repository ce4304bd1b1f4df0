import RecShieldCore
/// One entry of the `models` list: a model the study trains and attacks.
///
/// Keys (a key that does not apply to the entry's kind is an error):
/// - `name` (text, default the kind): the entry's name in cell keys, sweeps and reports; unique.
/// - `kind` (`mf`, `bpr`, `neumf`, `vbpr`, `itemknn`, `userknn`, `pop`, `random`; required).
/// - `factors` (integer ≥ 1, default the model's own) — mf, bpr, neumf (GMF width), vbpr.
/// - `epochs` (integer ≥ 0, default the model's own) — mf, bpr, neumf, vbpr.
/// - `learning_rate` (number > 0, default the model's own) — mf, bpr, neumf, vbpr.
/// - `regularization` (number ≥ 0, default the model's own) — mf, bpr, vbpr: the L2 weight.
/// - `batch_size` (integer ≥ 1, default the model's own) — neumf.
/// - `negatives` (integer ≥ 0, default the model's own) — neumf: sampled negatives per positive.
/// - `hidden_layers` (list of integers ≥ 1, default the model's own) — neumf: MLP tower widths.
/// - `neighbours` (integer ≥ 1, default the model's own) — itemknn, userknn.
/// - `similarity` (`cosine`, `adjusted-cosine`; default the model's own) — itemknn, userknn.
/// - `neighbor_lists` (`scored-item`, `rated-items`; default the model's own, scored-item) —
///   itemknn: whose top-k lists link a user's items to a scored item; `rated-items` is
///   Deshpande & Karypis's top-N model (see ``NeighborListsKind``). UserKNN has no such choice.
/// - `patience` (integer ≥ 0, default 0 = off) — mf, bpr, neumf, vbpr: stop after this many
///   epochs without a better validation metric (needs a validation split).
///
/// "The model's own" default is the one its Swift configuration documents, so a study and a
/// direct API call train the same model unless the configuration says otherwise.
public struct ModelSpec: Codable, Sendable, Equatable {
    /// The entry's name.
    public var name: String
    /// The model.
    public var kind: ModelKind
    /// Latent dimension, or `nil` for the model's default.
    public var factors: Int?
    /// Training epochs, or `nil` for the model's default.
    public var epochs: Int?
    /// Step size, or `nil` for the model's default.
    public var learningRate: Double?
    /// L2 weight, or `nil` for the model's default.
    public var regularization: Double?
    /// Mini-batch size, or `nil` for the model's default.
    public var batchSize: Int?
    /// Negatives per positive, or `nil` for the model's default.
    public var negatives: Int?
    /// MLP tower widths, or `nil` for the model's default.
    public var hiddenLayers: [Int]?
    /// Neighbour count, or `nil` for the model's default.
    public var neighbours: Int?
    /// Similarity, or `nil` for the model's default.
    public var similarity: SimilarityKind?
    /// ItemKNN's neighbour lists, or `nil` for the model's default.
    public var neighborLists: NeighborListsKind?
    /// Early-stopping patience in epochs (0 = off).
    public var patience: Int

    /// Creates an entry named after its kind with the model's defaults.
    public init(name: String? = nil, kind: ModelKind) {
        self.name = name ?? kind.rawValue
        self.kind = kind
        patience = 0
    }

    /// Each key and the kinds it applies to.
    static let kindKeys: [(key: String, kinds: [ModelKind])] = [
        ("factors", [.mf, .bpr, .neumf, .vbpr]), ("epochs", [.mf, .bpr, .neumf, .vbpr]),
        ("learning_rate", [.mf, .bpr, .neumf, .vbpr]), ("regularization", [.mf, .bpr, .vbpr]),
        ("batch_size", [.neumf]), ("negatives", [.neumf]), ("hidden_layers", [.neumf]),
        ("neighbours", [.itemknn, .userknn]), ("similarity", [.itemknn, .userknn]),
        ("neighbor_lists", [.itemknn]),
        ("patience", [.mf, .bpr, .neumf, .vbpr]),
    ]

    static let keys = ["name", "kind"] + kindKeys.map(\.key)

    public init(from decoder: any Decoder) throws {
        let reader = try ConfigurationReader(decoder, keys: Self.keys)
        guard let kind = try reader.optionalChoice("kind", as: ModelKind.self) else {
            throw reader.conflict("missing 'kind'; accepted: " + ModelKind.allCases.map(\.rawValue).joined(separator: ", "))
        }
        self.kind = kind
        for (key, kinds) in Self.kindKeys {
            try reader.reject(key, unless: kinds.contains(kind), EntryName.appliesTo(kinds.map(\.rawValue), not: kind.rawValue))
        }
        name = try EntryName.read(from: reader, default: kind.rawValue)
        let positive = "an integer ≥ 1"
        factors = try reader.optional("factors", expected: positive) { (value: Int) in value >= 1 }
        epochs = try reader.optional("epochs", expected: "an integer ≥ 0") { (value: Int) in value >= 0 }
        learningRate = try reader.optional("learning_rate", expected: "a number > 0") { (value: Double) in value > 0 && value.isFinite }
        regularization = try reader.optional("regularization", expected: "a number ≥ 0") { (value: Double) in
            value >= 0 && value.isFinite
        }
        batchSize = try reader.optional("batch_size", expected: positive) { (value: Int) in value >= 1 }
        negatives = try reader.optional("negatives", expected: "an integer ≥ 0") { (value: Int) in value >= 0 }
        hiddenLayers = try reader.optional("hidden_layers", expected: "a non-empty list of integers ≥ 1") { (value: [Int]) in
            !value.isEmpty && value.allSatisfy { $0 >= 1 }
        }
        neighbours = try reader.optional("neighbours", expected: positive) { (value: Int) in value >= 1 }
        similarity = try reader.optionalChoice("similarity")
        neighborLists = try reader.optionalChoice("neighbor_lists")
        patience = try reader.value("patience", default: 0, expected: "an integer ≥ 0 (0 turns early stopping off)") { $0 >= 0 }
    }

    public func encode(to encoder: any Encoder) throws {
        var writer = ConfigurationWriter(encoder)
        try writer.write("name", name)
        try writer.write("kind", choice: kind)
        try writer.write("factors", factors)
        try writer.write("epochs", epochs)
        try writer.write("learning_rate", learningRate)
        try writer.write("regularization", regularization)
        try writer.write("batch_size", batchSize)
        try writer.write("negatives", negatives)
        try writer.write("hidden_layers", hiddenLayers)
        try writer.write("neighbours", neighbours)
        try writer.write("similarity", choice: similarity)
        try writer.write("neighbor_lists", choice: neighborLists)
        if Self.kindKeys.contains(where: { $0.key == "patience" && $0.kinds.contains(kind) }) {
            try writer.write("patience", patience)
        }
    }
}
