import RecShieldCore

extension DefendedTraining {
    /// GAN-augmented training of any model: train on the augmented data, then keep the real users.
    static func augmentedTraining(
        _ model: DefendedModelConfiguration, on data: InteractionDataset, source: any FakeProfileSource,
        augmentation: GANAugmentation, progress: ((EpochReport) -> TrainingControl)?
    ) throws -> DefendedModel {
        let augmented = try GANAugmentedTraining.augment(data, with: source, augmentation: augmentation)
        let realUsers = augmented.realUserCount
        func requireWeightOne() throws {
            guard augmentation.fakeProfileWeight == 1 else {
                throw DefenseError.unsupported(
                    defense: "gan-augment", reason: "a fake_profile_weight below 1 needs bpr; \(model.name) trains "
                        + "generated profiles as ordinary users (weight 1)")
            }
        }
        switch model {
        case let .bpr(configuration):
            return .bpr(try GANAugmentedTraining.trainBPR(
                on: augmented, userIDs: data.userIDs, weight: augmentation.fakeProfileWeight,
                configuration: configuration, callback: progress))
        case let .explicitMF(configuration):
            try requireWeightOne()
            let trained = try ExplicitMatrixFactorization.train(
                on: augmented.data, configuration: configuration, callback: progress)
            let width = trained.factors
            return .explicitMF(ExplicitMatrixFactorization(
                configuration: trained.configuration, userIDs: data.userIDs, itemIDs: trained.itemIDs,
                userFactors: FactorMatrix(
                    rowCount: realUsers, columnCount: width,
                    values: trained.userFactors.withUnsafeBufferPointer { Array($0.prefix(realUsers * width)) }),
                itemFactors: trained.itemFactors, userBiases: Array(trained.userBiases.prefix(realUsers)),
                itemBiases: trained.itemBiases, globalMean: trained.globalMean, ratingRange: trained.ratingRange))
        case let .neuMF(configuration):
            try requireWeightOne()
            let trained = try NeuMF.train(
                on: augmented.data.implicit().byUser(), configuration: configuration, callback: progress)
            var restricted = try NeuMF(userCount: realUsers, itemCount: trained.itemCount, configuration: configuration)
            restricted.userGMF = Array(trained.userGMF.prefix(realUsers * trained.gmfDimension))
            restricted.userMLP = Array(trained.userMLP.prefix(realUsers * trained.mlpDimension))
            restricted.itemGMF = trained.itemGMF
            restricted.itemMLP = trained.itemMLP
            restricted.tower = trained.tower
            restricted.prediction = trained.prediction
            return .neuMF(restricted)
        case let .vbpr(configuration, features):
            try requireWeightOne()
            let trained = try VBPR.train(
                on: augmented.data.implicit().byUser(), features: try fitted(features, to: data),
                configuration: configuration, callback: progress)
            var restricted = try VBPR(userCount: realUsers, features: features, configuration: configuration)
            restricted.userFactors = Array(trained.userFactors.prefix(realUsers * trained.factors))
            restricted.userContentFactors = Array(trained.userContentFactors.prefix(realUsers * trained.contentFactors))
            restricted.itemFactors = trained.itemFactors
            restricted.itemBiases = trained.itemBiases
            restricted.projection = trained.projection
            restricted.featureBiases = trained.featureBiases
            return .vbpr(restricted)
        }
    }
}
