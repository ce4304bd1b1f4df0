import RecShieldCore
import Testing
@testable import RecShieldAdversarial

@Suite struct InteractionNoiseTests {
    /// Stored as a–x 5, a–y 3, b–x 1, b–z 2.5 (scale {1, 2.5, 3, 5}, max + min = 6).
    static let small = AttackFixtures.make([("a", ["x": 5, "y": 3]), ("b", ["z": 2.5, "x": 1])])

    /// The entries that differ between `clean` and `noisy`, as alterations (changed and dropped in
    /// clean order, added in noisy order) — what the alteration list must equal.
    static func difference(_ clean: InteractionDataset, _ noisy: InteractionDataset, changed: NoiseAlteration.Kind) -> [NoiseAlteration] {
        func key(_ data: InteractionDataset, _ position: Int) -> Int64 { Int64(data.users[position]) << 32 | Int64(data.items[position]) }
        let noisyRating = Dictionary(uniqueKeysWithValues: noisy.users.indices.map { (key(noisy, $0), noisy.ratings?[$0]) })
        let cleanKeys = Set(clean.users.indices.map { key(clean, $0) })
        var result: [NoiseAlteration] = []
        for position in 0..<clean.count {
            let user = Int(clean.users[position])
            let item = Int(clean.items[position])
            let old = clean.ratings?[position]
            if let new = noisyRating[key(clean, position)] {
                if new != old { result.append(NoiseAlteration(kind: changed, user: user, item: item, oldRating: old, newRating: new)) }
            } else {
                result.append(NoiseAlteration(kind: .dropped, user: user, item: item, oldRating: old))
            }
        }
        for position in 0..<noisy.count where !cleanKeys.contains(key(noisy, position)) {
            result.append(NoiseAlteration(
                kind: .added, user: Int(noisy.users[position]), item: Int(noisy.items[position]), newRating: noisy.ratings?[position]))
        }
        return result
    }

    @Test func flippingEveryRatingListsExactlyTheChangedOnes() throws {
        let noisy = try InteractionNoise(kind: .flipRatings, fraction: 1).apply(to: Self.small)
        // 5 → 1, 3 → 3 (unchanged, not listed), 1 → 5, 2.5 → 3.5 → 3 (the nearest observed rating).
        let x = AttackFixtures.item("x", in: Self.small)
        let z = AttackFixtures.item("z", in: Self.small)
        #expect(noisy.alterations == [
            NoiseAlteration(kind: .flipped, user: 0, item: x, oldRating: 5, newRating: 1),
            NoiseAlteration(kind: .flipped, user: 1, item: x, oldRating: 1, newRating: 5),
            NoiseAlteration(kind: .flipped, user: 1, item: z, oldRating: 2.5, newRating: 3),
        ])
        #expect(noisy.data.ratings == [1, 3, 5, 3])
    }

    @Test func falsePositivesFillTheFreePairs() throws {
        // 2 users × 3 items − 4 interactions = 2 free pairs: a–z and b–y.
        let noisy = try InteractionNoise(kind: .addFalsePositives, fraction: 0.5).apply(to: Self.small)
        #expect(noisy.data.count == 6)
        let pairs = Set(noisy.alterations.map { "\($0.user)-\(Self.small.itemIDs.rawID(at: $0.item))" })
        #expect(pairs == ["0-z", "1-y"])
        #expect(noisy.alterations.allSatisfy { $0.kind == .added && [5, 3, 2.5, 1].contains($0.newRating ?? -1) })
        #expect(noisy.data.timestamps?.suffix(2).allSatisfy { (1000...1100).contains($0) } == true)
        #expect(noisy.alterations == Self.difference(Self.small, noisy.data, changed: .perturbed))
        #expect(throws: DataError.self) { try InteractionNoise(kind: .addFalsePositives, fraction: 0.75).apply(to: Self.small) }
    }

    @Test(arguments: [
        InteractionNoise.Kind.addFalsePositives, .dropInteractions, .gaussianRatings(standardDeviation: 1), .flipRatings,
    ])
    func alterationsAreExactlyTheDifferenceFromTheCleanData(kind: InteractionNoise.Kind) throws {
        let clean = AttackFixtures.rated
        let noise = InteractionNoise(kind: kind, fraction: 0.3, seed: 11)
        let noisy = try noise.apply(to: clean)
        let changed: NoiseAlteration.Kind = kind == .flipRatings ? .flipped : .perturbed
        #expect(noisy.alterations == Self.difference(clean, noisy.data, changed: changed))
        #expect(try noise.apply(to: clean) == noisy)
        // 0.3 · 23 = 6.9 → 7 interactions affected (changes may snap back and go unlisted).
        switch kind {
        case .addFalsePositives: #expect(noisy.data.count == 30 && noisy.alterations.count == 7)
        case .dropInteractions: #expect(noisy.data.count == 16 && noisy.alterations.count == 7)
        default: #expect(noisy.data.count == 23 && noisy.alterations.count <= 7 && !noisy.alterations.isEmpty)
        }
        let observed: Set<Float> = [1, 2, 2.5, 3, 4, 5]
        #expect(noisy.data.ratings?.allSatisfy(observed.contains) == true)
    }

    @Test func droppingFromImplicitDataRecordsNoRatings() throws {
        let noisy = try InteractionNoise(kind: .dropInteractions, fraction: 1).apply(to: Self.small.implicit())
        #expect(noisy.data.count == 0)
        #expect(noisy.alterations.map(\.user) == [0, 0, 1, 1] && noisy.alterations.allSatisfy { $0.oldRating == nil })
    }

    @Test func badParametersAreErrors() {
        #expect(throws: DataError.self) { try InteractionNoise(kind: .dropInteractions, fraction: 0).apply(to: Self.small) }
        #expect(throws: DataError.self) { try InteractionNoise(kind: .dropInteractions, fraction: 1.1).apply(to: Self.small) }
        #expect(throws: DataError.self) { try InteractionNoise(kind: .flipRatings, fraction: 0.5).apply(to: Self.small.implicit()) }
        #expect(throws: DataError.self) {
            try InteractionNoise(kind: .gaussianRatings(standardDeviation: 0), fraction: 0.5).apply(to: Self.small)
        }
        #expect(throws: DataError.self) { try InteractionNoise(kind: .dropInteractions, fraction: 0.5).apply(to: Self.small.subset([])) }
    }
}
