import RecShieldCore

/// How to cut a data set's timeline into consecutive windows.
///
/// With the `N` timestamps sorted as `t₀ ≤ … ≤ t_{N−1}`:
/// - ``count(_:)`` `w`: windows with about equal numbers of interactions. The cut before window
///   `k` (1 ≤ k < w) is `c_k = t_{⌊k·N/w⌋}`; window `k` holds `[c_k, c_{k+1})` with `c₀ = −∞`,
///   `c_w = +∞`. Interactions sharing the cut second all go to the later window, so windows can
///   differ in size — or be empty — when many interactions share one second.
/// - ``duration(_:)`` `d` seconds: window `k` holds `[t₀ + k·d, t₀ + (k+1)·d)`, for
///   `k = 0 … ⌊(t_{N−1} − t₀)/d⌋`; quiet periods give empty windows.
public enum TimeWindowing: Sendable, Equatable {
    /// This many windows of about equal interaction counts (at least 2).
    case count(Int)
    /// Windows of this many seconds (at least 1).
    case duration(Int64)

    /// The start of each window (the first is `Int64.min` for ``count(_:)`` and `t₀` for
    /// ``duration(_:)``); window `k` ends where window `k + 1` starts, the last one never.
    /// - Parameter sorted: the timestamps, ascending.
    /// - Throws: ``DataError/invalidParameter(name:value:expected:)`` for fewer than 2 windows
    ///   (a count below 2, a duration below 1 s or one that covers the whole span).
    func starts(of sorted: [Int64]) throws -> [Int64] {
        guard let first = sorted.first, let last = sorted.last else {
            throw DataError.invalidParameter(name: "data", value: "0 interactions", expected: "a data set with interactions")
        }
        switch self {
        case let .count(windows):
            guard windows >= 2 else {
                throw DataError.invalidParameter(name: "window count", value: "\(windows)", expected: "an integer ≥ 2")
            }
            return [Int64.min] + (1..<windows).map { sorted[$0 * sorted.count / windows] }
        case let .duration(seconds):
            guard seconds >= 1 else {
                throw DataError.invalidParameter(name: "window duration", value: "\(seconds)", expected: "at least 1 second")
            }
            let windows = Int((last - first) / seconds) + 1
            guard windows >= 2 else {
                throw DataError.invalidParameter(
                    name: "window duration", value: "\(seconds)",
                    expected: "less than the data's time span of \(last - first + 1) seconds (at least two windows)")
            }
            return (0..<windows).map { first + Int64($0) * seconds }
        }
    }
}
