import RecShieldCore
import Testing
@testable import RecShieldAdversarial

@Suite struct GANProfileMatrixTests {
    /// Users a, b, c over items x, y, z; b has no interaction (it exists only in the ID map).
    static func dataset(rated: Bool = true) -> InteractionDataset {
        InteractionDataset(
            userIDs: GANFixtures.idMap(prefix: "u", count: 3), itemIDs: GANFixtures.idMap(prefix: "i", count: 3),
            users: [2, 0, 0, 2], items: [0, 2, 0, 1], ratings: rated ? [5, 1, 3, 2] : nil)
    }

    @Test func rowsSkipUsersWithoutInteractions() throws {
        let matrix = try GANProfileMatrix(Self.dataset())
        #expect(matrix.rowCount == 2)
        #expect(matrix.userIndices == [0, 2])
        #expect(matrix.profileLengths == [2, 2])
        #expect(Array(matrix.items(ofRow: 0)) == [0, 2])
        #expect(matrix.itemCount == 3)
    }

    /// Ratings 1, 2, 3, 5 with `δ = 1` encode as `r / 5`.
    @Test func densifyWritesEncodedRatingsAndZeros() throws {
        let matrix = try GANProfileMatrix(Self.dataset())
        var dense = [Float](repeating: .nan, count: 6)
        dense.withUnsafeMutableBufferPointer { matrix.densify(rows: [1, 0], into: $0.baseAddress!) }
        #expect(dense == [1, 0.4, 0, 0.6, 0, 0.2])
    }

    @Test func profilesDecodeBackToTheOriginalRatings() throws {
        let matrix = try GANProfileMatrix(Self.dataset())
        #expect(matrix.profile(ofRow: 0) == GANProfile(items: [0, 2], ratings: [3, 1]))
        #expect(matrix.profile(ofRow: 1) == GANProfile(items: [0, 1], ratings: [5, 2]))
        let implicit = try GANProfileMatrix(Self.dataset(rated: false))
        #expect(implicit.profile(ofRow: 1) == GANProfile(items: [0, 1], ratings: nil))
        #expect(implicit.values == [1, 1, 1, 1])
    }

    @Test func emptyDataIsRejected() {
        let empty = InteractionDataset(userIDs: GANFixtures.idMap(prefix: "u", count: 2), itemIDs: IDMap(), users: [], items: [])
        #expect(throws: GANError.emptyData) { try GANProfileMatrix(empty) }
    }
}
