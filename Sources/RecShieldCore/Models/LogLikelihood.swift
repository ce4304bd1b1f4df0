#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Sums `ln p` over many probabilities with one multiplication per sample and a logarithm only
/// every few hundred samples: the probabilities are multiplied in `Double` and the product is
/// moved into the log-sum before it can underflow. Keeps the BPR loss report nearly free in the
/// inner loop.
///
/// Each `p` must lie in `[2⁻¹²⁰, 1]` (BPR clamps `x̂` to ±80, so `σ(x̂) ≥ e⁻⁸⁰ ≈ 2⁻¹¹⁵`).
/// Public and `@inlinable` for the BPR-style kernels of other modules.
public struct LogLikelihood {
    @usableFromInline var product: Double = 1
    @usableFromInline var logSum: Double = 0

    /// Creates an empty sum.
    @inlinable public init() {}

    /// Adds `ln probability`.
    @inlinable @inline(__always)
    public mutating func add(_ probability: Float) {
        product *= Double(probability)
        if product < 0x1p-900 {
            logSum += log(product)
            product = 1
        }
    }

    /// `−Σ ln p` over everything added.
    @inlinable public var negativeSum: Double {
        -(logSum + log(product))
    }
}
