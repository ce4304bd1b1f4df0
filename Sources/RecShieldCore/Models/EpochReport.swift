/// What one training epoch did, delivered to the training callback after every epoch.
public struct EpochReport: Sendable, Equatable {
    /// The epoch number, starting at 1.
    public var epoch: Int
    /// The mean per-sample data loss over the epoch's samples, measured with the parameters each
    /// sample saw before its update (squared error for explicit models, `−ln σ(x̂)` for BPR).
    /// The regularisation term is not included.
    public var loss: Double
    /// The number of samples (SGD steps) the epoch processed.
    public var samples: Int
    /// The wall-clock seconds of the epoch's updates alone (validation not included).
    public var seconds: Double
    /// The validation metric after this epoch, when early stopping evaluated it.
    public var validation: Double?

    /// Creates a report.
    public init(epoch: Int, loss: Double, samples: Int, seconds: Double, validation: Double? = nil) {
        self.epoch = epoch
        self.loss = loss
        self.samples = samples
        self.seconds = seconds
        self.validation = validation
    }

    /// The training speed, `samples / seconds` (0 when the epoch took no measurable time).
    public var samplesPerSecond: Double {
        seconds > 0 ? Double(samples) / seconds : 0
    }
}
