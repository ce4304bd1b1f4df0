import RecShieldCore

/// What an attack cost the attacker: how many fake profiles and how many injected interactions
/// (ratings, on rated data), absolute and relative to the clean data.
///
/// JSON keys: `fake_profiles`, `injected_interactions`, `mean_profile_length`,
/// `fake_user_share` (fake profiles / real users with an interaction),
/// `injected_share` (injected / real interactions).
public struct AttackCost: Codable, Sendable, Equatable {
    /// The number of fake profiles with at least one interaction.
    public var fakeProfiles: Int
    /// The interactions of fake users.
    public var injectedInteractions: Int
    /// `injectedInteractions / fakeProfiles` (0 without fake profiles).
    public var meanProfileLength: Double
    /// `fakeProfiles / real users with an interaction`.
    public var fakeUserShare: Double
    /// `injectedInteractions / real interactions`.
    public var injectedShare: Double

    /// The cost of the fake users marked in `isFake` within `poisoned`.
    /// - Precondition: one label per user of `poisoned`.
    public init(poisoned: InteractionDataset, isFake: [Bool]) {
        precondition(isFake.count == poisoned.userCount, "one label per user")
        var active = [Bool](repeating: false, count: poisoned.userCount)
        var injected = 0
        for user in poisoned.users {
            active[Int(user)] = true
            if isFake[Int(user)] { injected += 1 }
        }
        let fakeProfiles = active.indices.count { active[$0] && isFake[$0] }
        let realUsers = active.indices.count { active[$0] && !isFake[$0] }
        self.fakeProfiles = fakeProfiles
        injectedInteractions = injected
        meanProfileLength = fakeProfiles == 0 ? 0 : Double(injected) / Double(fakeProfiles)
        fakeUserShare = realUsers == 0 ? 0 : Double(fakeProfiles) / Double(realUsers)
        let realInteractions = poisoned.count - injected
        injectedShare = realInteractions == 0 ? 0 : Double(injected) / Double(realInteractions)
    }

    /// The cost of an artefact's fake profiles.
    public init(_ artefact: AttackArtefact) {
        self.init(poisoned: artefact.poisoned, isFake: artefact.isFake)
    }

    enum CodingKeys: String, CodingKey {
        case fakeProfiles = "fake_profiles"
        case injectedInteractions = "injected_interactions"
        case meanProfileLength = "mean_profile_length"
        case fakeUserShare = "fake_user_share"
        case injectedShare = "injected_share"
    }
}
