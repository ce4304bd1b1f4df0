/// One user's sparse profile: the items rated (or interacted with) and, on rated data, the
/// ratings — a real user's row or a finished fake profile.
public struct GANProfile: Sendable, Equatable, Hashable {
    /// Item indices, ascending, each once.
    public var items: [Int32]
    /// The rating of each item, or `nil` on implicit data.
    public var ratings: [Float]?

    /// Creates a profile.
    /// - Precondition: items ascending without repeats; ratings (when given) as many as items.
    public init(items: [Int32], ratings: [Float]?) {
        precondition(zip(items, items.dropFirst()).allSatisfy { $0 < $1 }, "profile items must ascend without repeats")
        precondition(ratings == nil || ratings!.count == items.count, "ratings differ in length from items")
        self.items = items
        self.ratings = ratings
    }

    /// The number of items in the profile.
    public var length: Int { items.count }
}
