import Foundation
import RecShieldCore

/// Checks every RecShield model must pass: it recovers the withheld items of a ``Checkerboard``,
/// and it scores bit-identically after a save/load round trip.
public enum ModelConformance {
    /// The share of users whose withheld diagonal item is among their `count` best-scored items.
    /// - Parameters:
    ///   - model: a model trained on a version of `checkerboard`.
    ///   - excluded: the training interactions to skip when ranking (`nil` ranks every item).
    public static func recoveredShare(
        of model: any Recommender, on checkerboard: Checkerboard, count: Int, excluding excluded: SparseMatrix?
    ) -> Double {
        let recovered = (0..<checkerboard.size).filter { user in
            model.recommendations(for: user, count: count, excluding: excluded)
                .contains { $0.item == checkerboard.withheldItem(ofUser: user) }
        }
        return Double(recovered.count) / Double(checkerboard.size)
    }

    /// Saves `model` to a temporary file, loads it back and returns the loaded model.
    public static func roundTrip<Model: ArchivableModel>(_ model: Model) throws -> Model {
        let path = FileManager.default.temporaryDirectory
            .appendingPathComponent("recshield-conformance-\(UUID().uuidString).model").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try model.save(to: path)
        return try Model.load(from: path)
    }

    /// Whether two models give bit-identical scores for every user and item, through
    /// `scores(for:into:)`, `score(user:item:)` and `scores(forUsers:into:)` (users in blocks of
    /// three, as evaluators score them in blocks).
    public static func scoresAreBitIdentical(_ first: any Recommender, _ second: any Recommender) -> Bool {
        guard first.userCount == second.userCount, first.itemCount == second.itemCount else { return false }
        let itemCount = first.itemCount
        for user in 0..<first.userCount {
            let a = first.scores(for: user)
            let b = second.scores(for: user)
            guard a.map(\.bitPattern) == b.map(\.bitPattern) else { return false }
            let blockStart = user - user % 3
            let block = Array(blockStart..<min(blockStart + 3, first.userCount))
            let row = user - blockStart
            for model in [first, second] {
                var scores = [Float](repeating: 0, count: block.count * itemCount)
                scores.withUnsafeMutableBufferPointer { model.scores(forUsers: block, into: $0) }
                guard scores[(row * itemCount)..<((row + 1) * itemCount)].map(\.bitPattern) == a.map(\.bitPattern) else {
                    return false
                }
            }
            for item in 0..<first.itemCount
            where first.score(user: user, item: item).bitPattern != a[item].bitPattern
                || second.score(user: user, item: item).bitPattern != a[item].bitPattern
            {
                return false
            }
        }
        return true
    }
}
