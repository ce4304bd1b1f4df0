import RecShieldCore

/// What a GAN profile attack should produce, apart from how the GAN is trained.
///
/// Keys (snake_case when encoded):
/// - `fake_user_count` (int, required): the number of fake profiles.
/// - `target_item_ids` (list of raw item IDs, may be empty): the items to push or nuke.
/// - `goal` (`push` | `nuke`, default `push`): see ``GANTargetGoal``.
/// - `user_id_prefix` (text, default `"fake-"`): fake user IDs are this prefix and a number.
/// - `filler_selection` (`top_scores` | `proportional`, default `top_scores`): see
///   ``GANFillerSelection``.
/// - `rating_mapping` (`nearest` | `quantile`, default `nearest`): see ``GANRatingMapping``.
/// - `filler_count` (int ≥ 1 or absent, default absent): filler items per profile; absent, each
///   profile's length is drawn from the real users' lengths (see ``GANProfilePostProcessor``).
public struct GANAttackRequest: Sendable, Equatable, Hashable, Codable {
    /// The number of fake profiles.
    public var fakeUserCount: Int
    /// Raw IDs of the target items.
    public var targetItemIDs: [String]
    /// Push or nuke.
    public var goal: GANTargetGoal
    /// The start of every fake user ID.
    public var userIDPrefix: String
    /// How filler items are chosen from a generated vector.
    public var fillerSelection: GANFillerSelection
    /// How filler values become ratings.
    public var ratingMapping: GANRatingMapping
    /// Filler items per profile, or `nil` to draw each profile's length from the real lengths.
    public var fillerCount: Int?

    /// Creates a request; every argument but the count has the documented default.
    public init(
        fakeUserCount: Int, targetItemIDs: [String] = [], goal: GANTargetGoal = .push,
        userIDPrefix: String = "fake-", fillerSelection: GANFillerSelection = .topScores,
        ratingMapping: GANRatingMapping = .nearest, fillerCount: Int? = nil
    ) {
        self.fakeUserCount = fakeUserCount
        self.targetItemIDs = targetItemIDs
        self.goal = goal
        self.userIDPrefix = userIDPrefix
        self.fillerSelection = fillerSelection
        self.ratingMapping = ratingMapping
        self.fillerCount = fillerCount
    }

    /// The lengths fake profiles draw from: `fillerCount + targetCount` when a filler count is
    /// set, the real profiles' lengths otherwise.
    func profileLengths(real: [Int], targetCount: Int) -> [Int] {
        fillerCount.map { [$0 + targetCount] } ?? real
    }

    /// The target items' indices in `data`, in the order given, after checking the whole request.
    /// - Throws: ``GANError`` for a count below 1, an empty prefix, a filler count outside
    ///   `1…(items − targets)`, a repeated target or the nuke goal on implicit data; ``RecShieldCore/DataError/unknownID(kind:id:)`` for a target the
    ///   data does not contain.
    public func targetIndices(in data: InteractionDataset) throws -> [Int32] {
        guard fakeUserCount >= 1 else {
            throw GANError.invalidSetting(name: "fake_user_count", value: "\(fakeUserCount)", requirement: "an integer ≥ 1")
        }
        guard !userIDPrefix.isEmpty else {
            throw GANError.invalidSetting(name: "user_id_prefix", value: "\"\"", requirement: "a non-empty text")
        }
        if goal == .nuke && !data.isRated { throw GANError.nukeNeedsRatings }
        var seen = Set<String>()
        let targets = try targetItemIDs.map { id in
            guard seen.insert(id).inserted else { throw GANError.duplicateTarget(id: id) }
            guard let index = data.itemIDs.index(of: id) else { throw DataError.unknownID(kind: "item", id: id) }
            return Int32(index)
        }
        if let fillerCount, fillerCount < 1 || fillerCount > data.itemCount - targets.count {
            throw GANError.invalidSetting(
                name: "filler_count", value: "\(fillerCount)",
                requirement: "an integer in 1…\(data.itemCount - targets.count) (the items that are not targets)")
        }
        return targets
    }

    enum CodingKeys: String, CodingKey {
        case fakeUserCount = "fake_user_count"
        case targetItemIDs = "target_item_ids"
        case goal
        case userIDPrefix = "user_id_prefix"
        case fillerSelection = "filler_selection"
        case ratingMapping = "rating_mapping"
        case fillerCount = "filler_count"
    }

    /// Decodes the keys above; only `fake_user_count` is required, the others keep their defaults.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            fakeUserCount: try container.decode(Int.self, forKey: .fakeUserCount),
            targetItemIDs: try container.decodeIfPresent([String].self, forKey: .targetItemIDs) ?? [],
            goal: try container.decodeIfPresent(GANTargetGoal.self, forKey: .goal) ?? .push,
            userIDPrefix: try container.decodeIfPresent(String.self, forKey: .userIDPrefix) ?? "fake-",
            fillerSelection: try container.decodeIfPresent(GANFillerSelection.self, forKey: .fillerSelection) ?? .topScores,
            ratingMapping: try container.decodeIfPresent(GANRatingMapping.self, forKey: .ratingMapping) ?? .nearest,
            fillerCount: try container.decodeIfPresent(Int.self, forKey: .fillerCount))
    }
}
