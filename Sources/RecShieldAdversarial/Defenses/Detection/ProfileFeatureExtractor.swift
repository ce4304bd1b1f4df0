import RecShieldCore

/// Computes the ``ProfileFeature``s of every user of a data set.
///
/// Keys:
/// - `neighbours` (int ≥ 1, default 10): `k` of ``ProfileFeature/degreeOfSimilarity``; keep it
///   below the number of fake profiles you want to catch (Chirita et al. relate `k` to the
///   attack size).
/// - `minimum_co_rated` (int ≥ 1, default 3): the fewest co-rated items a DegSim neighbour needs
///   (Pearson correlation on one or two items is ±1 or undefined).
/// - `significance` (int ≥ 1, default 1): `γ` of the co-rating weight `min(|C|, γ)/γ`; 1 keeps
///   Chirita's plain Pearson correlation.
/// - `target_focus_prior` (float ≥ 0, default 5): `β` of ``ProfileFeature/targetModelFocus``.
/// - `features` (default: every feature defined for the data): the columns to compute, in order.
///
/// Every statistic is computed on the inspected data itself (the detector cannot tell which
/// ratings are fake). Users are processed in parallel, each by one thread, so the values are the
/// same for every thread count.
public struct ProfileFeatureExtractor: Sendable, Equatable {
    /// `k` of DegSim.
    public var neighbours: Int
    /// The fewest co-rated items of a DegSim neighbour.
    public var minimumCoRated: Int
    /// `γ` of the co-rating significance weight.
    public var significance: Int
    /// `β` of the target model focus.
    public var targetFocusPrior: Double
    /// The features to compute, or `nil` for all defined on the data.
    public var features: [ProfileFeature]?

    /// Creates an extractor; every argument has the documented default.
    public init(
        neighbours: Int = 10, minimumCoRated: Int = 3, significance: Int = 1, targetFocusPrior: Double = 5,
        features: [ProfileFeature]? = nil
    ) {
        self.neighbours = neighbours
        self.minimumCoRated = minimumCoRated
        self.significance = significance
        self.targetFocusPrior = targetFocusPrior
        self.features = features
    }

    /// The features this extractor computes on rated (`true`) or implicit (`false`) data.
    /// - Throws: ``DataError/invalidParameter(name:value:expected:)`` for a feature that needs
    ///   ratings on implicit data, a repeated feature or an empty list.
    public func resolvedFeatures(rated: Bool) throws -> [ProfileFeature] {
        guard let features else { return ProfileFeature.available(rated: rated) }
        guard !features.isEmpty else {
            throw DataError.invalidParameter(name: "features", value: "", expected: "at least one profile feature")
        }
        guard Set(features).count == features.count else {
            throw DataError.invalidParameter(
                name: "features", value: features.map(\.rawValue).joined(separator: ","), expected: "each feature once")
        }
        if !rated, let missing = features.first(where: \.requiresRatings) {
            throw DataError.invalidParameter(
                name: "feature", value: missing.rawValue,
                expected: "a feature defined on implicit data ("
                    + ProfileFeature.available(rated: false).map(\.rawValue).joined(separator: ", ") + ")")
        }
        return features
    }

    /// Checks every parameter.
    /// - Throws: ``DataError/invalidParameter(name:value:expected:)`` naming the first bad one.
    public func validate() throws {
        func check(_ ok: Bool, _ name: String, _ value: Any, _ expected: String) throws {
            guard ok else { throw DataError.invalidParameter(name: name, value: "\(value)", expected: expected) }
        }
        try check(neighbours >= 1, "neighbours", neighbours, "an integer ≥ 1")
        try check(minimumCoRated >= 1, "minimum co-rated items", minimumCoRated, "an integer ≥ 1")
        try check(significance >= 1, "significance", significance, "an integer ≥ 1")
        try check(targetFocusPrior >= 0 && targetFocusPrior.isFinite, "target focus prior", targetFocusPrior, "a finite number ≥ 0")
    }

