import RecShieldCore

/// What ``NoisyInteractionCleaner`` found: an out-of-fold loss per interaction and the positions
/// it flags as likely noise.
public struct FlaggedInteractions: Sendable, Equatable {
    /// The out-of-fold loss of every interaction, in data order.
    public var losses: [Double]
    /// The flagged positions (into the data set that was scored), ascending.
    public var flagged: [Int]

    /// Creates a result.
    public init(losses: [Double], flagged: [Int]) {
        self.losses = losses
        self.flagged = flagged
    }

    /// The data without the flagged interactions (same ID maps, input order kept).
    /// - Precondition: `data` is the data set that was scored.
    public func cleaned(_ data: InteractionDataset) -> InteractionDataset {
        precondition(data.count == losses.count, "the data is not the one that was scored")
        var keep = [Bool](repeating: true, count: data.count)
        for position in flagged { keep[position] = false }
        return data.subset(data.users.indices.filter { keep[$0] })
    }

    /// Precision and recall of the flags against the false positives a noise model added.
    /// - Parameters:
    ///   - alterations: the noise's record; only ``NoiseAlteration/Kind/added`` entries count.
    ///   - data: the noisy data set that was scored.
    public func quality(against alterations: [NoiseAlteration], in data: InteractionDataset) -> NoiseDetectionQuality {
        let injected = Set(alterations.filter { $0.kind == .added }.map { Int64($0.user) << 32 | Int64($0.item) })
        let hits = flagged.count { injected.contains(Int64(data.users[$0]) << 32 | Int64(data.items[$0])) }
        return NoiseDetectionQuality(flagged: flagged.count, injected: injected.count, truePositives: hits)
    }
}

/// How well flagged interactions match the injected noise.
///
/// ```
/// precision = TP / flagged,   recall = TP / injected,   F1 = 2PR / (P + R)
/// ```
/// (each 0 when its denominator is 0). The chance level of precision is the noise share of the
/// data: flagging at random finds noise at the rate it occurs.
public struct NoiseDetectionQuality: Sendable, Equatable, Codable {
    /// Interactions flagged.
    public var flagged: Int
    /// Interactions the noise added.
    public var injected: Int
    /// Flagged interactions that the noise added.
    public var truePositives: Int

    /// Creates a record.
    public init(flagged: Int, injected: Int, truePositives: Int) {
        self.flagged = flagged
        self.injected = injected
        self.truePositives = truePositives
    }

    /// `TP / flagged`.
    public var precision: Double { flagged > 0 ? Double(truePositives) / Double(flagged) : 0 }
    /// `TP / injected`.
    public var recall: Double { injected > 0 ? Double(truePositives) / Double(injected) : 0 }
    /// The harmonic mean of precision and recall.
    public var f1: Double {
        precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0
    }

    enum CodingKeys: String, CodingKey {
        case flagged, injected
        case truePositives = "true_positives"
    }
}
