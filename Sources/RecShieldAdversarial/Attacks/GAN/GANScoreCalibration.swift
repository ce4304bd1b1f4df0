#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Turns a discriminator's output score into a probability that a profile is real:
/// `P(real | s) = σ(a·s + b)`.
///
/// A standard-GAN discriminator is trained so that its logit already is one (``identity``,
/// `a = 1, b = 0`). A WGAN critic's score is only meaningful up to shift and scale, so it is
/// calibrated by Platt scaling: `a, b` minimise the cross-entropy of `σ(a·s + b)` on scores of
/// real profiles (label `t₊ = (N₊ + 1)/(N₊ + 2)`) and generated ones (label `t₋ = 1/(N₋ + 2)`).
/// The softened labels keep `a` finite when the scores separate the classes perfectly. Solved by
/// Newton's method with a backtracking line search, in `Double`.
///
/// Caveat: the calibration is only as good as the sample it was fitted on; it says how the
/// critic separated *those* real and generated profiles.
///
/// References:
/// - Platt, "Probabilistic outputs for support vector machines and comparisons to regularized
///   likelihood methods", Advances in Large Margin Classifiers, MIT Press 1999.
/// - Lin, Lin & Weng, "A note on Platt's probabilistic outputs for support vector machines",
///   Machine Learning 2007 (the Newton iteration with line search).
public struct GANScoreCalibration: Sendable, Equatable, Hashable, Codable {
    /// The factor `a` on the score.
    public var slope: Double
    /// The offset `b`.
    public var intercept: Double

    /// Creates a calibration `σ(slope·s + intercept)`.
    public init(slope: Double, intercept: Double) {
        self.slope = slope
        self.intercept = intercept
    }

    /// `σ(s)`: the score is a logit already.
    public static let identity = GANScoreCalibration(slope: 1, intercept: 0)

    /// The probability that a profile with score `score` is real.
    public func probability(score: Float) -> Double {
        let z = slope * Double(score) + intercept
        return z >= 0 ? 1 / (1 + exp(-z)) : exp(z) / (1 + exp(z))
    }

    /// Fits `a, b` by Platt scaling.
    /// - Parameters:
    ///   - realScores: scores of real profiles (at least one).
    ///   - fakeScores: scores of generated profiles (at least one).
    /// - Returns: the calibration minimising the softened cross-entropy.
    public static func fitted(realScores: [Float], fakeScores: [Float]) -> GANScoreCalibration {
        precondition(!realScores.isEmpty && !fakeScores.isEmpty, "Platt scaling needs scores of both classes")
        let positive = (Double(realScores.count) + 1) / (Double(realScores.count) + 2)
        let negative = 1 / (Double(fakeScores.count) + 2)
        let samples = realScores.map { (Double($0), positive) } + fakeScores.map { (Double($0), negative) }
        func loss(_ a: Double, _ b: Double) -> Double {
            samples.reduce(0) { total, sample in
                let z = a * sample.0 + b
                return total + max(z, 0) + log1p(exp(-abs(z))) - sample.1 * z
            }
        }
        var a = 0.0
        var b = log((Double(realScores.count) + 1) / (Double(fakeScores.count) + 1))
        var current = loss(a, b)
        for _ in 0..<100 {
            var (ga, gb, haa, hab, hbb) = (0.0, 0.0, 1e-12, 0.0, 1e-12)
            for (score, label) in samples {
                let z = a * score + b
                let p = z >= 0 ? 1 / (1 + exp(-z)) : exp(z) / (1 + exp(z))
                let w = p * (1 - p)
                ga += (p - label) * score
                gb += p - label
                haa += w * score * score
                hab += w * score
                hbb += w
            }
            if abs(ga) < 1e-9 && abs(gb) < 1e-9 { break }
            let determinant = haa * hbb - hab * hab
            let da = -(hbb * ga - hab * gb) / determinant
            let db = -(haa * gb - hab * ga) / determinant
            var step = 1.0
            while step >= 1e-10 {
                let candidate = loss(a + step * da, b + step * db)
                if candidate < current + 1e-4 * step * (ga * da + gb * db) {
                    a += step * da
                    b += step * db
                    current = candidate
                    break
                }
                step /= 2
            }
            if step < 1e-10 { break }
        }
        return GANScoreCalibration(slope: a, intercept: b)
    }
}
