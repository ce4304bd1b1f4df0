/// The record of a GAN training run: the settings, the data size and every epoch's report.
///
/// Encodes with snake_case keys: `configuration`, `real_profiles`, `items`, `real_baseline` (the
/// ``GANStealthReport`` of a sample of real profiles: the sampling-noise floor of every distance),
/// `epochs` (the list of ``GANEpochReport``), and `mode_collapse` (the last epoch's verdict,
/// `false` before any epoch).
public struct GANTrainingResult: Sendable, Equatable, Codable {
    /// The settings the networks were trained with.
    public var configuration: GANConfiguration
    /// The number of real profiles trained on.
    public var realProfileCount: Int
    /// The number of items in each profile vector.
    public var itemCount: Int
    /// The stealth of real profiles sampled like the generated ones (see
    /// ``ProfileGANTrainer/realBaseline``).
    public var realBaseline: GANStealthReport
    /// One report per completed epoch.
    public var epochs: [GANEpochReport]

    /// Creates a record.
    public init(
        configuration: GANConfiguration, realProfileCount: Int, itemCount: Int, realBaseline: GANStealthReport,
        epochs: [GANEpochReport]
    ) {
        self.configuration = configuration
        self.realProfileCount = realProfileCount
        self.itemCount = itemCount
        self.realBaseline = realBaseline
        self.epochs = epochs
    }

    /// The stealth of the generator after the last epoch, or `nil` before any epoch.
    public var finalStealth: GANStealthReport? { epochs.last?.stealth }

    /// Whether the last epoch's profiles show mode collapse (see ``GANModeCollapseReport``).
    public var modeCollapse: Bool { finalStealth?.modeCollapse.modeCollapse ?? false }

    enum CodingKeys: String, CodingKey {
        case configuration
        case realProfileCount = "real_profiles"
        case itemCount = "items"
        case realBaseline = "real_baseline"
        case epochs
        case modeCollapse = "mode_collapse"
    }

    /// Decodes a record written by ``encode(to:)`` (`mode_collapse` is recomputed, not read).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        configuration = try container.decode(GANConfiguration.self, forKey: .configuration)
        realProfileCount = try container.decode(Int.self, forKey: .realProfileCount)
        itemCount = try container.decode(Int.self, forKey: .itemCount)
        realBaseline = try container.decode(GANStealthReport.self, forKey: .realBaseline)
        epochs = try container.decode([GANEpochReport].self, forKey: .epochs)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(configuration, forKey: .configuration)
        try container.encode(realProfileCount, forKey: .realProfileCount)
        try container.encode(itemCount, forKey: .itemCount)
        try container.encode(realBaseline, forKey: .realBaseline)
        try container.encode(epochs, forKey: .epochs)
        try container.encode(modeCollapse, forKey: .modeCollapse)
    }
}
