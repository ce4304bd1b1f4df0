/// Visual (content-aware) Bayesian personalised ranking: BPR matrix factorisation whose item
/// side also sees a dense content vector per item — the multimodal model that feature
/// perturbation attacks and adversarial multimedia training target.
///
/// For user `u` and item `i` with content features `f_i ∈ ℝ^F`:
/// ```
/// x̂_ui = β_i + γ_uᵀ γ_i + θ_uᵀ (E f_i) + β′ᵀ f_i
/// ```
/// with item biases `β`, collaborative factors `γ_u, γ_i ∈ ℝ^K`, content user factors
/// `θ_u ∈ ℝ^K′`, the projection `E ∈ ℝ^{K′×F}` and the feature bias `β′ ∈ ℝ^F`; see
/// ``VBPRTrainer`` for the loss. Items without features have `f_i = 0`, so their score reduces
/// to BPR's. With every feature zero the model is BPR-MF with item biases.
///
/// Every parameter is a flat row-major `Float` buffer, ready for a model file. The projected
/// content vectors `E f_i` and content biases `β′ᵀ f_i` are cached (``projectedFeatures``,
/// ``featureBiasScores``); setting ``projection``, ``featureBiases`` or ``features`` refreshes
/// the cache in O(items · K′ · F), so perturb features in batches rather than one value at a
/// time on large catalogues. ``userIDs`` and ``itemIDs`` translate raw IDs to the rows; a model
/// built from a bare matrix gets positional IDs (`"0"`, `"1"`, …).
///
/// References:
/// - He & McAuley, "VBPR: Visual Bayesian personalized ranking from implicit feedback",
///   AAAI 2016.
public struct VBPR: ArchivableModel, Sendable, Equatable {
    /// The kind written into model files.
    public static let archiveKind = "vbpr"

    public let userCount: Int
    public let itemCount: Int
    /// Raw user IDs ↔ the dense user indices (``userCount`` of them).
    public var userIDs: IDMap
    /// Raw item IDs ↔ the dense item indices (``itemCount`` of them).
    public var itemIDs: IDMap
    /// The settings the model was created with: its shape, seed and training settings.
    public let configuration: Configuration
    /// `K`, the length of the collaborative factors.
    public let factors: Int
    /// `K′`, the length of the content factors.
    public let contentFactors: Int
    /// `F`, the length of each item's feature vector.
    public let featureDimension: Int
    /// `β`, one bias per item.
    public var itemBiases: [Float]
    /// `γ_u`, `userCount × K`.
    public var userFactors: [Float]
    /// `γ_i`, `itemCount × K`.
    public var itemFactors: [Float]
    /// `θ_u`, `userCount × K′`.
    public var userContentFactors: [Float]
    var storedProjection: [Float]
    var storedFeatureBiases: [Float]
    var storedFeatures: [Float]
    /// `E f_i` for every item, `itemCount × K′` (a cache of ``projection`` times ``features``).
    public internal(set) var projectedFeatures: [Float]
    /// `β′ᵀ f_i` for every item (a cache).
    public internal(set) var featureBiasScores: [Float]

    /// `E`, the `K′ × F` projection of features into the content space (row-major).
    public var projection: [Float] {
        get { storedProjection }
        set {
            precondition(newValue.count == contentFactors * featureDimension, "projection must have K′ × F values")
            storedProjection = newValue
            refreshContentCache()
        }
    }

    /// `β′`, the feature bias vector (`F` values).
    public var featureBiases: [Float] {
        get { storedFeatureBiases }
        set {
            precondition(newValue.count == featureDimension, "feature biases must have F values")
            storedFeatureBiases = newValue
            refreshContentCache()
        }
    }

    /// `f_i` for every item, `itemCount × F` (row-major; zero rows for items without features).
    public var features: [Float] {
        get { storedFeatures }
        set {
            precondition(newValue.count == itemCount * featureDimension, "features must have items × F values")
            storedFeatures = newValue
            refreshContentCache()
        }
    }

    /// Creates a model with freshly drawn parameters: `γ_u, γ_i, θ_u` and `E` from
    /// `N(0, initialDeviation²)`, biases zero. Users and items get positional IDs.
    /// - Parameters:
    ///   - userCount: the number of users.
    ///   - features: the content vector of every item (its row count is the item count).
    ///   - configuration: the shape and `seed` (the training settings are only recorded).
    /// - Throws: ``ConfigurationError`` when a setting is out of range or the features have no
    ///   columns.
    public init(userCount: Int, features: ItemFeatureMatrix, configuration: Configuration = Configuration()) throws {
        precondition(userCount >= 0, "userCount must not be negative")
        try self.init(
            userIDs: .positional(count: userCount), itemIDs: .positional(count: features.itemCount),
            features: features, configuration: configuration)
    }

