/// The metadata block most models write into their ``ModelArchive``: hyperparameters and the raw
/// ID maps, so a loaded model can translate between the raw IDs people use and its indices.
public struct ModelMetadata<Hyperparameters: Codable & Sendable>: Codable, Sendable {
    /// The settings the model was trained with.
    public var hyperparameters: Hyperparameters
    /// Raw user IDs in dense-index order.
    public var userIDs: [String]
    /// Raw item IDs in dense-index order.
    public var itemIDs: [String]

    /// Creates metadata from hyperparameters and ID maps.
    public init(hyperparameters: Hyperparameters, userIDs: IDMap, itemIDs: IDMap) {
        self.hyperparameters = hyperparameters
        self.userIDs = userIDs.rawIDs
        self.itemIDs = itemIDs.rawIDs
    }

    /// The user and item ID maps.
    /// - Throws: ``ModelError/malformed(path:reason:)`` naming `source` when an ID repeats.
    public func idMaps(source: String) throws -> (users: IDMap, items: IDMap) {
        do {
            return (try IDMap(rawIDs: userIDs), try IDMap(rawIDs: itemIDs))
        } catch {
            throw ModelError.malformed(path: source, reason: "invalid ID map (\(error))")
        }
    }
}
