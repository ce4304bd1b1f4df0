import RecShieldCore

/// The drop-rate schedule of the truncated loss (T-CE): no sample is dropped at the start of
/// training, then the rate grows linearly to its maximum and stays there.
///
/// ```
/// drop_rate(t) = min(α · t, maximumRate),   α = maximumRate / warmupEpochs
/// ```
/// with `t` the training progress in epochs (fractional within an epoch, updated every batch);
/// `warmupEpochs = 0` drops at the full rate from the first batch. Wang et al. count `t` in
/// iterations; counting in epochs keeps one setting meaningful across batch sizes and data sizes.
///
/// Keys:
/// - `maximumRate` (float in [0, 1), default 0.2): the final share of positives dropped per batch.
/// - `warmupEpochs` (float ≥ 0, default 5): the epochs over which the rate grows to its maximum.
///
/// References:
/// - Wang, Feng, He, Nie & Chua, "Denoising implicit feedback for recommendation", WSDM 2021, §3.1.
public struct DropRateSchedule: Sendable, Equatable, Codable {
    /// The final share of positives dropped per batch.
    public var maximumRate: Double
    /// The epochs over which the rate grows from 0 to ``maximumRate``.
    public var warmupEpochs: Double

    /// Creates a schedule; every argument has the default listed on the type.
    public init(maximumRate: Double = 0.2, warmupEpochs: Double = 5) {
        self.maximumRate = maximumRate
        self.warmupEpochs = warmupEpochs
    }

    /// The drop rate after `progress` epochs of training.
    public func rate(atEpoch progress: Double) -> Double {
        guard warmupEpochs > 0 else { return maximumRate }
        return min(maximumRate * max(progress, 0) / warmupEpochs, maximumRate)
    }

    /// Checks both keys.
    /// - Throws: ``ModelError/invalidParameter(name:value:expected:)`` naming the first bad key.
    public func validate() throws {
        if !(maximumRate >= 0 && maximumRate < 1) {
            throw ModelError.invalidParameter(name: "drop rate", value: "\(maximumRate)", expected: "a number in [0, 1)")
        }
        if !(warmupEpochs >= 0 && warmupEpochs.isFinite) {
            throw ModelError.invalidParameter(
                name: "drop-rate warm-up epochs", value: "\(warmupEpochs)", expected: "a finite number ≥ 0")
        }
    }
}
