import RecShieldCore

/// The result of ``ProfileInjector/inject(_:into:)``: the poisoned data and what was injected.
public struct ProfileInjection: Sendable, Equatable {
    /// The clean interactions followed by the fake profiles; the user map is the clean map with
    /// the fake users appended, the item map is the clean one.
    public var poisoned: InteractionDataset
    /// The size of the clean user map: users `0..<realUserCount` are real, the rest fake.
    public var realUserCount: Int
    /// The target item indices, in resolution order.
    public var targets: [Int]
    /// The selected item indices every profile shares (empty for attacks without them).
    public var selected: [Int]
    /// The number of filler items in each profile.
    public var fillerCount: Int

    /// Creates an injection result.
    public init(poisoned: InteractionDataset, realUserCount: Int, targets: [Int], selected: [Int], fillerCount: Int) {
        self.poisoned = poisoned
        self.realUserCount = realUserCount
        self.targets = targets
        self.selected = selected
        self.fillerCount = fillerCount
    }

    /// The number of fake profiles.
    public var fakeUserCount: Int { poisoned.userCount - realUserCount }
    /// The fake user indices.
    public var fakeUsers: Range<Int> { realUserCount..<poisoned.userCount }
    /// Whether each user index of the poisoned data is fake.
    public var isFake: [Bool] { (0..<poisoned.userCount).map { $0 >= realUserCount } }
}