    /// The features of every user of `data`.
    /// - Parameters:
    ///   - data: the data to inspect.
    ///   - threads: worker threads.
    /// - Throws: ``DataError/invalidParameter(name:value:expected:)`` for bad parameters or
    ///   features that need ratings on implicit data.
    /// - Complexity: O(interactions) for every feature but DegSim, which costs
    ///   `Σ_i NR_i²` multiply-adds plus a sort of each user's candidate neighbours.
    public func extract(from data: InteractionDataset, threads: Int = 1) throws -> ProfileFeatureMatrix {
        try validate()
        let chosen = try resolvedFeatures(rated: data.isRated)
        let statistics = ProfileStatistics(data)
        var columns: [ProfileFeature: [Double]] = [:]
        let wanted = Set(chosen)
        if !wanted.isDisjoint(with: [.rdma, .wdma, .wda]) {
            let table = ParallelRows.fill(count: statistics.userCount, width: 3, threads: threads, prepare: {}) { user, row, _ in
                let agreement = statistics.deviationAgreement(of: user)
                row[0] = agreement.rdma
                row[1] = agreement.wdma
                row[2] = agreement.wda
            }
            for (offset, feature) in [ProfileFeature.rdma, .wdma, .wda].enumerated() {
                columns[feature] = stride(from: offset, to: table.count, by: 3).map { table[$0] }
            }
        }
        if wanted.contains(.lengthVariance) { columns[.lengthVariance] = statistics.lengthVariances() }
        if wanted.contains(.ratingEntropy) {
            columns[.ratingEntropy] = ParallelRows.map(count: statistics.userCount, threads: threads, statistics.ratingEntropy(of:))
        }
        if wanted.contains(.degreeOfSimilarity) {
            columns[.degreeOfSimilarity] = statistics.degreesOfSimilarity(
                neighbours: neighbours, minimumCoRated: minimumCoRated, significance: significance, threads: threads)
        }
        let targetFeatures: Set<ProfileFeature> = [.meanVariance, .fillerMeanTargetDifference, .fillerMeanDeviation, .targetModelFocus]
        if !wanted.isDisjoint(with: targetFeatures) {
            targetModelColumns(statistics, threads: threads).forEach { columns[$0.key] = $0.value }
        }
        var values = [Double](repeating: 0, count: statistics.userCount * chosen.count)
        for (index, feature) in chosen.enumerated() {
            guard let column = columns[feature] else { continue }
            for user in 0..<statistics.userCount where statistics.isActive[user] {
                values[user * chosen.count + index] = column[user]
            }
        }
        return ProfileFeatureMatrix(
            features: chosen, userCount: statistics.userCount, values: values, isActive: statistics.isActive)
    }

    /// The three target-model columns and the target model focus.
    private func targetModelColumns(_ statistics: ProfileStatistics, threads: Int) -> [ProfileFeature: [Double]] {
        let table = ParallelRows.fill(count: statistics.userCount, width: 3, threads: threads, prepare: {}) { user, row, _ in
            let fit = statistics.targetModelFit(of: user)
            row[0] = fit.meanVariance
            row[1] = fit.fillerMeanTargetDifference
            row[2] = fit.fillerMeanDeviation
        }
        let focus = statistics.itemFocus(prior: targetFocusPrior)
        return [
            .meanVariance: stride(from: 0, to: table.count, by: 3).map { table[$0] },
            .fillerMeanTargetDifference: stride(from: 1, to: table.count, by: 3).map { table[$0] },
            .fillerMeanDeviation: stride(from: 2, to: table.count, by: 3).map { table[$0] },
            .targetModelFocus: ParallelRows.map(count: statistics.userCount, threads: threads) {
                statistics.targetModelFocus(of: $0, focus: focus)
            },
        ]
    }
}
