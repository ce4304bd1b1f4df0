/// A model that saves to and loads from a ``ModelArchive`` file.
///
/// A conforming type names its ``archiveKind``, carries the raw-ID maps of its users and items
/// (so a saved model can be asked about the IDs people use) and converts itself to and from an
/// archive; saving and loading files, and the kind check, come from the extension. A loaded model
/// must score bit-identically to the saved one, so parameters are stored as raw `Float` bits.
public protocol ArchivableModel: Recommender {
    /// The kind written into the archive, e.g. `"bpr-mf"`; unique among RecShield's models.
    static var archiveKind: String { get }
    /// Raw user IDs ↔ the dense user indices; `userIDs.count == userCount`.
    var userIDs: IDMap { get }
    /// Raw item IDs ↔ the dense item indices; `itemIDs.count == itemCount`.
    var itemIDs: IDMap { get }
    /// Whether scores are predicted ratings, so RMSE and MAE mean something (false by default:
    /// implicit models score preferences).
    var predictsRatings: Bool { get }
    /// The model's hyperparameters, ID maps and parameters as an archive.
    func archive() throws -> ModelArchive
    /// Restores a model from an archive of kind ``archiveKind``.
    /// - Throws: ``ModelError`` when an array or metadata key is missing or has the wrong shape.
    init(archive: ModelArchive) throws
}

extension ArchivableModel {
    public var predictsRatings: Bool { false }

    /// Writes the model to `path`.
    /// - Throws: ``ModelError/unwritable(path:reason:)``.
    public func save(to path: String) throws {
        try archive().save(to: path)
    }

    /// Reads a model of this type from `path`.
    /// - Throws: ``ModelError`` — missing, unreadable, truncated, corrupted, wrong version, or a
    ///   different kind of model.
    public static func load(from path: String) throws -> Self {
        let archive = try ModelArchive.load(from: path)
        try archive.requireKind(archiveKind)
        return try Self(archive: archive)
    }
}
