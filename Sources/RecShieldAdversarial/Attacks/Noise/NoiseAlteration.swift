/// One interaction that noise added, removed or changed — the ground truth a denoising method is
/// scored against.
///
/// JSON keys: `kind`, `user`, `item` (dense indices into the data set's shared ID maps),
/// `old_rating`, `new_rating` (absent when not applicable).
public struct NoiseAlteration: Codable, Sendable, Equatable {
    /// What happened to the interaction.
    public enum Kind: String, Codable, Sendable, CaseIterable {
        /// A false-positive interaction was added (`newRating` on rated data).
        case added
        /// A true interaction was removed (`oldRating` on rated data).
        case dropped
        /// The rating got Gaussian noise (`oldRating` → `newRating`).
        case perturbed
        /// The rating was mirrored on the scale (`oldRating` → `newRating`).
        case flipped
    }

    /// What happened.
    public var kind: Kind
    /// The user index.
    public var user: Int
    /// The item index.
    public var item: Int
    /// The rating before (`nil` for added interactions and implicit data).
    public var oldRating: Float?
    /// The rating after (`nil` for dropped interactions and implicit data).
    public var newRating: Float?

    /// Creates an alteration record.
    public init(kind: Kind, user: Int, item: Int, oldRating: Float? = nil, newRating: Float? = nil) {
        self.kind = kind
        self.user = user
        self.item = item
        self.oldRating = oldRating
        self.newRating = newRating
    }

    enum CodingKeys: String, CodingKey {
        case kind, user, item
        case oldRating = "old_rating"
        case newRating = "new_rating"
    }
}
