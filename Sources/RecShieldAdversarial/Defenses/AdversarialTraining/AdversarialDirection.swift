/// The fast-gradient perturbation of one parameter row: `ε · g / ‖g‖₂`, the step of length `ε`
/// that increases a loss most to first order — used per embedding or feature row by every
/// adversarial training method and by embedding-perturbation attacks.
///
/// A zero gradient gives a zero perturbation (there is no ascent direction), so rows a loss does
/// not depend on are never moved.
///
/// References:
/// - Goodfellow, Shlens & Szegedy, "Explaining and harnessing adversarial examples", ICLR 2015.
/// - He, He, Du & Chua, "Adversarial personalized ranking for recommendation", SIGIR 2018, Eq. 8.
public enum AdversarialDirection {
    /// `ε · g / ‖g‖₂`, or zeros when `g = 0`.
    /// - Parameters:
    ///   - gradient: the row's gradient `g`.
    ///   - epsilon: the norm `ε` of the result.
    public static func scaled(_ gradient: [Float], toNorm epsilon: Float) -> [Float] {
        var result = gradient
        result.withUnsafeMutableBufferPointer { row in
            if let base = row.baseAddress { scaleRows(base, rows: 1, width: row.count, toNorm: epsilon) }
        }
        return result
    }

    /// Replaces each of `rows` consecutive rows of `width` values by `ε · row / ‖row‖₂` (zero rows
    /// stay zero). The norm is accumulated in `Double`.
    /// - Complexity: O(rows · width).
    public static func scaleRows(_ values: UnsafeMutablePointer<Float>, rows: Int, width: Int, toNorm epsilon: Float) {
        for row in 0..<rows {
            let start = values + row * width
            var square = 0.0
            for k in 0..<width { square += Double(start[k]) * Double(start[k]) }
            let scale = square > 0 ? Float(Double(epsilon) / square.squareRoot()) : 0
            for k in 0..<width { start[k] *= scale }
        }
    }
}
