/// Saving and loading VBPR models. Arrays: `item_biases` (β), `user_factors` (γ_u),
/// `item_factors` (γ_i), `user_content_factors` (θ_u), `projection` (E, K′ × F),
/// `feature_biases` (β′, F values, which fix F) and `features` (f, items × F), all row-major;
/// metadata: ``ModelMetadata`` of ``Configuration``. The cached `E f_i` and `β′ᵀ f_i` are
/// recomputed on load by the same code that computed them during training, so scores match bit
/// for bit.
extension VBPR {
    /// The model as an archive, features included (they are part of how it scores).
    /// - Throws: ``ModelError/malformed(path:reason:)`` when the metadata cannot be encoded.
    public func archive() throws -> ModelArchive {
        checkShapes()
        var archive = try ModelArchive(
            kind: Self.archiveKind,
            metadata: ModelMetadata(hyperparameters: configuration, userIDs: userIDs, itemIDs: itemIDs))
        archive.append(itemBiases, named: "item_biases")
        archive.append(userFactors, named: "user_factors")
        archive.append(itemFactors, named: "item_factors")
        archive.append(userContentFactors, named: "user_content_factors")
        archive.append(storedProjection, named: "projection")
        archive.append(storedFeatureBiases, named: "feature_biases")
        archive.append(storedFeatures, named: "features")
        return archive
    }

    /// Restores a model saved by ``archive()``.
    /// - Throws: ``ModelError`` when the archive is of another kind or its content does not fit.
    public init(archive: ModelArchive) throws {
        try archive.requireKind(Self.archiveKind)
        let metadata = try archive.decodeMetadata(as: ModelMetadata<Configuration>.self)
        let configuration = metadata.hyperparameters
        do {
            try configuration.validate()
        } catch {
            throw ModelError.malformed(path: archive.source, reason: "invalid hyperparameters (\(error))")
        }
        let (users, items) = try metadata.idMaps(source: archive.source)
        let featureBiases = try archive.floats(named: "feature_biases")
        guard !featureBiases.isEmpty else {
            throw ModelError.malformed(path: archive.source, reason: "'feature_biases' is empty (VBPR needs features)")
        }
        let (k, kContent, f) = (configuration.factors, configuration.contentFactors, featureBiases.count)
        self.configuration = configuration
        userIDs = users
        itemIDs = items
        userCount = users.count
        itemCount = items.count
        factors = k
        contentFactors = kContent
        featureDimension = f
        itemBiases = try archive.floats(named: "item_biases", count: items.count)
        userFactors = try archive.floats(named: "user_factors", count: users.count * k)
        itemFactors = try archive.floats(named: "item_factors", count: items.count * k)
        userContentFactors = try archive.floats(named: "user_content_factors", count: users.count * kContent)
        storedProjection = try archive.floats(named: "projection", count: kContent * f)
        storedFeatureBiases = featureBiases
        storedFeatures = try archive.floats(named: "features", count: items.count * f)
        projectedFeatures = []
        featureBiasScores = []
        refreshContentCache()
    }
}
