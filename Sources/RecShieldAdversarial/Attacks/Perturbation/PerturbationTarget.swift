/// Which parameters an evaluation-time attack perturbs.
public enum PerturbationTarget: String, Codable, Sendable, CaseIterable {
    /// User embedding tables.
    case users
    /// Item embedding tables.
    case items
    /// User and item embedding tables.
    case both
    /// Item content features (VBPR; AMR's threat model: an attacker who edits item content).
    case features

    /// Whether tables of `role` are perturbed.
    public func includes(_ role: ParameterTable.Role) -> Bool {
        switch (self, role) {
        case (.users, .user), (.items, .item), (.both, .user), (.both, .item), (.features, .itemFeatures): return true
        default: return false
        }
    }
}
