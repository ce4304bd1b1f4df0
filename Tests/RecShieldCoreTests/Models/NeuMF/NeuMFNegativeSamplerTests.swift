import Testing
@testable import RecShieldCore

@Suite struct NeuMFNegativeSamplerTests {
    static let matrix = SparseMatrix(
        rowCount: 3, columnCount: 5, rows: [0, 0, 1, 2, 2, 2, 2], columns: [1, 3, 0, 0, 1, 2, 3], values: nil)

    @Test func everyPositiveIsFollowedByUnobservedNegatives() {
        var rng = Xoshiro256StarStar(seed: 4)
        let samples = NeuMFNegativeSampler.samples(from: Self.matrix, negativesPerPositive: 3, using: &rng)
        #expect(samples.count == 7 * 4)
        #expect(samples.filter { $0.label == 1 }.count == 7)
        for sample in samples {
            #expect(Self.matrix.contains(row: Int(sample.user), column: Int(sample.item)) == (sample.label == 1))
        }
        // User 2 has observed items 0–3, so each of its negatives must be item 4.
        #expect(samples.filter { $0.user == 2 && $0.label == 0 }.allSatisfy { $0.item == 4 })
    }

    @Test func sameGeneratorSameSamples() {
        var a = Xoshiro256StarStar(seed: 4)
        var b = Xoshiro256StarStar(seed: 4)
        #expect(NeuMFNegativeSampler.samples(from: Self.matrix, negativesPerPositive: 2, using: &a)
            == NeuMFNegativeSampler.samples(from: Self.matrix, negativesPerPositive: 2, using: &b))
    }

    @Test func aUserWithEveryItemGetsNoNegatives() {
        let full = SparseMatrix(rowCount: 1, columnCount: 2, rows: [0, 0], columns: [0, 1], values: nil)
        var rng = Xoshiro256StarStar(seed: 1)
        #expect(NeuMFNegativeSampler.samples(from: full, negativesPerPositive: 4, using: &rng).count == 2)
    }
}
