#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The calibration of supervised detectors: a logistic map from a classifier's score to the
/// probability that a profile is fake, `P(fake | s) = σ(a·s + b)`, fitted on held-out labelled
/// profiles.
///
/// `a, b` minimise the cross-entropy of `σ(a·s + b)` against softened labels — `t₊ = (N₊ + 1)/(N₊ + 2)`
/// for the `N₊` fake profiles, `t₋ = 1/(N₋ + 2)` for the `N₋` real ones — which keeps `a` finite
/// when the scores separate the classes perfectly. Solved by Newton's method with a backtracking
/// line search, in `Double`.
///
/// Caveat: the probability is calibrated to the class balance of the profiles it was fitted on;
/// on data with another share of fake profiles the probability of a flagged profile being fake
/// moves with that share.
///
/// References:
/// - Platt, "Probabilistic outputs for support vector machines and comparisons to regularized
///   likelihood methods", Advances in Large Margin Classifiers, MIT Press 1999.
/// - Lin, Lin & Weng, "A note on Platt's probabilistic outputs for support vector machines",
///   Machine Learning 68(3), 2007 (Newton's method with line search).
public struct PlattScaling: Sendable, Equatable, Codable {
    /// `a`, the factor on the score.
    public var slope: Double
    /// `b`, the offset.
    public var intercept: Double

    /// Creates the map `σ(slope·s + intercept)`.
    public init(slope: Double, intercept: Double) {
        self.slope = slope
        self.intercept = intercept
    }

    /// The probability of a profile with score `score` being fake.
    public func probability(_ score: Double) -> Double {
        LogisticRegression.sigmoid(slope * score + intercept)
    }

    /// Fits `a, b` to scores and labels.
    /// - Parameters:
    ///   - scores: one classifier score per profile.
    ///   - labels: whether each profile is fake.
    ///   - iterations: the Newton step cap (default 100).
    /// - Precondition: equal lengths, at least one profile of each class, finite scores.
    public init(fitting scores: [Double], labels: [Bool], iterations: Int = 100) {
        precondition(scores.count == labels.count, "one label per score")
        let positives = Double(labels.count { $0 })
        let negatives = Double(labels.count) - positives
        precondition(positives > 0 && negatives > 0, "Platt scaling needs profiles of both classes")
        precondition(scores.allSatisfy(\.isFinite), "scores must be finite")
        let high = (positives + 1) / (positives + 2)
        let low = 1 / (negatives + 2)
        let targets = labels.map { $0 ? high : low }
        func loss(_ a: Double, _ b: Double) -> Double {
            zip(scores, targets).reduce(0) { total, pair in
                let z = a * pair.0 + b
                return total + max(z, 0) + log1p(exp(-abs(z))) - pair.1 * z
            }
        }
        var a = 0.0
        var b = log((positives + 1) / (negatives + 1))
        var current = loss(a, b)
        for _ in 0..<iterations {
            var gradientA = 0.0, gradientB = 0.0, haa = 1e-12, hab = 0.0, hbb = 1e-12
            for (score, target) in zip(scores, targets) {
                let p = PlattScaling(slope: a, intercept: b).probability(score)
                let weight = p * (1 - p)
                gradientA += (p - target) * score
                gradientB += p - target
                haa += weight * score * score
                hab += weight * score
                hbb += weight
            }
            if abs(gradientA) < 1e-10 && abs(gradientB) < 1e-10 { break }
            let determinant = haa * hbb - hab * hab
            let stepA = -(hbb * gradientA - hab * gradientB) / determinant
            let stepB = -(-hab * gradientA + haa * gradientB) / determinant
            var length = 1.0
            var accepted = false
            while length >= 1e-10 {
                let candidate = loss(a + length * stepA, b + length * stepB)
                if candidate < current + 1e-4 * length * (gradientA * stepA + gradientB * stepB) {
                    a += length * stepA
                    b += length * stepB
                    current = candidate
                    accepted = true
                    break
                }
                length /= 2
            }
            if !accepted { break }
        }
        self.init(slope: a, intercept: b)
    }
}
