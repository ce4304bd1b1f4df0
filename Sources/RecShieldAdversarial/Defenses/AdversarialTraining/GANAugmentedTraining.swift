import RecShieldCore

/// GAN-augmented adversarial training: generated fake profiles are mixed into the training data
/// so the model is fitted in the presence of profiles like the ones an attacker would inject.
///
/// Two variants (``GANAugmentation``):
/// - **Augmentation** (`fakeProfileWeight = 1`): the generated profiles are appended as extra
///   users and the model is trained on real plus generated users as usual (any model).
/// - **Low-confidence samples** (`fakeProfileWeight = w < 1`, BPR only): the generated users'
///   triples count `w` times in the BPR loss — they still shape the item factors, but less than
///   real users.
///
/// Either way the returned model scores the real users only (the generated users' rows are
/// dropped), with the real data's ID maps.
///
/// **Expected effect, stated before measuring.** Neither variant knows which items a real
/// attacker targets. Augmentation adds profiles whose items (random fillers and the source's own
/// targets) get a little extra support; it cannot lower the weight the model gives to the
/// attacker's profiles, so against a push attack it should do little, while the extra noise can
/// cost some clean accuracy. Low-confidence weighting only reduces that cost. A generator whose
/// profiles resemble an actual attack (a GAN trained on poisoned data) could help more; the
/// measurement in the benchmarks is what decides. The hard-negative variant (generated profiles'
/// items as negatives of real users) is not offered: without knowledge of the targets it mostly
/// penalises popular items, which hurts accuracy for no robustness.
///
/// **Measured** (`Benchmarks/README.md`, ml-latest-small, BPR-MF, mix ratio 0.1): with
/// random-attack profiles standing in for the GAN, augmentation cut the target hit ratios of
/// bandwagon and random push attacks by a factor of 3–9 at a clean-accuracy cost inside the noise.
/// With ``GANProfileSource`` (WGAN-GP, 30 epochs, ≈ 30–37 s per retrain) it did not: target hit
/// ratios under bandwagon (3%, 10%) and GAN attacks stayed at or above plain BPR's, FGSM
/// robustness did not improve, and clean NDCG@10 fell by about 9% at both weights — the generated
/// profiles sit almost entirely on popular items, as expected above.
///
/// References:
/// - Wu, Lian, Yu, Wang & Xie, "Fight fire with fire: Towards robust recommender systems via
///   adversarial poisoning training", SIGIR 2021 (training with generated fake users).
public enum GANAugmentedTraining {
    /// The real data followed by `mixRatio · real users` generated profiles.
    /// - Throws: ``DefenseError/invalidSetting(name:value:expected:)``, ``DefenseError/mismatchedData(reason:)``
    ///   when the profiles do not share the data's item map, and whatever the source throws.
    public static func augment(
        _ data: InteractionDataset, with source: some FakeProfileSource, augmentation: GANAugmentation
    ) throws -> AugmentedDataset {
        try augmentation.validate()
        let realUsers = Set(data.users).count
        let fake = try source.profiles(count: augmentation.profileCount(realUsers: realUsers), seed: augmentation.seed)
        guard fake.itemIDs == data.itemIDs else {
            throw DefenseError.mismatchedData(reason: "the generated profiles do not use the training data's item map")
        }
        var userIDs = data.userIDs
        var counter = 1
        var remap: [Int32] = []
        for _ in 0..<fake.userCount {
            while userIDs.index(of: "generated-\(counter)") != nil { counter += 1 }
            remap.append(Int32(userIDs.insert("generated-\(counter)")))
        }
        var ratings: [Float]?
        if let real = data.ratings, let generated = fake.ratings { ratings = real + generated }
        let augmented = InteractionDataset(
            userIDs: userIDs, itemIDs: data.itemIDs, users: data.users + fake.users.map { remap[Int($0)] },
            items: data.items + fake.items, ratings: ratings)
        return AugmentedDataset(data: augmented, realUserCount: data.userCount)
    }

    /// Trains BPR-MF on the real data augmented with generated profiles (either variant).
    /// - Parameters:
    ///   - data: the real training interactions.
    ///   - source: the generator of fake profiles.
    ///   - augmentation: mix ratio, generated-sample weight and seed.
    ///   - configuration: the BPR settings.
    ///   - callback: receives every epoch's report and may stop training.
    /// - Returns: the model, restricted to the real users.
    /// - Throws: as ``augment(_:with:augmentation:)``; ``ModelError`` for bad BPR settings;
    ///   ``DefenseError/unsupported(defense:reason:)`` for Adam with a weight below 1.
    public static func trainBPR(
        on data: InteractionDataset, source: some FakeProfileSource, augmentation: GANAugmentation = GANAugmentation(),
        configuration: BPRMatrixFactorization.Configuration = BPRMatrixFactorization.Configuration(),
        callback: ((EpochReport) -> TrainingControl)? = nil
    ) throws -> BPRMatrixFactorization {
        let augmented = try augment(data, with: source, augmentation: augmentation)
        return try trainBPR(
            on: augmented, userIDs: data.userIDs, weight: augmentation.fakeProfileWeight,
            configuration: configuration, callback: callback)
    }

    /// Trains BPR-MF on augmented data, generated users' triples weighted `weight`, and returns
    /// the model restricted to the real users (`userIDs`).
    static func trainBPR(
        on augmented: AugmentedDataset, userIDs: IDMap, weight: Float,
        configuration: BPRMatrixFactorization.Configuration, callback: ((EpochReport) -> TrainingControl)?
    ) throws -> BPRMatrixFactorization {
        let model = weight == 1
            ? try BPRMatrixFactorization.train(on: augmented.data, configuration: configuration, callback: callback)
            : try LowConfidenceBPR.train(on: augmented, weight: weight, configuration: configuration, callback: callback)
        return realUsers(of: model, count: augmented.realUserCount, userIDs: userIDs)
    }

    /// The model restricted to its first `count` users.
    static func realUsers(of model: BPRMatrixFactorization, count: Int, userIDs: IDMap) -> BPRMatrixFactorization {
        let width = model.factors
        let values = model.userFactors.withUnsafeBufferPointer { Array($0.prefix(count * width)) }
        return BPRMatrixFactorization(
            configuration: model.configuration, userIDs: userIDs, itemIDs: model.itemIDs,
            userFactors: FactorMatrix(rowCount: count, columnCount: width, values: values),
            itemFactors: model.itemFactors, itemBiases: model.itemBiases)
    }
}
