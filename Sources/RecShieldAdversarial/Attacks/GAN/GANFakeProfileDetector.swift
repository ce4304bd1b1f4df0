import RecShieldCore

/// A trained GAN discriminator used as a fake-profile detector: the probability that a user's
/// profile is real.
///
/// ```
/// P(real | x) = σ(a·s(x) + b),   x = the user's profile vector (``GANRatingEncoding``)
/// ```
/// with `s` the discriminator's logit (critic score) and `a, b` its ``GANScoreCalibration``
/// (identity for the standard loss, Platt scaling for WGAN-GP).
///
/// Caveat: the discriminator learned to tell real profiles from *raw* generator output (dense
/// vectors in `[0, 1]`). Post-processed fake profiles are sparse and on the rating scale, much
/// like real ones, so a low detection rate on them is expected, not a bug — measure it before
/// relying on the detector.
public struct GANFakeProfileDetector: Sendable, Equatable {
    /// The discriminator or critic, `items → 1`.
    public let discriminator: MLP
    /// How ratings become profile values.
    public let encoding: GANRatingEncoding
    /// The items the discriminator was trained on, in input order.
    public let itemIDs: IDMap
    /// The map from score to probability.
    public let calibration: GANScoreCalibration

    /// Creates a detector.
    /// - Precondition: the discriminator has one output and one input per item.
    public init(discriminator: MLP, encoding: GANRatingEncoding, itemIDs: IDMap, calibration: GANScoreCalibration) {
        precondition(discriminator.outputCount == 1, "the discriminator must have one output")
        precondition(discriminator.inputCount == itemIDs.count, "the discriminator needs one input per item")
        self.discriminator = discriminator
        self.encoding = encoding
        self.itemIDs = itemIDs
        self.calibration = calibration
    }

    /// The probability that one profile vector is real.
    /// - Parameter profileVector: one encoded value per item, in the order of ``itemIDs``.
    /// - Throws: ``GANError/profileLengthMismatch(expected:actual:)`` for a vector of another length.
    public func probabilityReal(profileVector: [Float]) throws -> Double {
        guard profileVector.count == itemIDs.count else {
            throw GANError.profileLengthMismatch(expected: itemIDs.count, actual: profileVector.count)
        }
        return calibration.probability(score: discriminator.predict(profileVector, batchSize: 1)[0])
    }

    /// The probability that each user of a data set is real, in user-index order.
    ///
    /// Items are matched by raw ID; items the detector never saw are ignored, and a user without
    /// known items is scored as the empty profile.
    /// - Parameter dataset: the profiles to judge, e.g. a poisoned data set.
    /// - Returns: one probability per user of `dataset.userIDs`.
    /// - Complexity: O(users · network size + interactions).
    public func probabilitiesReal(for dataset: InteractionDataset) -> [Double] {
        let width = itemIDs.count
        let itemMap = dataset.itemIDs.rawIDs.map { itemIDs.index(of: $0) }
        let matrix = dataset.byUser()
        let batchSize = 256
        var workspace = MLP.Workspace(for: discriminator, batchCapacity: batchSize)
        var batch = [Float](repeating: 0, count: batchSize * width)
        var probabilities: [Double] = []
        probabilities.reserveCapacity(dataset.userCount)
        var start = 0
        while start < dataset.userCount {
            let count = min(batchSize, dataset.userCount - start)
            batch.withUnsafeMutableBufferPointer { rows in
                rows.update(repeating: 0)
                for offset in 0..<count {
                    for entry in matrix.entryRange(ofRow: start + offset) {
                        guard let item = itemMap[Int(matrix.columns[entry])] else { continue }
                        rows[offset * width + item] = encoding.encode(dataset.isRated ? matrix.values[entry] : nil)
                    }
                }
            }
            batch.withUnsafeBufferPointer { discriminator.forward($0, batchSize: count, workspace: &workspace) }
            probabilities += workspace.output.map(calibration.probability(score:))
            start += count
        }
        return probabilities
    }
}
