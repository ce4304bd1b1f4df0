#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import RecShieldCore

/// The attack objective of gradient poisoning and its exact gradient with respect to the fake
/// users' (relaxed) interaction vectors, through one unrolled sweep of the ALS surrogate.
///
/// Given the surrogate's factors `P` (real users) and `Q` (items), fake users with interaction
/// vectors `x_f ∈ [0, 1]^n` (targets fixed at 1) enter the next sweep as
/// ```
/// p_f  = A⁻¹ Qᵀ x_f,                     A = QᵀQ + λI                 (user step)
/// q′_j = B⁻¹ r_j,  r_j = Σ_{u real: x_uj = 1} p_u + Σ_f x_fj p_f,
///                  B = Σ_{u real} p_u p_uᵀ + Σ_f p_f p_fᵀ + λI        (item step)
/// ```
/// and the attacker wants each target `t` above the `K`-th item `k_u` of every real user `u` who
/// has not interacted with it (`k_u` from the current surrogate, excluding the user's items and
/// the targets):
/// ```
/// L(x) = Σ_(u,t) softplus(−m_ut),   m_ut = p_u·(q′_t − q′_{k_u})
/// ```
/// With `G_j = ∂L/∂q′_j` (non-zero for targets and threshold items, the set `J`),
/// `y_j = B⁻¹ G_j`:
/// ```
/// ∂L/∂p_f  = Σ_{j∈J} [ x_fj y_j − (p_f·q′_j) y_j − (y_j·p_f) q′_j ]
/// ∂L/∂x_fj = q_jᵀ A⁻¹ ∂L/∂p_f + [j ∈ J] y_j·p_f
/// ```
/// (the first term through the fake user's embedding, the second through `r_j`; `B` is
/// symmetric, so `∂L/∂B = −Σ_j y_j q′_jᵀ`). Real users' embeddings are held fixed: the sweep's
/// effect on items is what moves targets in the victim.
///
/// References:
/// - Li, Wang, Singh & Vorobeychik, "Data poisoning attacks on factorization-based collaborative
///   filtering", NeurIPS 2016 (alternating-minimisation surrogate, projected gradient on fake data).
/// - Tang, Wen & Wang, "Revisiting adversarially learned injection attacks in recommender
///   systems", NeurIPS 2020 (gradients through unrolled surrogate training).
struct PoisoningObjective {
    /// One (real user, target) pair: the user, and the positions in ``involved`` of the target
    /// and of the user's threshold item.
    struct Pair {
        var user: Int
        var target: Int
        var threshold: Int
    }

    let factors: Int
    let itemCount: Int
    /// `Q`, the surrogate's item factors.
    let items: [Double]
    /// `P` of the real users.
    let users: [Double]
    /// `A = QᵀQ + λI`, factored.
    let itemGram: CholeskyFactor
    /// `Σ_{u real} p_u p_uᵀ + λI`.
    let realGram: [Double]
    /// `J`: targets first, then threshold items, each once.
    let involved: [Int]
    /// `Σ_{u real: x_uj = 1} p_u` for each item of ``involved``.
    let realSums: [Double]
    /// The (user, target) pairs.
    let pairs: [Pair]

    /// Prepares the objective for the current surrogate.
    /// - Parameters:
    ///   - surrogate: trained on the real users (rows `0..<real.rowCount`) and the current fakes.
    ///   - real: the real users' interactions.
    ///   - targets: the target items.
    ///   - cutoff: `K`.
    init(surrogate: ALSSurrogate, real: SparseMatrix, targets: [Int], cutoff: Int) {
        let d = surrogate.factors
        factors = d
        itemCount = surrogate.itemCount
        items = surrogate.itemFactors
        users = Array(surrogate.userFactors[0..<(real.rowCount * d)])
        guard let factor = CholeskyFactor(
            ALSSurrogate.gram(items, factors: d, regularization: surrogate.regularization), dimension: d)
        else { preconditionFailure("a Gram matrix plus λI with λ > 0 is positive definite") }
        itemGram = factor
        realGram = ALSSurrogate.gram(users, factors: d, regularization: surrogate.regularization)
        var involved = targets
        var position = Dictionary(uniqueKeysWithValues: targets.enumerated().map { ($1, $0) })
        var pairs: [Pair] = []
        let isTarget = Set(targets)
        var scores = [Float](repeating: 0, count: itemCount)
        for user in 0..<real.rowCount where real.count(ofRow: user) > 0 {
            let missing = targets.indices.filter { !real.contains(row: user, column: targets[$0]) }
            guard !missing.isEmpty else { continue }
            for item in 0..<itemCount { scores[item] = Float(surrogate.score(user: user, item: item)) }
            for item in real.columns(ofRow: user) { scores[Int(item)] = -.infinity }
            for item in isTarget { scores[item] = -.infinity }
            guard let threshold = TopK.select(cutoff, from: scores).last, scores[threshold] > -.infinity else { continue }
            let slot: Int
            if let known = position[threshold] {
                slot = known
            } else {
                slot = involved.count
                position[threshold] = slot
                involved.append(threshold)
            }
            for target in missing { pairs.append(Pair(user: user, target: target, threshold: slot)) }
        }
        var sums = [Double](repeating: 0, count: involved.count * d)
        let byItem = real.transposed()
        for (slot, item) in involved.enumerated() {
            for user in byItem.columns(ofRow: item) {
                for k in 0..<d { sums[slot * d + k] += users[Int(user) * d + k] }
            }
        }
        self.involved = involved
        realSums = sums
        self.pairs = pairs
    }

