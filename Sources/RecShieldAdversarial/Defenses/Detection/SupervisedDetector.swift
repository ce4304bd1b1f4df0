import RecShieldCore

/// A detector that learned from labelled profiles: standardised ``ProfileFeature``s, a
/// classifier (``LogisticRegression`` or ``MLPProfileClassifier``) whose logit is the suspicion
/// score, and ``PlattScaling`` from the logit to the probability of being fake.
///
/// Train it with ``train(_:on:extractor:calibrationShare:seed:threads:)`` on profiles that do
/// not come from the data it will judge — under RecShield's leak-free protocol (``LeakFreeProtocol``)
/// on attack artefacts of other kinds and seeds generated from clean data. The default rule
/// flags probability ≥ 0.5.
///
/// Caveat: the probability is calibrated to the share of fake profiles in the training data;
/// rank-based measures (ROC-AUC, top-n) do not depend on it.
public struct SupervisedDetector: FakeProfileDetector {
    public let name: String
    /// How features are computed (the same on training and judged data); its feature list is
    /// the classifier's input, in order.
    public let extractor: ProfileFeatureExtractor
    /// Whether the detector was trained on rated data (it judges data of the same kind).
    public let rated: Bool
    /// The standardisation fitted on the training rows.
    public let standardizer: FeatureStandardizer
    /// The trained classifier.
    public let classifier: ProfileClassifier
    /// The map from logit to probability.
    public let calibration: PlattScaling

    /// Assembles a trained detector.
    /// - Precondition: the extractor lists its features, as many as the standardizer's width.
    public init(
        name: String, extractor: ProfileFeatureExtractor, rated: Bool, standardizer: FeatureStandardizer,
        classifier: ProfileClassifier, calibration: PlattScaling
    ) {
        precondition(extractor.features?.count == standardizer.width, "the extractor lists the classifier's features")
        self.name = name
        self.extractor = extractor
        self.rated = rated
        self.standardizer = standardizer
        self.classifier = classifier
        self.calibration = calibration
    }

    public func suspicion(in data: InteractionDataset, threads: Int) throws -> SuspicionScores {
        guard data.isRated == rated else {
            throw DataError.invalidParameter(
                name: "data", value: data.isRated ? "rated" : "implicit",
                expected: "\(rated ? "rated" : "implicit") data like the profiles the \(name) detector was trained on")
        }
        let matrix = try extractor.extract(from: data, threads: threads)
        let logits = classifier.logits(standardizer.transform(matrix.values), width: matrix.features.count)
        return SuspicionScores(scores: logits, probabilities: logits.map(calibration.probability))
    }
}
