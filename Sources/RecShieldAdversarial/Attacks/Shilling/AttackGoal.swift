/// What a shilling attack wants to do to its target items.
public enum AttackGoal: String, Codable, Sendable, CaseIterable {
    /// Make the targets recommended more often: fake profiles give them the highest rating.
    case push
    /// Make the targets recommended less often: fake profiles give them the lowest rating.
    case nuke
}
