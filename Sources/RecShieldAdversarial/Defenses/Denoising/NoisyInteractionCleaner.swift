import RecShieldCore

/// Flags interactions that are likely noise — false positives — by their loss under a model that
/// never saw them: K-fold cross-validation over the interactions, each fold scored by a model
/// trained on the other `K − 1`.
///
/// For an interaction `(u, i)` held out in fold `k`, with `ŷ` the scores of the model trained
/// without fold `k`:
/// ```
/// loss(u, i) = (1/S) Σ_s softplus(ŷ_(u,j_s) − ŷ_(u,i)) = mean of −ln σ(ŷ_ui − ŷ_uj_s)
/// ```
/// over `S` items `j_s` drawn uniformly (with replacement) among those `u` has no interaction
/// with in the whole data set — the expected BPR loss of the held-out positive against a random
/// unobserved item, defined for every ``Recommender``. Items the fold's training part never saw
/// still get the model's score (typically low, so a large loss: rare items are flagged more
/// easily; see the measured precision in the benchmarks).
///
/// Flagging (``Flagging``): the ``Flagging/topFraction(_:)`` share of interactions with the
/// largest losses (ties in position order), or every interaction with a loss above a threshold.
///
/// Folds come from ``KFoldSplit`` (stratified by user); negatives of user `u` from
/// `Xoshiro256StarStar(seed: seed, stream: u)`, so scores do not depend on the thread count.
///
/// Keys:
/// - `folds` (int ≥ 2, default 5): `K`.
/// - `negatives` (int ≥ 1, default 50): `S`.
/// - `flagging` (default top 10%): what to flag.
/// - `seed` (int, default 0): folds and negatives.
/// - `threads` (int ≥ 1, default 1): scoring threads (training threads are the model's).
///
/// References:
/// - Wang, Feng, He, Nie & Chua, "Denoising implicit feedback for recommendation", WSDM 2021
///   (noisy interactions keep large losses).
/// - Northcutt, Jiang & Chuang, "Confident learning", JAIR 2021 (out-of-fold losses to find
///   label errors).
public struct NoisyInteractionCleaner: Sendable, Equatable {
    /// What to flag once every interaction has an out-of-fold loss.
    public enum Flagging: Sendable, Equatable {
        /// The largest-loss share in (0, 1] of all interactions: `⌊fraction · N⌋` of them.
        case topFraction(Double)
        /// Every interaction whose loss exceeds this value.
        case lossAbove(Double)
    }

    /// `K`, the number of folds.
    public var folds: Int
    /// `S`, sampled unobserved items per interaction.
    public var negatives: Int
    /// What to flag.
    public var flagging: Flagging
    /// The seed of the folds and the negatives.
    public var seed: UInt64
    /// Scoring threads.
    public var threads: Int

    /// Creates a cleaner; every argument has the default listed on the type.
    public init(
        folds: Int = 5, negatives: Int = 50, flagging: Flagging = .topFraction(0.1), seed: UInt64 = 0,
        threads: Int = 1
    ) {
        self.folds = folds
        self.negatives = negatives
        self.flagging = flagging
        self.seed = seed
        self.threads = threads
    }

    /// Scores every interaction out of fold and flags the likely noise.
    /// - Parameters:
    ///   - data: the (possibly noisy) interactions.
    ///   - train: trains a model on a fold's training part (same ID maps as `data`).
    /// - Returns: the losses and flagged positions.
    /// - Throws: ``DefenseError/invalidSetting(name:value:expected:)`` for a bad setting, and
    ///   whatever `train` or the fold split throws.
    /// - Complexity: `K` trainings plus O(users · scoring a row + N · S).
    public func flag<Model: Recommender>(
        _ data: InteractionDataset, train: (InteractionDataset) throws -> Model
    ) throws -> FlaggedInteractions {
        try validate()
        let splitter = try KFoldSplit(folds: folds, seed: seed)
        let assignments = splitter.foldAssignments(data)
        let all = data.byUser()
        var losses = [Double](repeating: 0, count: data.count)
        for fold in 0..<folds {
            let model = try train(try splitter.split(data, fold: fold).train)
            guard model.userCount >= data.userCount && model.itemCount == data.itemCount else {
                throw DefenseError.mismatchedData(
                    reason: "the model trained on fold \(fold) does not score the data's users and items")
            }
            let heldOut = data.users.indices.filter { assignments[$0] == fold }
            score(heldOut, of: data, with: model, excluding: all, into: &losses)
        }
        return FlaggedInteractions(losses: losses, flagged: flaggedPositions(losses))
    }

    /// Checks the settings.
    /// - Throws: ``DefenseError/invalidSetting(name:value:expected:)``.
    public func validate() throws {
        if folds < 2 { throw DefenseError.invalidSetting(name: "folds", value: "\(folds)", expected: "an integer ≥ 2") }
        if negatives < 1 {
            throw DefenseError.invalidSetting(name: "negatives", value: "\(negatives)", expected: "an integer ≥ 1")
        }
        if threads < 1 {
            throw DefenseError.invalidSetting(name: "threads", value: "\(threads)", expected: "an integer ≥ 1")
        }
        switch flagging {
        case let .topFraction(fraction) where !(fraction > 0 && fraction <= 1):
            throw DefenseError.invalidSetting(name: "flagged fraction", value: "\(fraction)", expected: "a number in (0, 1]")
        case let .lossAbove(threshold) where !threshold.isFinite:
            throw DefenseError.invalidSetting(name: "loss threshold", value: "\(threshold)", expected: "a finite number")
        default:
            break
        }
    }

    /// Writes the out-of-fold loss of the interactions at `positions` (one fold's test part).
    private func score<Model: Recommender>(
        _ positions: [Int], of data: InteractionDataset, with model: Model, excluding all: SparseMatrix,
        into losses: inout [Double]
    ) {
        var byUser = [[Int]](repeating: [], count: data.userCount)
        for position in positions { byUser[Int(data.users[position])].append(position) }
        let users = byUser.indices.filter { !byUser[$0].isEmpty }
        let itemCount = data.itemCount
        let negatives = negatives
        let seed = seed
        losses.withUnsafeMutableBufferPointer { output in
            ParallelLoop.forEachChunk(count: users.count, threads: threads) { _, range in
                model.forEachScoreRow(of: users[range]) { _, user, scores in
                    var generator = Xoshiro256StarStar(seed: seed, stream: UInt64(user))
                    let free = itemCount - all.count(ofRow: user)
                    for position in byUser[user] {
                        let positive = scores[Int(data.items[position])]
                        var sum = 0.0
                        var drawn = 0
                        while drawn < negatives && free > 0 {
                            let item = generator.nextIndex(below: itemCount)
                            guard !all.contains(row: user, column: item) else { continue }
                            sum += Double(Logistic.softplus(scores[item] - positive))
                            drawn += 1
                        }
                        output[position] = drawn > 0 ? sum / Double(drawn) : 0
                    }
                }
            }
        }
    }

    /// The flagged positions, ascending.
    private func flaggedPositions(_ losses: [Double]) -> [Int] {
        switch flagging {
        case let .topFraction(fraction):
            let count = Int((fraction * Double(losses.count)).rounded(.down))
            let order = losses.indices.sorted { losses[$0] != losses[$1] ? losses[$0] > losses[$1] : $0 < $1 }
            return order.prefix(count).sorted()
        case let .lossAbove(threshold):
            return losses.indices.filter { losses[$0] > threshold }
        }
    }
}
