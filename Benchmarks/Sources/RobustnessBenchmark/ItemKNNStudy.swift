import RecShield

/// Target impact of the heuristic attacks on ItemKNN variants, with the clean accuracy of each
/// variant and how many real users can be reached at all (same protocol as ``PoisoningStudy``).
///
/// Reach is the share of evaluated (real user, target) pairs in which at least one of the
/// user's items votes for the target (``NeighborhoodConfiguration/NeighborLists``); it is
/// printed for implicit variants, where a pair without a vote scores exactly 0. For the
/// rating-prediction variant the table shows instead how much of the prediction shift is the
/// change of the targets' mean rating `r̄_t` alone (pooled over the same pairs).
struct ItemKNNStudy {
    let loaded: LoadedDataset
    let split: DataSplit
    let seeds: [UInt64]

    /// An ItemKNN variant: feedback (adjusted cosine for ratings, cosine for implicit),
    /// neighbour lists and shrinkage; 50 neighbours.
    struct Variant {
        let name: String
        let feedback: NeighborhoodConfiguration.Feedback
        let lists: NeighborhoodConfiguration.NeighborLists
        var shrinkage: Float = 0

        func train(_ data: InteractionDataset) throws -> ItemKNN {
            var configuration = NeighborhoodConfiguration()
            configuration.feedback = feedback
            configuration.similarity = feedback == .explicit ? .adjustedCosine : .cosine
            configuration.neighborLists = lists
            configuration.shrinkage = shrinkage
            return try ItemKNN(training: data, configuration: configuration)
        }
    }

    static let variants = [
        Variant(name: "ratings, scored-item lists", feedback: .explicit, lists: .scoredItem),
        Variant(name: "implicit, scored-item lists", feedback: .implicit, lists: .scoredItem),
        Variant(name: "implicit, rated-item lists", feedback: .implicit, lists: .ratedItems),
        Variant(name: "implicit, scored-item lists, shrinkage 100", feedback: .implicit, lists: .scoredItem, shrinkage: 100),
        Variant(name: "implicit, rated-item lists, shrinkage 100", feedback: .implicit, lists: .ratedItems, shrinkage: 100),
    ]

    static let header = [
        "ItemKNN", "clean HR@10", "attack", "fake users", "target HR@10 before", "target HR@10 after",
        "target HR@50 after", "reach before → after", "prediction shift", "of which item mean", "mean target rank before → after",
    ]

    func run(settings: [PoisoningStudy.Setting]) throws -> [[String]] {
        var rows: [[String]] = []
        let training = split.train.byUser()
        for variant in Self.variants {
            let clean = try variant.train(split.train)
            let evaluator = try RankingEvaluator(metrics: [.hitRatio(10)], threads: 2)
            let accuracy = evaluator.evaluate(clean, test: split.test.byUser(), training: training).mean(of: .hitRatio(10)) ?? 0
            for setting in settings {
                var before10: [Double] = [], hr10: [Double] = [], hr50: [Double] = [], shift: [Double] = []
                var reachBefore: [Double] = [], reachAfter: [Double] = [], rankBefore: [Double] = [], rankAfter: [Double] = []
                var meanShift: [Double] = []
                for seed in seeds {
                    let artefact = try AttackArtefact(
                        attacking: loaded.dataset, format: loaded.report.format, recipe: setting.recipe(seed))
                    let poisoned = try variant.train(try artefact.injectingFakeProfiles(into: split.train))
                    // Target indices of the poisoned data, translated into the split's item map by raw ID.
                    let targets = try artefact.targetItems().map { item in
                        let raw = artefact.poisoned.itemIDs.rawID(at: item)
                        guard let index = split.train.itemIDs.index(of: raw) else {
                            throw DataError.unknownID(kind: "target item", id: raw)
                        }
                        return index
                    }
                    let impact = try TargetImpact.measure(
                        before: clean, after: poisoned, training: training, targets: targets, cutoffs: [10, 50], threads: 2)
                    before10.append(impact.hitRatios[0].before)
                    hr10.append(impact.hitRatios[0].after)
                    hr50.append(impact.hitRatios[1].after)
                    shift.append(impact.predictionShift)
                    rankBefore.append(impact.meanRankBefore)
                    rankAfter.append(impact.meanRankAfter)
                    reachBefore.append(reach(clean, training: training, targets: targets))
                    reachAfter.append(reach(poisoned, training: training, targets: targets))
                    meanShift.append(itemMeanShift(clean, poisoned, impact: impact))
                    progress("\(variant.name) \(setting.name) \(setting.fraction) seed \(seed): HR@10 \(impact.hitRatios[0].after)")
                }
                let reachText = variant.feedback == .implicit
                    ? "\(SeedSummary(values: reachBefore).text(3)) → \(SeedSummary(values: reachAfter).text(3))" : "—"
                rows.append([
                    variant.name, SeedSummary(values: [accuracy]).text(3), setting.name, "\(Int((setting.fraction * 100).rounded()))%",
                    SeedSummary(values: before10).text(), SeedSummary(values: hr10).text(), SeedSummary(values: hr50).text(),
                    reachText, SeedSummary(values: shift).text(3),
                    variant.feedback == .explicit ? SeedSummary(values: meanShift).text(3) : "—",
                    "\(SeedSummary(values: rankBefore).text(0)) → \(SeedSummary(values: rankAfter).text(0))",
                ])
            }
        }
        return rows
    }

    /// `Σ_t |U_t| · (r̄_t after − r̄_t before) / Σ_t |U_t|`, 0 for implicit models.
    private func itemMeanShift(_ clean: ItemKNN, _ poisoned: ItemKNN, impact: TargetImpact) -> Double {
        guard let before = clean.means, let after = poisoned.means else { return 0 }
        let pairs = impact.targets.reduce(0) { $0 + $1.users }
        let sum = impact.targets.reduce(0.0) { $0 + Double($1.users) * Double(after.items[$1.item] - before.items[$1.item]) }
        return pairs > 0 ? sum / Double(pairs) : 0
    }

    /// The share of (real user with training data, target the user has not rated) pairs with a
    /// positive implicit score, i.e. at least one vote.
    private func reach(_ model: ItemKNN, training: SparseMatrix, targets: [Int]) -> Double {
        var pairs = 0
        var reached = 0
        for user in 0..<training.rowCount where training.count(ofRow: user) > 0 {
            for target in targets where !training.contains(row: user, column: target) {
                pairs += 1
                if model.score(user: user, item: target) > 0 { reached += 1 }
            }
        }
        return pairs > 0 ? Double(reached) / Double(pairs) : 0
    }
}
