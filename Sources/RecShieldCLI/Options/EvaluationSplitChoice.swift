import ArgumentParser
import RecShield

/// How `attack-effect` and `perturb` divide the clean data into training and held-out test
/// interactions of real users (`--split`, `--split-seed`):
///
/// - `leave-one-out` (default when the data has timestamps): each user's latest interaction is
///   held out (``LeaveOneOutSplit``; ties: the last in file order; users with one interaction
///   keep it in training).
/// - `random:F`: a share `F` in (0, 1) of all interactions is held out uniformly
///   (``RandomHoldoutSplit`` with `--split-seed`, default 0) — the default, with `F = 0.2`, for
///   data without timestamps.
///
/// The split is deterministic, so a model trained on the training part elsewhere (same data, same
/// options) sees the same held-out interactions here.
struct EvaluationSplitChoice: ExpressibleByArgument, Equatable {
    /// The test share of a random split, or `nil` for leave-one-out.
    var testFraction: Double?

    init?(argument: String) {
        if argument == "leave-one-out" {
            testFraction = nil
            return
        }
        let parts = argument.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0] == "random", let fraction = Double(parts[1]), fraction > 0, fraction < 1 else {
            return nil
        }
        testFraction = fraction
    }

    init(testFraction: Double?) {
        self.testFraction = testFraction
    }

    static var allValueStrings: [String] { ["leave-one-out", "random:F"] }

    /// The default for `data`: leave-one-out with timestamps, a random 20% otherwise.
    static func automatic(for data: InteractionDataset) -> EvaluationSplitChoice {
        EvaluationSplitChoice(testFraction: data.hasTimestamps ? nil : 0.2)
    }

    /// The split's name in output, e.g. `leave-one-out` or `random 20% (seed 0)`.
    func name(seed: UInt64) -> String {
        guard let testFraction else { return "leave-one-out" }
        return "random \(Int((testFraction * 100).rounded()))% (seed \(seed))"
    }

    /// Splits `data`.
    /// - Throws: ``DataError`` (leave-one-out on data without timestamps).
    func split(_ data: InteractionDataset, seed: UInt64) throws -> DataSplit {
        guard let testFraction else { return try LeaveOneOutSplit().split(data) }
        return try RandomHoldoutSplit(testRatio: testFraction, seed: seed).split(data)
    }
}
