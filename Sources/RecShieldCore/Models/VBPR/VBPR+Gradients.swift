extension VBPR {
    /// The BPR loss of one triple `(u, i, j)` — user `u` prefers the observed item `i` to the
    /// unobserved item `j` — and its gradient with respect to every parameter and to both
    /// items' feature vectors.
    ///
    /// With `x̂_uij = x̂_ui − x̂_uj`, `δ = f_i − f_j` and `c = ∂ℓ/∂x̂_uij = −σ(−x̂_uij)`:
    /// ```
    /// ℓ = −ln σ(x̂_uij) = softplus(−x̂_uij)
    /// ∂ℓ/∂γ_u = c (γ_i − γ_j)     ∂ℓ/∂γ_i = c γ_u      ∂ℓ/∂γ_j = −c γ_u
    /// ∂ℓ/∂β_i = c                 ∂ℓ/∂β_j = −c
    /// ∂ℓ/∂θ_u = c E δ             ∂ℓ/∂E  = c θ_u δᵀ     ∂ℓ/∂β′ = c δ
    /// ∂ℓ/∂f_i = c (Eᵀθ_u + β′)    ∂ℓ/∂f_j = −c (Eᵀθ_u + β′)
    /// ```
    /// The L2 penalty of training is not included: these are the gradients adversarial methods
    /// need (embedding perturbations as in APR/AMR, feature perturbations).
    ///
    /// References:
    /// - He & McAuley, "VBPR", AAAI 2016, §4.3.
    /// - Tang, He, Du, Yuan, Feng & Chua, "Adversarial training towards robust multimedia
    ///   recommender system", IEEE TKDE 2019 (AMR: gradients with respect to item features).
    public struct TripleGradients: Sendable, Equatable {
        /// `ℓ`, the BPR loss of the triple.
        public var loss: Double
        /// `∂ℓ/∂γ_u` (`K` values).
        public var userFactors: [Float]
        /// `∂ℓ/∂γ_i` (`K` values).
        public var positiveItemFactors: [Float]
        /// `∂ℓ/∂γ_j` (`K` values).
        public var negativeItemFactors: [Float]
        /// `∂ℓ/∂β_i`.
        public var positiveItemBias: Float
        /// `∂ℓ/∂β_j`.
        public var negativeItemBias: Float
        /// `∂ℓ/∂θ_u` (`K′` values).
        public var userContentFactors: [Float]
        /// `∂ℓ/∂E` (`K′ × F`, row-major like ``VBPR/projection``).
        public var projection: [Float]
        /// `∂ℓ/∂β′` (`F` values).
        public var featureBiases: [Float]
        /// `∂ℓ/∂f_i` (`F` values).
        public var positiveItemFeatures: [Float]
        /// `∂ℓ/∂f_j` (`F` values).
        public var negativeItemFeatures: [Float]
    }

    /// The loss of a list of triples and its gradient with respect to every item's features.
    public struct FeatureGradients: Sendable, Equatable {
        /// `L = Σ_n ℓ(u_n, i_n, j_n)`.
        public var loss: Double
        /// `∂L/∂f`, `itemCount × F` (row-major like ``VBPR/features``); zero rows for items in no
        /// triple.
        public var features: [Float]
    }

    /// The BPR loss of one triple and its gradients.
    /// - Parameters:
    ///   - user: the user `u`.
    ///   - positive: the preferred item `i`.
    ///   - negative: the other item `j`.
    /// - Complexity: O(K + K′ · F).
    public func gradients(user: Int, positive: Int, negative: Int) -> TripleGradients {
        precondition(user >= 0 && user < userCount, "user index out of range")
        precondition(positive >= 0 && positive < itemCount && negative >= 0 && negative < itemCount, "item index out of range")
        let difference = score(user: user, item: positive) - score(user: user, item: negative)
        let c = -Logistic.sigmoid(-difference)
        let gu = Array(userFactors[(user * factors)..<((user + 1) * factors)])
        let gi = Array(itemFactors[(positive * factors)..<((positive + 1) * factors)])
        let gj = Array(itemFactors[(negative * factors)..<((negative + 1) * factors)])
        let theta = Array(userContentFactors[(user * contentFactors)..<((user + 1) * contentFactors)])
        let delta = (0..<featureDimension).map {
            storedFeatures[positive * featureDimension + $0] - storedFeatures[negative * featureDimension + $0]
        }
        let projectedDelta = (0..<contentFactors).map {
            projectedFeatures[positive * contentFactors + $0] - projectedFeatures[negative * contentFactors + $0]
        }
        let featureDirection = featureGradientDirection(user: user)
        return TripleGradients(
            loss: Double(Logistic.softplus(-difference)),
            userFactors: zip(gi, gj).map { c * ($0 - $1) },
            positiveItemFactors: gu.map { c * $0 },
            negativeItemFactors: gu.map { -c * $0 },
            positiveItemBias: c,
            negativeItemBias: -c,
            userContentFactors: projectedDelta.map { c * $0 },
            projection: theta.flatMap { t in delta.map { c * t * $0 } },
            featureBiases: delta.map { c * $0 },
            positiveItemFeatures: featureDirection.map { c * $0 },
            negativeItemFeatures: featureDirection.map { -c * $0 })
    }

    /// The summed BPR loss of a list of triples and its gradient with respect to the feature
    /// vector of every item — what a feature-perturbation attack or adversarial training on
    /// features ascends.
    /// - Parameters:
    ///   - users: the user of each triple.
    ///   - positives: the preferred item of each triple.
    ///   - negatives: the other item of each triple.
    /// - Precondition: equal lengths, indices in range.
    /// - Complexity: O(triples · K′ · F + items · F).
    public func featureGradients(users: [Int32], positives: [Int32], negatives: [Int32]) -> FeatureGradients {
        precondition(users.count == positives.count && users.count == negatives.count, "triple lists differ in length")
        var gradient = [Float](repeating: 0, count: itemCount * featureDimension)
        var loss = 0.0
        for n in users.indices {
            let user = Int(users[n])
            let positive = Int(positives[n])
            let negative = Int(negatives[n])
            precondition(user >= 0 && user < userCount, "user index out of range")
            precondition(positive >= 0 && positive < itemCount && negative >= 0 && negative < itemCount, "item index out of range")
            let difference = score(user: user, item: positive) - score(user: user, item: negative)
            loss += Double(Logistic.softplus(-difference))
            let c = -Logistic.sigmoid(-difference)
            let direction = featureGradientDirection(user: user)
            for d in 0..<featureDimension {
                gradient[positive * featureDimension + d] += c * direction[d]
                gradient[negative * featureDimension + d] -= c * direction[d]
            }
        }
        return FeatureGradients(loss: loss, features: gradient)
    }

    /// `Eᵀθ_u + β′`, the gradient of `x̂_ui` with respect to `f_i` (the same for every item).
    func featureGradientDirection(user: Int) -> [Float] {
        (0..<featureDimension).map { d in
            var sum: Float = 0
            for k in 0..<contentFactors {
                sum += storedProjection[k * featureDimension + d] * userContentFactors[user * contentFactors + k]
            }
            return sum + storedFeatureBiases[d]
        }
    }
}
