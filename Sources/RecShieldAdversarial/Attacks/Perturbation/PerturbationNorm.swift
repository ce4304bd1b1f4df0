/// The norm that bounds a perturbation, row by row: the Euclidean norm or the largest absolute
/// entry. It also fixes the shape of a gradient step: FGSM and PGD move along the L2-normalised
/// gradient under ``l2`` and along its sign under ``linf``, the steepest-ascent directions of the
/// two balls.
///
/// ```
/// ‖v‖₂ = √(Σ_k v_k²)        ‖v‖∞ = max_k |v_k|
/// ```
public enum PerturbationNorm: String, Codable, Sendable, CaseIterable {
    /// The Euclidean norm; steps follow `g / ‖g‖₂`.
    case l2
    /// The maximum norm; steps follow `sign(g)`.
    case linf

    /// The norm of `row` (0 for an empty row), accumulated in `Double`.
    public func norm(of row: UnsafeBufferPointer<Float>) -> Float {
        switch self {
        case .l2:
            var sum = 0.0
            for value in row { sum += Double(value) * Double(value) }
            return Float(sum.squareRoot())
        case .linf:
            var largest: Float = 0
            for value in row { largest = max(largest, abs(value)) }
            return largest
        }
    }

    /// The norm of an array, as ``norm(of:)``.
    public func norm(of row: [Float]) -> Float {
        row.withUnsafeBufferPointer { norm(of: $0) }
    }

    /// The unit-size steepest-ascent direction of `gradient` in this norm, written into `direction`:
    /// `g / ‖g‖₂` for ``l2`` (all zero when `g = 0`), `sign(g)` for ``linf`` (0 where `g_k = 0`).
    /// - Precondition: equal lengths.
    func steepestDirection(of gradient: UnsafeBufferPointer<Float>, into direction: UnsafeMutableBufferPointer<Float>) {
        precondition(gradient.count == direction.count, "gradient and direction differ in length")
        switch self {
        case .l2:
            let length = PerturbationNorm.l2.norm(of: gradient)
            let scale: Float = length > 0 ? 1 / length : 0
            for k in gradient.indices { direction[k] = gradient[k] * scale }
        case .linf:
            for k in gradient.indices {
                let g = gradient[k]
                direction[k] = g > 0 ? 1 : (g < 0 ? -1 : 0)
            }
        }
    }

    /// Projects `row` onto the ball of this norm with radius `radius` around 0, in place: L2 rows
    /// longer than the radius are scaled back onto the sphere along their own direction, L∞
    /// entries are clipped to `[−radius, radius]` — in both cases the nearest point of the ball.
    /// - Precondition: `radius >= 0`.
    func project(_ row: UnsafeMutableBufferPointer<Float>, radius: Float) {
        precondition(radius >= 0, "a ball's radius must not be negative")
        switch self {
        case .l2:
            let length = PerturbationNorm.l2.norm(of: UnsafeBufferPointer(row))
            guard length > radius else { return }
            let scale = radius / length
            for k in row.indices { row[k] *= scale }
        case .linf:
            for k in row.indices { row[k] = min(max(row[k], -radius), radius) }
        }
    }
}
