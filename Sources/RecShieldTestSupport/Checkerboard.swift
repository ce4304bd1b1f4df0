import RecShieldCore

/// A checkerboard data set: users and items split into two equal groups; every user has
/// interacted with every item of its own group except one withheld "diagonal" item (user `k`
/// lacks item `k`). A model that learns the two groups must rank the withheld item first among
/// the user's unseen items — the conformance check every model passes (the idea of implicit's
/// `recommender_base_test.py`).
///
/// ```
/// size 6:   items 0 1 2 | 3 4 5
///   user 0      · ■ ■ |
///   user 1      ■ · ■ |
///   user 2      ■ ■ · |
///   user 3            | · ■ ■
///   ...
/// ```
public struct Checkerboard: Sendable {
    /// The number of users, which equals the number of items.
    public let size: Int

    /// Creates a checkerboard of `size` users and `size` items.
    /// - Precondition: `size` is even and at least 4.
    public init(size: Int) {
        precondition(size >= 4 && size % 2 == 0, "a checkerboard needs an even size of at least 4")
        self.size = size
    }

    /// The group (0 or 1) of a user or item index.
    public func group(of index: Int) -> Int {
        index < size / 2 ? 0 : 1
    }

    /// The item withheld from `user`: the diagonal, item `user`.
    public func withheldItem(ofUser user: Int) -> Int {
        user
    }

    /// The implicit version: each user's own group minus the diagonal, unrated.
    public var implicit: InteractionDataset {
        dataset { user, item in group(of: user) == group(of: item) ? 1 : nil }.implicit()
    }

    /// The rated version: every user rates every item but the diagonal, `high` in its own group
    /// and `low` in the other.
    public func rated(high: Float = 5, low: Float = 1) -> InteractionDataset {
        dataset { user, item in group(of: user) == group(of: item) ? high : low }
    }

    private func dataset(_ rating: (Int, Int) -> Float?) -> InteractionDataset {
        var users: [Int32] = []
        var items: [Int32] = []
        var ratings: [Float] = []
        for user in 0..<size {
            for item in 0..<size where item != withheldItem(ofUser: user) {
                guard let value = rating(user, item) else { continue }
                users.append(Int32(user))
                items.append(Int32(item))
                ratings.append(value)
            }
        }
        var userIDs = IDMap()
        var itemIDs = IDMap()
        for index in 0..<size {
            userIDs.insert("u\(index)")
            itemIDs.insert("i\(index)")
        }
        return InteractionDataset(userIDs: userIDs, itemIDs: itemIDs, users: users, items: items, ratings: ratings)
    }
}
