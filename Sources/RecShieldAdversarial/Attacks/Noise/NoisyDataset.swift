import RecShieldCore

/// A data set with noise applied, and the exact list of what the noise altered.
public struct NoisyDataset: Sendable, Equatable {
    /// The noisy interactions (same ID maps as the clean data).
    public var data: InteractionDataset
    /// Every altered interaction: changed and dropped ones in the clean data's order, added ones
    /// in the order they were appended.
    public var alterations: [NoiseAlteration]

    /// Creates a noisy data set.
    public init(data: InteractionDataset, alterations: [NoiseAlteration]) {
        self.data = data
        self.alterations = alterations
    }
}
