import RecShieldCore

/// How much an evaluation-time attack may change each row of a parameter table (one user's or
/// one item's embedding, one item's feature vector).
///
/// Every row `r` gets its own ball of radius `ε_r` in ``norm``:
/// ```
/// ‖Δ_r‖ ≤ ε_r,    ε_r = ε · ‖θ_r‖   (relative: a share of the clean row's norm, in the same norm)
///                  ε_r = ε           (absolute: the same radius for every row)
/// ```
/// where `θ_r` is the clean row. The budget is per row, never over the whole matrix: a relative
/// ε of 0.5 lets every user move half the length of their own embedding. APR's perturbation
/// (He et al. 2018) is the absolute L2 case. A row of zeros has radius 0 under the relative
/// scale, so it is never perturbed.
///
/// Keys (JSON, snake_case): `epsilon` (float ≥ 0), `scale` (`relative` | `absolute`),
/// `norm` (`l2` | `linf`).
///
/// References:
/// - He, He, Du & Chua, "Adversarial personalized ranking for recommendation", SIGIR 2018.
public struct PerturbationBudget: Codable, Sendable, Equatable {
    /// How ε is measured.
    public enum Scale: String, Codable, Sendable, CaseIterable {
        /// `ε_r = ε · ‖θ_r‖`: a share of each clean row's norm.
        case relative
        /// `ε_r = ε`: the same radius for every row.
        case absolute
    }

    /// The budget `ε ≥ 0`.
    public var epsilon: Float
    /// Whether ε is a share of each row's norm or a radius.
    public var scale: Scale
    /// The norm of the balls.
    public var norm: PerturbationNorm

    /// Creates a budget.
    public init(epsilon: Float, scale: Scale = .relative, norm: PerturbationNorm = .l2) {
        self.epsilon = epsilon
        self.scale = scale
        self.norm = norm
    }

    /// Throws unless ε is a finite number ≥ 0.
    /// - Throws: ``DataError/invalidParameter(name:value:expected:)``.
    public func validate() throws {
        guard epsilon.isFinite && epsilon >= 0 else {
            throw DataError.invalidParameter(name: "epsilon", value: "\(epsilon)", expected: "a finite number ≥ 0")
        }
    }

    /// `ε_r` for a clean row.
    public func radius(ofRow row: UnsafeBufferPointer<Float>) -> Float {
        switch scale {
        case .relative: return epsilon * norm.norm(of: row)
        case .absolute: return epsilon
        }
    }

    /// The rule in words, for reports: e.g. `per row, ‖Δ_r‖₂ ≤ ε·‖θ_r‖₂ (relative)`.
    public var rule: String {
        let symbol = norm == .l2 ? "₂" : "∞"
        switch scale {
        case .relative: return "per row, ‖Δ_r‖\(symbol) ≤ ε·‖θ_r‖\(symbol) (relative)"
        case .absolute: return "per row, ‖Δ_r‖\(symbol) ≤ ε (absolute)"
        }
    }
}
