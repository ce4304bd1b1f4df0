import RecShieldCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An adaptive denoising loss for implicit feedback: the two ways Wang et al. keep a model from
/// memorising false-positive interactions, which have large losses for longer than clean ones.
///
/// - ``truncated(_:)`` (T-CE): in every batch, the positives with the largest losses — a share
///   given by the ``DropRateSchedule`` — get no gradient.
/// - ``reweighted(exponent:)`` (R-CE): every positive's loss is multiplied by `ŷ^β`, the model's
///   current predicted probability of the positive raised to `β` and held constant (not
///   differentiated), so positives the model finds implausible count less. Negatives keep weight 1.
///
/// How a model defines a positive's loss and `ŷ` is documented where the loss is used
/// (``DenoisedNeuMF``: binary cross-entropy; ``DenoisedBPR``: the positive against the mean item).
///
/// These losses assume noise that disagrees with the rest of the data. Shilling profiles agree
/// with each other, so truncation keeps them and drops real users' long-tail interactions
/// instead: on ml-latest-small T-CE lifted push-attack targets from rank ~7,000 to ~1,050
/// (`Benchmarks/README.md`). Do not use T-CE as a defense against poisoning.
///
/// References:
/// - Wang, Feng, He, Nie & Chua, "Denoising implicit feedback for recommendation", WSDM 2021.
public enum DenoisingLoss: Sendable, Equatable {
    /// Truncated loss with this drop-rate schedule.
    case truncated(DropRateSchedule)
    /// Reweighted loss with exponent `β ≥ 0` (0 gives the plain loss).
    case reweighted(exponent: Float)

    /// Checks the parameters.
    /// - Throws: ``ModelError/invalidParameter(name:value:expected:)``.
    public func validate() throws {
        switch self {
        case let .truncated(schedule):
            try schedule.validate()
        case let .reweighted(exponent):
            if !(exponent >= 0 && exponent.isFinite) {
                throw ModelError.invalidParameter(
                    name: "reweighting exponent", value: "\(exponent)", expected: "a finite number ≥ 0")
            }
        }
    }

    /// The number of positives a batch of `positives` drops at rate `rate`: `⌊rate · positives⌋`.
    public static func droppedCount(positives: Int, rate: Double) -> Int {
        Int((rate * Double(positives)).rounded(.down))
    }

    /// The R-CE weight `ŷ^β` of a positive predicted with probability `probability`.
    public static func weight(probability: Float, exponent: Float) -> Float {
        exponent == 0 ? 1 : powf(max(probability, 0), exponent)
    }

    /// The positions (into `losses`) of the `count` largest losses, largest first; equal losses
    /// are taken in position order, NaN counts as the largest.
    /// - Complexity: O(n log n).
    public static func largest(_ count: Int, of losses: [Float]) -> [Int] {
        let order = losses.indices.sorted { a, b in
            let x = losses[a].isNaN ? Float.infinity : losses[a]
            let y = losses[b].isNaN ? Float.infinity : losses[b]
            return x != y ? x > y : a < b
        }
        return Array(order.prefix(max(0, count)))
    }
}
