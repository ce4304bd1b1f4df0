/// The calibration of unsupervised detectors: the empirical distribution function of the scores,
/// with ties at their mid-rank.
///
/// ```
/// p_u = (|{v : s_v < s_u}| + ½·|{v : s_v = s_u}|) / N          v over the N active users
/// ```
/// `p_u` is the share of users the detector finds less suspicious than `u`: 0.97 means "more
/// suspicious than 97 % of the users". It is *not* the probability of being fake — an
/// unsupervised detector knows no labels to calibrate against — so a probability threshold on it
/// flags a fixed share of the users, like a top-n rule. Inactive users get 0.
public enum RankCalibration {
    /// The mid-rank percentile of each active user's score; 0 for inactive users.
    /// - Precondition: one activity flag per score; no NaN among active scores.
    /// - Complexity: O(N log N).
    public static func percentiles(of scores: [Double], isActive: [Bool]) -> [Double] {
        precondition(scores.count == isActive.count, "one activity flag per score")
        let active = scores.indices.filter { isActive[$0] }
        precondition(active.allSatisfy { !scores[$0].isNaN }, "scores must not be NaN")
        let order = active.sorted { scores[$0] < scores[$1] }
        var result = [Double](repeating: 0, count: scores.count)
        let total = Double(order.count)
        var start = 0
        while start < order.count {
            var end = start
            while end < order.count && scores[order[end]] == scores[order[start]] { end += 1 }
            let value = (Double(start) + 0.5 * Double(end - start)) / total
            for position in start..<end { result[order[position]] = value }
            start = end
        }
        return result
    }
}
