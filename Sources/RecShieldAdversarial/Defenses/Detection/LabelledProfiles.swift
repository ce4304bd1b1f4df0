import RecShieldCore

/// A data set with a fake/real label for (some of) its users: a training or test set for
/// detectors. Attack artefacts label every user; user-brought labels may leave some out.
public struct LabelledProfiles: Sendable, Equatable {
    /// The profiles.
    public var data: InteractionDataset
    /// Per user of `data`'s ID map: `true` fake, `false` real, `nil` unknown.
    public var labels: [Bool?]

    /// Creates labelled profiles.
    /// - Precondition: one label slot per user of `data`.
    public init(data: InteractionDataset, labels: [Bool?]) {
        precondition(labels.count == data.userCount, "one label slot per user")
        self.data = data
        self.labels = labels
    }

    /// An artefact's poisoned data with its labels.
    public init(_ artefact: AttackArtefact) {
        self.init(data: artefact.poisoned, labels: artefact.isFake.map { $0 })
    }

    /// `data` labelled by raw user ID.
    /// - Throws: the errors of ``UserLabels/resolved(for:)``.
    public init(data: InteractionDataset, labels: UserLabels) throws {
        self.init(data: data, labels: try labels.resolved(for: data.userIDs))
    }

    /// The users with a label and at least one interaction, ascending.
    public var labelledActiveUsers: [Int] {
        var isActive = [Bool](repeating: false, count: data.userCount)
        for user in data.users { isActive[Int(user)] = true }
        return labels.indices.filter { labels[$0] != nil && isActive[$0] }
    }
}
