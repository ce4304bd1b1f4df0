import Numerics
@testable import RecShieldCore

/// Full-ranking leave-one-out evaluation for the real-data checks: each test user's held-out
/// item is ranked among every item the user did not train on (ties go to the lower item index,
/// as in ``TopK``), giving HR@K = [rank ≤ K], NDCG@K = [rank ≤ K] / log₂(rank + 1) and
/// AUC = 1 − (rank − 1) / (candidates − 1), averaged over users — overall and over the users
/// whose test item is cold (fewer than `coldThreshold` training interactions).
struct LeaveOneOutRanking {
    /// Mean HR@K, NDCG@K and AUC over a group of test users.
    struct Result: CustomStringConvertible {
        var users = 0
        var hits = 0.0
        var gains = 0.0
        var areas = 0.0
        var hitRatio: Double { users > 0 ? hits / Double(users) : 0 }
        var ndcg: Double { users > 0 ? gains / Double(users) : 0 }
        var auc: Double { users > 0 ? areas / Double(users) : 0 }
        var description: String {
            "HR \(Self.format(hitRatio)) NDCG \(Self.format(ndcg)) AUC \(Self.format(auc)) (\(users) users)"
        }

        mutating func add(rank: Int, candidates: Int, cutoff: Int) {
            users += 1
            if rank <= cutoff {
                hits += 1
                gains += 1 / Double.log2(Double(rank + 1))
            }
            areas += candidates > 1 ? 1 - Double(rank - 1) / Double(candidates - 1) : 1
        }
        static func format(_ value: Double) -> String {
            let scaled = Int((value * 10_000).rounded())
            let fraction = String(scaled % 10_000)
            return "\(scaled / 10_000)." + String(repeating: "0", count: 4 - fraction.count) + fraction
        }
    }

    let train: SparseMatrix
    let testUsers: [Int]
    let testItems: [Int]
    let itemCounts: [Int]
    let cutoff: Int
    let coldThreshold: Int

    init(train: InteractionDataset, test: InteractionDataset, cutoff: Int = 10, coldThreshold: Int = 10) {
        self.train = train.implicit().byUser()
        testUsers = test.users.map(Int.init)
        testItems = test.items.map(Int.init)
        itemCounts = PopularityBaseline(training: train).interactionCounts
        self.cutoff = cutoff
        self.coldThreshold = coldThreshold
    }

    /// The 1-based rank of `item` for `user` among the items the user did not train on.
    func rank(of item: Int, for user: Int, in model: some Recommender) -> Int {
        var scores = model.scores(for: user)
        for seen in train.columns(ofRow: user) { scores[Int(seen)] = -.infinity }
        let target = scores[item]
        var rank = 1
        for other in scores.indices where scores[other] > target || (scores[other] == target && other < item) {
            rank += 1
        }
        return rank
    }

    /// HR@K, NDCG@K and AUC over all test users and over those with a cold test item.
    func evaluate(_ model: some Recommender) -> (all: Result, cold: Result) {
        var all = Result()
        var cold = Result()
        for (user, item) in zip(testUsers, testItems) {
            let rank = rank(of: item, for: user, in: model)
            let candidates = train.columnCount - train.count(ofRow: user)
            all.add(rank: rank, candidates: candidates, cutoff: cutoff)
            if itemCounts[item] < coldThreshold { cold.add(rank: rank, candidates: candidates, cutoff: cutoff) }
        }
        return (all, cold)
    }
}
