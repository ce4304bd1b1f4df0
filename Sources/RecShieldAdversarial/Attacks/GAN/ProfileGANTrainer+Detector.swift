import RecShieldCore

extension ProfileGANTrainer {
    /// The trained discriminator as a fake-profile detector.
    ///
    /// Under the standard loss the discriminator's logit is used as is. Under WGAN-GP the critic's
    /// scores are calibrated by Platt scaling on every real profile against as many raw generated
    /// vectors — the two classes the critic was trained to separate — drawn from
    /// `Xoshiro256StarStar(seed:stream: 2³³ + 1)`.
    /// - Parameter itemIDs: the raw item IDs of the training data, in item-index order.
    /// - Precondition: `itemIDs` has one ID per item of the profile vectors.
    public func detector(itemIDs: IDMap) -> GANFakeProfileDetector {
        var calibration = GANScoreCalibration.identity
        if configuration.loss.gradientPenaltyWeight != nil {
            var rng = Xoshiro256StarStar(seed: configuration.seed, stream: (1 << 33) + 1)
            let realScores = scoresOfRealProfiles()
            var fakeScores: [Float] = []
            while fakeScores.count < realScores.count {
                let count = min(configuration.batchSize, realScores.count - fakeScores.count)
                fakeScores += gan.logits(gan.generate(count: count, using: &rng), count: count)
            }
            calibration = GANScoreCalibration.fitted(realScores: realScores, fakeScores: fakeScores)
        }
        return GANFakeProfileDetector(
            discriminator: gan.discriminator, encoding: profiles.encoding, itemIDs: itemIDs, calibration: calibration)
    }

    /// The discriminator's score of every real profile, row by row.
    private func scoresOfRealProfiles() -> [Float] {
        let batchSize = configuration.batchSize
        var batch = [Float](repeating: 0, count: batchSize * profiles.itemCount)
        var workspace = MLP.Workspace(for: gan.discriminator, batchCapacity: batchSize)
        var scores: [Float] = []
        var start = 0
        while start < profiles.rowCount {
            let rows = start..<min(start + batchSize, profiles.rowCount)
            batch.withUnsafeMutableBufferPointer { profiles.densify(rows: rows, into: $0.baseAddress!) }
            batch.withUnsafeBufferPointer { gan.discriminator.forward($0, batchSize: rows.count, workspace: &workspace) }
            scores += workspace.output
            start = rows.upperBound
        }
        return scores
    }
}