    /// Creates a model for the users and items of two ID maps with freshly drawn parameters, as
    /// ``init(userCount:features:configuration:)`` does.
    /// - Throws: ``ConfigurationError`` when a setting is out of range, or the features have no
    ///   columns or not one row per item of `itemIDs`.
    public init(
        userIDs: IDMap, itemIDs: IDMap, features: ItemFeatureMatrix, configuration: Configuration = Configuration()
    ) throws {
        try configuration.validate()
        guard features.dimension > 0 else {
            throw ConfigurationError.invalidSetting(
                name: "features", value: "0 columns", requirement: "at least one feature per item")
        }
        guard features.itemCount == itemIDs.count else {
            throw ConfigurationError.invalidSetting(
                name: "features", value: "\(features.itemCount) item rows",
                requirement: "one row per item of the data (\(itemIDs.count))")
        }
        var rng = Xoshiro256StarStar(seed: configuration.seed, stream: 0)
        let deviation = Double(configuration.initialDeviation)
        func draw(_ count: Int) -> [Float] {
            (0..<count).map { _ in Float(rng.nextGaussian() * deviation) }
        }
        self.configuration = configuration
        self.userIDs = userIDs
        self.itemIDs = itemIDs
        userCount = userIDs.count
        itemCount = itemIDs.count
        factors = configuration.factors
        contentFactors = configuration.contentFactors
        featureDimension = features.dimension
        itemBiases = [Float](repeating: 0, count: itemCount)
        userFactors = draw(userCount * factors)
        itemFactors = draw(itemCount * factors)
        userContentFactors = draw(userCount * contentFactors)
        storedProjection = draw(contentFactors * featureDimension)
        storedFeatureBiases = [Float](repeating: 0, count: featureDimension)
        storedFeatures = features.values
        projectedFeatures = []
        featureBiasScores = []
        refreshContentCache()
    }

    /// The total number of trained parameters (features excluded).
    public var parameterCount: Int {
        itemBiases.count + userFactors.count + itemFactors.count + userContentFactors.count
            + storedProjection.count + storedFeatureBiases.count
    }

    /// Checks that the public buffers still have the sizes the shapes imply (they are mutable,
    /// and the kernels read them through raw pointers).
    func checkShapes() {
        precondition(
            itemBiases.count == itemCount && userFactors.count == userCount * factors
                && itemFactors.count == itemCount * factors
                && userContentFactors.count == userCount * contentFactors
                && userIDs.count == userCount && itemIDs.count == itemCount,
            "VBPR parameter buffers do not match the model's shape")
    }

    /// Recomputes ``projectedFeatures`` and ``featureBiasScores`` from `E`, `β′` and the features.
    /// - Complexity: O(items · K′ · F).
    mutating func refreshContentCache() {
        let width = contentFactors
        let dimension = featureDimension
        var projected = [Float](repeating: 0, count: itemCount * width)
        var biases = [Float](repeating: 0, count: itemCount)
        storedProjection.withUnsafeBufferPointer { projection in
            storedFeatureBiases.withUnsafeBufferPointer { featureBiases in
                storedFeatures.withUnsafeBufferPointer { features in
                    projected.withUnsafeMutableBufferPointer { projected in
                        for item in 0..<itemCount {
                            let f = features.baseAddress! + item * dimension
                            for k in 0..<width {
                                projected[item * width + k] = VectorKernels.dot(
                                    projection.baseAddress! + k * dimension, f, count: dimension)
                            }
                            biases[item] = VectorKernels.dot(featureBiases.baseAddress!, f, count: dimension)
                        }
                    }
                }
            }
        }
        projectedFeatures = projected
        featureBiasScores = biases
    }

    /// - Complexity: O(items · (K + K′)).
    public func scores(for user: Int, into scores: UnsafeMutableBufferPointer<Float>) {
        precondition(scores.count == itemCount, "scores buffer must have itemCount elements")
        precondition(user >= 0 && user < userCount, "user index out of range")
        checkShapes()
        guard itemCount > 0 else { return }
        withScoringPointers(user: user) { pointers in
            for item in 0..<itemCount { scores[item] = pointers.score(item: item) }
        }
    }

    /// - Complexity: O(K + K′).
    public func score(user: Int, item: Int) -> Float {
        precondition(user >= 0 && user < userCount && item >= 0 && item < itemCount, "index out of range")
        checkShapes()
        return withScoringPointers(user: user) { $0.score(item: item) }
    }

    /// Raw views of what scoring one user reads.
    struct ScoringPointers {
        let userFactors: UnsafePointer<Float>
        let userContentFactors: UnsafePointer<Float>
        let itemBiases: UnsafePointer<Float>
        let itemFactors: UnsafePointer<Float>
        let projectedFeatures: UnsafePointer<Float>
        let featureBiasScores: UnsafePointer<Float>
        let factors: Int
        let contentFactors: Int

        /// `x̂_ui = ((β_i + γ_uᵀγ_i) + θ_uᵀ(E f_i)) + β′ᵀf_i`, always in this order.
        @inline(__always)
        func score(item: Int) -> Float {
            let collaborative = VectorKernels.dot(userFactors, itemFactors + item * factors, count: factors)
            let content = VectorKernels.dot(
                userContentFactors, projectedFeatures + item * contentFactors, count: contentFactors)
            return itemBiases[item] + collaborative + content + featureBiasScores[item]
        }
    }

    func withScoringPointers<Result>(user: Int, _ body: (ScoringPointers) -> Result) -> Result {
        userFactors.withUnsafeBufferPointer { userFactors in
            userContentFactors.withUnsafeBufferPointer { userContentFactors in
                itemBiases.withUnsafeBufferPointer { itemBiases in
                    itemFactors.withUnsafeBufferPointer { itemFactors in
                        projectedFeatures.withUnsafeBufferPointer { projected in
                            featureBiasScores.withUnsafeBufferPointer { featureBiasScores in
                                body(ScoringPointers(
                                    userFactors: userFactors.baseAddress! + user * factors,
                                    userContentFactors: userContentFactors.baseAddress! + user * contentFactors,
                                    itemBiases: itemBiases.baseAddress!, itemFactors: itemFactors.baseAddress!,
                                    projectedFeatures: projected.baseAddress!,
                                    featureBiasScores: featureBiasScores.baseAddress!,
                                    factors: factors, contentFactors: contentFactors))
                            }
                        }
                    }
                }
            }
        }
    }
}
