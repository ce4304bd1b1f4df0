import RecShieldCore
import Testing
@testable import RecShieldAdversarial

@Suite struct TargetSelectionTests {
    static func resolve(_ selection: TargetSelection, seed: UInt64 = 1) throws -> Set<String> {
        var generator = Xoshiro256StarStar(seed: seed)
        let context = try AttackContext(AttackFixtures.rated)
        return Set(try selection.resolve(in: context, using: &generator).map { AttackFixtures.rated.itemIDs.rawID(at: $0) })
    }

    @Test func poolsAreTheDocumentedFifths() throws {
        // 8 items → ⌈0.2 · 8⌉ = 2 per pool; unpopular ties (i6, i7, i8 have one interaction) go to the lower index.
        #expect(try Self.resolve(.chosen(.unpopular, count: 2)) == ["i6", "i7"])
        #expect(try Self.resolve(.chosen(.popular, count: 2)) == ["i1", "i2"])
        #expect(try Self.resolve(.chosen(.random, count: 8)).count == 8)
        let draws = try (1...40).map { try Self.resolve(.chosen(.random, count: 1), seed: $0) }
        #expect(Set(draws).count > 4)
    }

    @Test func explicitIDsKeepTheirOrder() throws {
        var generator = Xoshiro256StarStar(seed: 1)
        let context = try AttackContext(AttackFixtures.rated)
        let targets = try TargetSelection.ids(["i5", "i2"]).resolve(in: context, using: &generator)
        #expect(targets == [AttackFixtures.item("i5"), AttackFixtures.item("i2")])
    }

    @Test func countsBeyondThePoolAreErrors() {
        #expect(throws: DataError.invalidParameter(
            name: "target count", value: "3", expected: "an integer in 1…2 (the size of the unpopular pool)")
        ) { try Self.resolve(.chosen(.unpopular, count: 3)) }
        #expect(throws: DataError.self) { try Self.resolve(.chosen(.random, count: 0)) }
    }

    @Test(arguments: [("unpopular:5", TargetSelection.chosen(.unpopular, count: 5)), ("random:1", .chosen(.random, count: 1))])
    func parsesPoolAndCount(text: String, expected: TargetSelection) throws {
        #expect(try TargetSelection(parsing: text) == expected)
    }

    @Test(arguments: ["unpopular", "unpopular:", "famous:3", "popular:0", "popular:-2", "popular:2:3"])
    func rejectsMalformedText(text: String) {
        #expect(throws: DataError.self) { try TargetSelection(parsing: text) }
    }
}
