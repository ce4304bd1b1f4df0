extension ProfileStatistics {
    /// Which extreme a profile's best-fitting target part holds (see ``ProfileFeature``).
    enum TargetPartition: UInt8, Sendable {
        /// No item at either extreme: `P_T = ∅`.
        case none
        /// `P_T = {i : r_ui = v_max}`.
        case push
        /// `P_T = {i : r_ui = v_min}`.
        case nuke
    }

    /// The best-fitting partition of one profile and the features computed on it.
    struct TargetModelFit: Sendable, Equatable {
        var partition: TargetPartition
        /// `MeanVar_u`.
        var meanVariance: Double
        /// `FMTD_u`.
        var fillerMeanTargetDifference: Double
        /// `FMD_u`.
        var fillerMeanDeviation: Double
    }

    /// Tries the push and the nuke partition of `user`'s profile and keeps the one with the
    /// smaller `MeanVar` (ties: push).
    func targetModelFit(of user: Int) -> TargetModelFit {
        let range = byUser.entryRange(ofRow: user)
        guard !range.isEmpty else {
            return TargetModelFit(partition: .none, meanVariance: 0, fillerMeanTargetDifference: 0, fillerMeanDeviation: 0)
        }
        let length = Double(range.count)
        func fit(_ partition: TargetPartition, extreme: Float?) -> (fit: TargetModelFit, targets: Int) {
            var targetCount = 0
            var targetSum = 0.0
            var fillerCount = 0
            var fillerSum = 0.0
            var squared = 0.0
            var absolute = 0.0
            for entry in range {
                let rating = byUser.values[entry]
                if rating == extreme {
                    targetCount += 1
                    targetSum += Double(rating)
                } else {
                    let deviation = Double(rating) - itemMeans[Int(byUser.columns[entry])]
                    fillerCount += 1
                    fillerSum += Double(rating)
                    squared += deviation * deviation
                    absolute += abs(deviation)
                }
            }
            let difference = targetCount > 0 && fillerCount > 0
                ? abs(targetSum / Double(targetCount) - fillerSum / Double(fillerCount)) : 0
            let result = TargetModelFit(
                partition: partition, meanVariance: squared / length, fillerMeanTargetDifference: difference,
                fillerMeanDeviation: fillerCount > 0 ? absolute / Double(fillerCount) : 0)
            return (result, targetCount)
        }
        let push = fit(.push, extreme: maximum)
        let nuke = fit(.nuke, extreme: minimum)
        switch (push.targets > 0, nuke.targets > 0) {
        case (true, true): return push.fit.meanVariance <= nuke.fit.meanVariance ? push.fit : nuke.fit
        case (true, false): return push.fit
        case (false, true): return nuke.fit
        case (false, false): return fit(.none, extreme: nil).fit
        }
    }

    /// The focus `F_i^d = E_i^d / (NR_i + β)` of every item for each extreme: index 0 holds the
    /// focus at `v_max`, index 1 at `v_min`.
    func itemFocus(prior: Double) -> [[Double]] {
        var extremeCounts = [[Int]](repeating: [Int](repeating: 0, count: itemCounts.count), count: 2)
        for entry in 0..<byUser.entryCount {
            let item = Int(byUser.columns[entry])
            if byUser.values[entry] == maximum { extremeCounts[0][item] += 1 }
            if byUser.values[entry] == minimum { extremeCounts[1][item] += 1 }
        }
        return extremeCounts.map { counts in
            counts.indices.map { Double(counts[$0]) / (Double(itemCounts[$0]) + prior) }
        }
    }

    /// `TMF_u`: the largest focus among the items `user` rated at an extreme, each at its own
    /// extreme; 0 when the user rated nothing at an extreme.
    func targetModelFocus(of user: Int, focus: [[Double]]) -> Double {
        var best = 0.0
        for entry in byUser.entryRange(ofRow: user) {
            let item = Int(byUser.columns[entry])
            if byUser.values[entry] == maximum { best = max(best, focus[0][item]) }
            if byUser.values[entry] == minimum { best = max(best, focus[1][item]) }
        }
        return best
    }
}
