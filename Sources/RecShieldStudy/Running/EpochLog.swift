/// The training loss of one epoch.
public struct EpochLog: Sendable, Equatable, Codable {
    /// Which training run in the cell: e.g. `clean` or `poisoned`.
    public var model: String
    /// The 1-based epoch.
    public var epoch: Int
    /// The mean training loss.
    public var loss: Double
    /// A validation metric after the epoch, when measured.
    public var validation: Double?

    /// Creates a log line.
    public init(model: String, epoch: Int, loss: Double, validation: Double? = nil) {
        self.model = model
        self.epoch = epoch
        self.loss = loss
        self.validation = validation
    }
}
