import ArgumentParser
import RecShield

extension PerturbCommand {
    /// Loads or trains the model and measures its robustness curve on `split`.
    func measure(split: DataSplit, splitName: String) throws -> PerturbReport {
        let epsilons = try parsedEpsilons()
        if let train {
            let features = try features.map { try ItemFeatureLoader.load($0, itemIDs: split.itemIDs) }
            if StandardError.isTerminal { StandardError.write("recshield: training \(train.rawValue)…\n") }
            do {
                switch train {
                case .mf: return try curve(train.trainExplicitMF(on: split.train, seed: seed), "explicit-mf", split, splitName, epsilons)
                case .neumf: return try curve(train.trainNeuMF(on: split.train, seed: seed), "neumf", split, splitName, epsilons)
                case .vbpr:
                    return try curve(train.trainVBPR(on: split.train, seed: seed, features: features), "vbpr", split, splitName, epsilons)
                default: return try curve(train.trainBPR(on: split.train, seed: seed), "bpr-mf", split, splitName, epsilons)
                }
            } catch let error as ModelError {
                throw VictimModelChoice.dataError(error, model: train.rawValue)
            }
        }
        let path = model ?? ""
        do {
            let archive = try ModelArchive.load(from: path)
            switch archive.kind {
            case BPRMatrixFactorization.archiveKind:
                let loaded = try BPRMatrixFactorization(archive: archive)
                return try curve(loaded, archive.kind, try remap(split, users: loaded.userIDs, items: loaded.itemIDs), splitName, epsilons)
            case ExplicitMatrixFactorization.archiveKind:
                let loaded = try ExplicitMatrixFactorization(archive: archive)
                return try curve(loaded, archive.kind, try remap(split, users: loaded.userIDs, items: loaded.itemIDs), splitName, epsilons)
            default:
                throw DataError.invalidParameter(
                    name: "model file", value: "\(path) (\(archive.kind))",
                    expected: "a \(BPRMatrixFactorization.archiveKind) or \(ExplicitMatrixFactorization.archiveKind) model; "
                        + "use --train for NeuMF and VBPR")
            }
        } catch let error as ModelError {
            throw VictimModelChoice.dataError(error, model: path)
        }
    }

    /// The curve of one model.
    private func curve<Model: PerturbableRecommender>(
        _ model: Model, _ name: String, _ split: DataSplit, _ splitName: String, _ epsilons: [Float]
    ) throws -> PerturbReport {
        let test = split.test.byUser()
        guard test.entryCount > 0 else {
            throw DataError.invalidParameter(name: "data", value: data, expected: "held-out interactions to evaluate on (the test part is empty)")
        }
        let metrics: [UtilityMetric] = model is ExplicitMatrixFactorization
            ? [.rmse] : [.ranking(.hitRatio(cutoff)), .ranking(.ndcg(cutoff))]
        let defaultTarget: PerturbationTarget = model is VBPR ? .features : .both
        let curve = try RobustnessCurve.measure(
            model, name: name, perturbation: perturbation(defaultTarget: defaultTarget), epsilons: epsilons,
            training: split.train.byUser(), test: test, metrics: metrics, threads: threads)
        return PerturbReport(
            source: self.model ?? "trained here, seed \(seed)", split: splitName, testInteractions: test.entryCount,
            curve: curve)
    }

    /// The split in the model's user and item indices, matched by raw ID; held-out rows the model
    /// does not know are dropped with a warning, training rows likewise.
    /// - Throws: ``DataError`` when nothing of the data matches the model.
    private func remap(_ split: DataSplit, users: IDMap, items: IDMap) throws -> DataSplit {
        guard split.userIDs != users || split.itemIDs != items else { return split }
        func convert(_ data: InteractionDataset) -> (InteractionDataset, dropped: Int) {
            var result = InteractionDataset(userIDs: users, itemIDs: items, users: [], items: [], ratings: data.ratings.map { _ in [] },
                                            timestamps: data.timestamps.map { _ in [] })
            var dropped = 0
            for row in 0..<data.count {
                guard let user = users.index(of: data.userIDs.rawID(at: Int(data.users[row]))),
                      let item = items.index(of: data.itemIDs.rawID(at: Int(data.items[row])))
                else {
                    dropped += 1
                    continue
                }
                result.users.append(Int32(user))
                result.items.append(Int32(item))
                if let ratings = data.ratings { result.ratings?.append(ratings[row]) }
                if let times = data.timestamps { result.timestamps?.append(times[row]) }
            }
            return (result, dropped)
        }
        let (train, droppedTrain) = convert(split.train)
        let (test, droppedTest) = convert(split.test)
        guard train.count > 0 else {
            throw DataError.invalidParameter(
                name: "model file", value: model ?? "", expected: "a model trained on this data (none of its users and items match)")
        }
        if droppedTrain + droppedTest > 0 {
            StandardError.write("recshield: warning: \(droppedTrain) training and \(droppedTest) held-out interactions "
                + "involve users or items the model does not know; they are left out\n")
        }
        return DataSplit(train: train, test: test, strategy: split.strategy, seed: split.seed, parameters: split.parameters)
    }
}