    /// `L(x)` and `∂L/∂x` for fake interaction vectors `x` (`fakes × itemCount`, row-major).
    /// - Complexity: O(fakes · items · d + |J| · (fakes + d) · d + pairs · d).
    func evaluate(_ x: [Double]) -> (loss: Double, gradient: [Double]) {
        let d = factors
        let n = itemCount
        let fakes = x.count / n
        // Forward: fake embeddings, the item step for J, margins.
        var fakeFactors = [Double](repeating: 0, count: fakes * d)
        var gram = realGram
        for f in 0..<fakes {
            let p = itemGram.solve(transposedProduct(x, row: f))
            for k in 0..<d { fakeFactors[f * d + k] = p[k] }
            for a in 0..<d { for b in 0..<d { gram[a * d + b] += p[a] * p[b] } }
        }
        guard let stepGram = CholeskyFactor(gram, dimension: d) else {
            preconditionFailure("a Gram matrix plus λI with λ > 0 is positive definite")
        }
        var stepped = [Double](repeating: 0, count: involved.count * d)
        for (slot, item) in involved.enumerated() {
            var r = Array(realSums[(slot * d)..<((slot + 1) * d)])
            for f in 0..<fakes where x[f * n + item] != 0 {
                for k in 0..<d { r[k] += x[f * n + item] * fakeFactors[f * d + k] }
            }
            let q = stepGram.solve(r)
            for k in 0..<d { stepped[slot * d + k] = q[k] }
        }
        var loss = 0.0
        var upstream = [Double](repeating: 0, count: involved.count * d)
        for pair in pairs {
            var margin = 0.0
            for k in 0..<d {
                margin += users[pair.user * d + k] * (stepped[pair.target * d + k] - stepped[pair.threshold * d + k])
            }
            loss += max(-margin, 0) + log1p(exp(-abs(margin)))
            let weight = 1 / (1 + exp(margin))
            for k in 0..<d {
                let pu = users[pair.user * d + k]
                upstream[pair.target * d + k] -= weight * pu
                upstream[pair.threshold * d + k] += weight * pu
            }
        }
        // Backward.
        let adjoints = involved.indices.flatMap { slot in stepGram.solve(Array(upstream[(slot * d)..<((slot + 1) * d)])) }
        var gradient = [Double](repeating: 0, count: x.count)
        for f in 0..<fakes {
            let p = Array(fakeFactors[(f * d)..<((f + 1) * d)])
            var h = [Double](repeating: 0, count: d)
            var direct = [Double](repeating: 0, count: involved.count)
            for (slot, item) in involved.enumerated() {
                let y = adjoints[(slot * d)..<((slot + 1) * d)]
                let q = stepped[(slot * d)..<((slot + 1) * d)]
                var pq = 0.0
                var yp = 0.0
                for k in 0..<d {
                    pq += p[k] * q[q.startIndex + k]
                    yp += y[y.startIndex + k] * p[k]
                }
                let xf = x[f * n + item]
                for k in 0..<d { h[k] += (xf - pq) * y[y.startIndex + k] - yp * q[q.startIndex + k] }
                direct[slot] = yp
            }
            let w = itemGram.solve(h)
            for item in 0..<n {
                var value = 0.0
                for k in 0..<d { value += items[item * d + k] * w[k] }
                gradient[f * n + item] = value
            }
            for (slot, item) in involved.enumerated() { gradient[f * n + item] += direct[slot] }
        }
        return (loss, gradient)
    }

    /// `Qᵀ x_f` for row `f` of `x`.
    private func transposedProduct(_ x: [Double], row f: Int) -> [Double] {
        let d = factors
        var sum = [Double](repeating: 0, count: d)
        for item in 0..<itemCount {
            let weight = x[f * itemCount + item]
            guard weight != 0 else { continue }
            for k in 0..<d { sum[k] += weight * items[item * d + k] }
        }
        return sum
    }
}
