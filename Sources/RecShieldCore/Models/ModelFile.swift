/// What a model file holds, whatever the kind of model: the model (with its raw-ID maps) and,
/// optionally, the items each user trained on, so a model served from a file recommends only
/// what users do not have yet.
///
/// The file is the model's ``ModelArchive`` with the training items added as the pattern-only
/// sparse matrix `training_items` (arrays `training_items.offsets` and `training_items.columns`;
/// see `ModelArchive+SparseMatrix.swift`). Model types ignore arrays they do not read, so
/// `BPRMatrixFactorization.load(from:)` reads such a file too.
///
/// ```swift
/// try ModelFile(model: model, training: split.train).save(to: "bpr.model")
/// let file = try ModelFile.load(from: "bpr.model")
/// let top = try file.recommendations(forUser: "42", count: 10)   // raw item IDs and scores
/// ```
public struct ModelFile: Sendable {
    /// The model.
    public let model: any ArchivableModel
    /// Row `u` lists the items user `u` trained on (values are all 1), or `nil` when unknown.
    public let trainingItems: SparseMatrix?
    /// The file the model was read from, or `"<memory>"`.
    public let source: String

    /// Pairs a model with the users' training items.
    /// - Precondition: `trainingItems` is `model.userCount × model.itemCount`.
    public init(model: any ArchivableModel, trainingItems: SparseMatrix?) {
        if let trainingItems {
            precondition(
                trainingItems.rowCount == model.userCount && trainingItems.columnCount == model.itemCount,
                "training items must be users × items of the model")
        }
        self.model = model
        self.trainingItems = trainingItems
        source = "<memory>"
    }

    /// Pairs a model with the data set it was trained on (every interaction counts as seen).
    /// - Precondition: `data` has the model's ID maps.
    public init(model: any ArchivableModel, training data: InteractionDataset) {
        precondition(
            data.userIDs == model.userIDs && data.itemIDs == model.itemIDs,
            "the training data must have the model's ID maps")
        self.init(model: model, trainingItems: data.implicit().byUser())
    }

    private init(model: any ArchivableModel, trainingItems: SparseMatrix?, source: String) {
        self.model = model
        self.trainingItems = trainingItems
        self.source = source
    }

    /// The model's kind, or `nil` for a model type ``ModelKind`` does not list.
    public var kind: ModelKind? {
        ModelKind(archiveKind: type(of: model).archiveKind)
    }

    /// Writes the model and the training items to `path`.
    /// - Throws: ``ModelError/unwritable(path:reason:)``.
    public func save(to path: String) throws {
        var archive = try model.archive()
        if let trainingItems { try archive.append(trainingItems, named: "training_items", includesValues: false) }
        try archive.save(to: path)
    }

    /// Reads a model file of any kind ``ModelKind`` lists.
    /// - Throws: ``ModelError`` — missing, unreadable, truncated or corrupted file, unknown kind,
    ///   or content that does not fit the model.
    public static func load(from path: String) throws -> ModelFile {
        let archive = try ModelArchive.load(from: path)
        let model = try ModelKind.model(from: archive)
        let trainingItems = archive.containsArray(named: "training_items.offsets")
            ? try archive.sparseMatrix(
                named: "training_items", rowCount: model.userCount, columnCount: model.itemCount, includesValues: false)
            : nil
        return ModelFile(model: model, trainingItems: trainingItems, source: path)
    }

    /// The `count` best-scored items for a user given by raw ID, best first, without the user's
    /// training items; ties go to the lower item index.
    /// - Throws: ``ModelError/unknownUser(path:user:)`` when the model does not know the user.
    /// - Complexity: that of ``Recommender/recommendations(for:count:excluding:)``.
    public func recommendations(forUser rawID: String, count: Int) throws -> [(item: String, score: Float)] {
        guard let user = model.userIDs.index(of: rawID) else {
            throw ModelError.unknownUser(path: source, user: rawID)
        }
        return model.recommendations(for: user, count: count, excluding: trainingItems)
            .map { (item: model.itemIDs.rawID(at: $0.item), score: $0.score) }
    }
}
