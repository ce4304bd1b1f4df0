/// What the fake profiles do to their target items.
public enum GANTargetGoal: String, Sendable, Equatable, Hashable, Codable, CaseIterable {
    /// Give every target the highest rating real users use (on implicit data: interact with it),
    /// to raise its recommendations.
    case push
    /// Give every target the lowest rating real users use, to sink it (rated data only).
    case nuke
}
