/// The training data of BPR in the form its inner loop reads: the positive pairs to draw from, and
/// what negatives are checked against — a users × items bitset when it takes at most
/// ``bitsetLimit`` bits (one load per check), otherwise each user's sorted item row (a binary
/// search).
///
/// Public so BPR-style kernels in other modules (adversarial and denoised BPR) draw exactly the
/// triples plain BPR draws, through ``withSampler(_:)``.
public struct BPRSampleSet: Sendable {
    /// The largest bitset used: 2²⁹ bits, 64 MiB (ML-1M needs 2.8 MB; ML-10M's 87 MB falls back
    /// to binary search).
    static let bitsetLimit = 1 << 29

    /// One observed interaction, packed so a draw touches one cache line.
    @usableFromInline
    struct Pair: Sendable {
        @usableFromInline var user: Int32
        @usableFromInline var item: Int32
    }

    /// The pairs triples are drawn from, grouped by user, items ascending.
    let pairs: [Pair]
    /// The user × item CSR offsets (`userCount + 1`).
    let rowOffsets: [Int]
    /// The user × item CSR columns: each user's items, ascending; also the item of every
    /// interaction, which popularity sampling draws from.
    let columns: [Int32]
    /// The number of items.
    let itemCount: Int
    /// How negatives are drawn.
    let sampling: BPRMatrixFactorization.NegativeSampling
    /// Bit `item` of row `user` (rows of ``bitsetStride`` words) is set when the user has
    /// interacted with the item; empty when the bitset would exceed ``bitsetLimit``.
    let bitset: [UInt64]
    /// The number of 64-bit words per user in ``bitset``.
    let bitsetStride: Int

    /// Builds the sample set. Users who have interacted with every item that can be drawn as a
    /// negative (every item for uniform sampling; every item with an interaction for popularity
    /// sampling) give no triple and are left out.
    /// - Parameters:
    ///   - data: the training interactions (ratings are ignored).
    ///   - sampling: how negatives are drawn.
    /// - Throws: ``ModelError/unsuitableData(model:reason:)`` when no pair remains.
    public init(data: InteractionDataset, sampling: BPRMatrixFactorization.NegativeSampling) throws {
        try self.init(data: data, sampling: sampling, bitsetLimit: Self.bitsetLimit)
    }

    /// Builds the sample set with a given limit on the bitset.
    /// - Parameter bitsetLimit: the largest bitset to build, in bits (tests lower it to reach the
    ///   binary search).
    init(
        data: InteractionDataset, sampling: BPRMatrixFactorization.NegativeSampling, bitsetLimit: Int
    ) throws {
        guard data.count > 0 else {
            throw ModelError.unsuitableData(model: "BPR-MF", reason: "the training data holds no interactions")
        }
        let matrix = data.byUser()
        let drawable: Int
        switch sampling {
        case .uniform:
            drawable = data.itemCount
        case .popularity:
            var seen = [Bool](repeating: false, count: data.itemCount)
            for item in matrix.columns { seen[Int(item)] = true }
            drawable = seen.lazy.filter { $0 }.count
        }
        var pairs: [Pair] = []
        pairs.reserveCapacity(matrix.entryCount)
        for user in 0..<matrix.rowCount where matrix.count(ofRow: user) < drawable {
            for item in matrix.columns(ofRow: user) { pairs.append(Pair(user: Int32(user), item: item)) }
        }
        guard !pairs.isEmpty else {
            throw ModelError.unsuitableData(
                model: "BPR-MF", reason: "every user has interacted with every item, so there is no negative to sample")
        }
        self.pairs = pairs
        rowOffsets = matrix.rowOffsets
        columns = matrix.columns
        itemCount = data.itemCount
        self.sampling = sampling
        bitsetStride = (data.itemCount + 63) / 64
        if data.userCount * bitsetStride * 64 <= bitsetLimit {
            var bits = [UInt64](repeating: 0, count: data.userCount * bitsetStride)
            for user in 0..<matrix.rowCount {
                for item in matrix.columns(ofRow: user) {
                    bits[user * bitsetStride + Int(item) >> 6] |= 1 << UInt64(item & 63)
                }
            }
            bitset = bits
        } else {
            bitset = []
        }
    }

    /// The number of triples per epoch: one per pair.
    public var count: Int { pairs.count }

    /// Calls `body` with a sampler over the set's buffers, valid only inside `body`.
    public func withSampler<Result>(_ body: (BPRTripleSampler) throws -> Result) rethrows -> Result {
        try pairs.withUnsafeBufferPointer { pairs in
            try rowOffsets.withUnsafeBufferPointer { offsets in
                try columns.withUnsafeBufferPointer { columns in
                    try bitset.withUnsafeBufferPointer { bitset in
                        try body(BPRTripleSampler(
                            pairs: pairs, rowOffsets: offsets, columns: columns, bitset: bitset,
                            bitsetStride: bitsetStride, itemCount: itemCount,
                            drawsPopularNegatives: sampling == .popularity))
                    }
                }
            }
        }
    }
}
