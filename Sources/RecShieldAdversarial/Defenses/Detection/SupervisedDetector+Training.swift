import RecShieldCore

extension SupervisedDetector {
    /// Trains a detector on labelled profiles.
    ///
    /// 1. The features of every labelled user with an interaction are extracted, each data set on
    ///    its own (statistics such as item means are those of that data set).
    /// 2. The rows are split per class with a seeded shuffle (stream 1 of `seed`): a share
    ///    `calibrationShare` of each class is held out for calibration, the rest fits.
    /// 3. The standardisation and the classifier are fitted on the fitting rows (class-balanced).
    /// 4. Platt scaling is fitted on the held-out rows' logits (on the fitting rows when
    ///    `calibrationShare` is 0).
    /// - Parameters:
    ///   - kind: the classifier and its settings.
    ///   - examples: the training data sets; all rated or all implicit, together with at least two
    ///     fake and two real labelled users.
    ///   - extractor: how features are computed (default: every feature defined for the data).
    ///   - calibrationShare: the share of each class held out for calibration, in [0, 1) (default 0.2).
    ///   - seed: the seed of the split (the MLP has its own seed in its configuration).
    ///   - threads: worker threads for feature extraction.
    /// - Throws: ``DataError/invalidParameter(name:value:expected:)`` for no examples, a mix of rated
    ///   and implicit data, too few labelled users of a class or bad settings.
    public static func train(
        _ kind: ProfileClassifier.Kind, on examples: [LabelledProfiles],
        extractor: ProfileFeatureExtractor = ProfileFeatureExtractor(), calibrationShare: Double = 0.2,
        seed: UInt64 = 0, threads: Int = 1
    ) throws -> SupervisedDetector {
        try kind.validate()
        guard (0..<1).contains(calibrationShare) else {
            throw DataError.invalidParameter(name: "calibration share", value: "\(calibrationShare)", expected: "a number in [0, 1)")
        }
        guard let rated = examples.first?.data.isRated else {
            throw DataError.invalidParameter(name: "training data", value: "none", expected: "at least one labelled data set")
        }
        guard examples.allSatisfy({ $0.data.isRated == rated }) else {
            throw DataError.invalidParameter(
                name: "training data", value: "rated and implicit data sets", expected: "all rated or all implicit")
        }
        var fixed = extractor
        fixed.features = try extractor.resolvedFeatures(rated: rated)
        let width = fixed.features?.count ?? 0
        var rows: [Double] = []
        var labels: [Bool] = []
        for example in examples {
            let matrix = try fixed.extract(from: example.data, threads: threads)
            for user in example.labelledActiveUsers {
                rows += matrix.row(user)
                labels.append(example.labels[user] == true)
            }
        }
        let (fitting, held) = try split(labels: labels, share: calibrationShare, seed: seed)
        func gather(_ samples: [Int]) -> [Double] {
            samples.flatMap { rows[($0 * width)..<(($0 + 1) * width)] }
        }
        let fittingRows = gather(fitting)
        let standardizer = FeatureStandardizer(fitting: fittingRows, width: width)
        let classifier = kind.train(
            rows: standardizer.transform(fittingRows), width: width, labels: fitting.map { labels[$0] })
        let calibrationSamples = held.isEmpty ? fitting : held
        let logits = classifier.logits(standardizer.transform(gather(calibrationSamples)), width: width)
        return SupervisedDetector(
            name: kind.detectorName, extractor: fixed, rated: rated, standardizer: standardizer,
            classifier: classifier, calibration: PlattScaling(fitting: logits, labels: calibrationSamples.map { labels[$0] }))
    }

    /// Splits sample indices per class into fitting and held-out parts.
    private static func split(labels: [Bool], share: Double, seed: UInt64) throws -> (fitting: [Int], held: [Int]) {
        var generator = Xoshiro256StarStar(seed: seed, stream: 1)
        var fitting: [Int] = []
        var held: [Int] = []
        for fake in [true, false] {
            var members = labels.indices.filter { labels[$0] == fake }
            guard members.count >= 2 else {
                throw DataError.invalidParameter(
                    name: "training labels", value: "\(members.count) \(fake ? "fake" : "real") users",
                    expected: "at least two labelled fake and two labelled real users with interactions")
            }
            members.fisherYatesShuffle(using: &generator)
            let heldCount = share == 0 ? 0 : min(members.count - 1, max(1, Int((share * Double(members.count)).rounded())))
            held += members.prefix(heldCount)
            fitting += members.dropFirst(heldCount)
        }
        return (fitting.sorted(), held.sorted())
    }
}
