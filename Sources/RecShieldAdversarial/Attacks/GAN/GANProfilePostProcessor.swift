#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import RecShieldCore

/// Turns a generated vector into a realistic fake profile, AUSH-style: a length drawn from the
/// real users' lengths, filler items chosen from the vector, ratings on the real rating scale,
/// and the targets set to the push or nuke value.
///
/// For each generated vector `x′ ∈ [0, 1]^items`:
/// ```
/// n      = the length of a real profile drawn uniformly (the empirical length distribution)
/// filler = min(max(n − |T|, 0), items − |T|) items chosen by ``GANFillerSelection``, never a target
/// rating(i) = a used rating value for each filler item, by ``GANRatingMapping`` (by default the
///             one nearest to the rating x′_i encodes)
/// rating(t) = highest used value (push) or lowest (nuke) for each target t ∈ T
/// ```
/// So profile lengths follow the real distribution (a profile shorter than the target list still
/// holds every target), and no fake rating uses a value real users never use. On implicit data
/// profiles carry no ratings and only the push goal applies.
///
/// References:
/// - Lin, Chen, Li, Lin, Lu & Hu, "Attacking recommender systems with augmented user profiles",
///   CIKM 2020 (AUSH: filler, selected and target items; target set to the maximum rating).
/// - Mobasher, Burke, Bhaumik & Williams, "Toward trustworthy recommender systems", ACM TOIT 2007
///   (profile anatomy of shilling attacks).
public struct GANProfilePostProcessor: Sendable, Equatable {
    /// The data's rating values.
    public let encoding: GANRatingEncoding
    /// The number of items, the length of a generated vector.
    public let itemCount: Int
    /// The real profile lengths that fake lengths are drawn from.
    public let profileLengths: [Int]
    /// The target item indices, in the order given.
    public let targets: [Int32]
    /// What the profiles do to the targets.
    public let goal: GANTargetGoal
    /// How filler items are chosen.
    public let fillerSelection: GANFillerSelection
    /// How filler values become ratings.
    public let ratingMapping: GANRatingMapping

    /// Creates a post-processor.
    /// - Parameters:
    ///   - encoding: the data's rating values.
    ///   - itemCount: the number of items.
    ///   - profileLengths: real profile lengths, at least one.
    ///   - targets: target item indices (may be empty, e.g. for diagnostics).
    ///   - goal: push or nuke.
    ///   - fillerSelection: how filler items are chosen.
    ///   - ratingMapping: how filler values become ratings.
    /// - Throws: ``GANError`` for an empty or negative length list, a target out of range or
    ///   listed twice, or the nuke goal on implicit data.
    public init(
        encoding: GANRatingEncoding, itemCount: Int, profileLengths: [Int], targets: [Int32] = [],
        goal: GANTargetGoal = .push, fillerSelection: GANFillerSelection = .topScores,
        ratingMapping: GANRatingMapping = .nearest
    ) throws {
        guard !profileLengths.isEmpty, profileLengths.allSatisfy({ $0 >= 0 }) else {
            throw GANError.invalidSetting(
                name: "profile_lengths", value: "\(profileLengths.prefix(5))", requirement: "a non-empty list of lengths ≥ 0")
        }
        var seen = Set<Int32>()
        for target in targets {
            guard target >= 0 && Int(target) < itemCount else {
                throw GANError.invalidSetting(
                    name: "targets", value: "\(target)", requirement: "an item index in 0..<\(itemCount)")
            }
            guard seen.insert(target).inserted else { throw GANError.duplicateTarget(id: "\(target)") }
        }
        if goal == .nuke && !encoding.isRated { throw GANError.nukeNeedsRatings }
        self.encoding = encoding
        self.itemCount = itemCount
        self.profileLengths = profileLengths
        self.targets = targets
        self.goal = goal
        self.fillerSelection = fillerSelection
        self.ratingMapping = ratingMapping
    }

    /// Creates a post-processor for the real profiles of a ``GANProfileMatrix``.
    /// - Throws: as ``init(encoding:itemCount:profileLengths:targets:goal:fillerSelection:ratingMapping:)``.
    public init(
        profiles: GANProfileMatrix, targets: [Int32] = [], goal: GANTargetGoal = .push,
        fillerSelection: GANFillerSelection = .topScores, ratingMapping: GANRatingMapping = .nearest
    ) throws {
        try self.init(
            encoding: profiles.encoding, itemCount: profiles.itemCount, profileLengths: profiles.profileLengths,
            targets: targets, goal: goal, fillerSelection: fillerSelection, ratingMapping: ratingMapping)
    }

    /// The rating every target gets: the highest (push) or lowest (nuke) used value; `nil` on
    /// implicit data.
    public var targetRating: Float? {
        goal == .push ? encoding.highest : encoding.lowest
    }

    /// The fake profile made from one generated vector.
    /// - Parameters:
    ///   - vector: `itemCount` generated values.
    ///   - rng: draws the length (and, for proportional selection, one uniform per item).
    public func profile(from vector: ArraySlice<Float>, using rng: inout some RandomNumberGenerator) -> GANProfile {
        precondition(vector.count == itemCount, "a generated vector has the wrong length")
        let length = profileLengths[rng.nextIndex(below: profileLengths.count)]
        let fillerCount = min(max(length - targets.count, 0), itemCount - targets.count)
        var keys = [Float](vector)
        if fillerSelection == .proportional {
            for index in keys.indices {
                let uniform = 1 - rng.nextUnitDouble()
                keys[index] = keys[index] > 0 ? Float(log(uniform) / Double(keys[index])) : -.infinity
            }
        }
        for target in targets { keys[Int(target)] = .nan }
        let fillers = TopK.select(fillerCount, from: keys)
        var entries = zip(fillers, fillerRatings(fillers.map { vector[vector.startIndex + $0] })).map {
            (Int32($0.0), $0.1)
        }
        entries += targets.map { ($0, targetRating ?? 1) }
        entries.sort { $0.0 < $1.0 }
        return GANProfile(items: entries.map(\.0), ratings: encoding.isRated ? entries.map(\.1) : nil)
    }

    /// The ratings of filler items with the given generated values (all 1 on implicit data).
    private func fillerRatings(_ values: [Float]) -> [Float] {
        guard encoding.isRated else { return values.map { _ in 1 } }
        switch ratingMapping {
        case .nearest:
            return values.map(encoding.decode)
        case .quantile:
            let order = values.indices.sorted { values[$0] < values[$1] || (values[$0] == values[$1] && $0 < $1) }
            var ratings = [Float](repeating: 0, count: values.count)
            for (rank, position) in order.enumerated() {
                ratings[position] = encoding.quantile((Double(rank) + 0.5) / Double(values.count))
            }
            return ratings
        }
    }

    /// The fake profiles made from `count` generated vectors, in order.
    /// - Parameters:
    ///   - vectors: `count × itemCount` row-major generated values.
    ///   - count: the number of vectors.
    ///   - rng: the seeded source of randomness, used profile after profile.
    public func profiles(from vectors: [Float], count: Int, using rng: inout some RandomNumberGenerator) -> [GANProfile] {
        precondition(vectors.count == count * itemCount, "generated vectors have the wrong size")
        return (0..<count).map { row in
            profile(from: vectors[(row * itemCount)..<((row + 1) * itemCount)], using: &rng)
        }
    }
}
