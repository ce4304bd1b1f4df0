import Foundation
import RecShieldCore
import Testing
@testable import RecShieldAdversarial

@Suite struct AttackConfigurationTests {
    static func json(_ configuration: AttackConfiguration) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: try encoder.encode(configuration), as: UTF8.self)
    }

    static func decode(_ text: String) throws -> AttackConfiguration {
        try JSONDecoder().decode(AttackConfiguration.self, from: Data(text.utf8))
    }

    @Test func encodesEachKeyWithOneMeaning() throws {
        let configuration = AttackConfiguration(
            kind: .reverseBandwagon, fakeUsers: .count(50), filler: .fraction(0.05), selectedCount: 4,
            targets: .ids(["318"]), goal: .nuke, seed: 9)
        let text = try Self.json(configuration)
        #expect(text == #"{"fake_users":{"count":50},"filler":{"fraction":0.05},"goal":"nuke","kind":"reverse-bandwagon","#
            + #""seed":9,"selected_count":4,"targets":{"ids":["318"]}}"#)
        #expect(try Self.decode(text) == configuration)
        let chosen = AttackConfiguration(targets: .chosen(.popular, count: 3))
        #expect(try Self.json(chosen).contains(#""targets":{"count":3,"pool":"popular"}"#))
        #expect(try Self.decode(try Self.json(chosen)) == chosen)
    }

    @Test func absentKeysTakeTheDefaults() throws {
        #expect(try Self.decode(#"{"kind": "bandwagon"}"#) == AttackConfiguration(kind: .bandwagon))
    }

    @Test func unknownKeysAreRejectedWithASuggestion() {
        #expect {
            try Self.decode(#"{"kind": "random", "fake_user": {"count": 3}}"#)
        } throws: { error in
            "\(error)".contains("unknown key 'fake_user'; did you mean 'fake_users'?")
        }
    }

    @Test(arguments: [
        #"{"fake_users": {"count": 3, "fraction": 0.1}}"#, #"{"fake_users": {}}"#,
        #"{"filler": {"ratio": 0.1}}"#, #"{"targets": {"ids": ["1"], "pool": "random", "count": 1}}"#,
        #"{"kind": "gan"}"#,
    ])
    func ambiguousOrUnknownValuesAreRejected(text: String) {
        #expect(throws: DecodingError.self) { try Self.decode(text) }
    }

    @Test func selectedCountOnlyForAttacksWithSelectedItems() throws {
        #expect(try AttackConfiguration(kind: .segment).resolvedSelectedCount() == AttackConfiguration.defaultSelectedCount)
        #expect(try AttackConfiguration(kind: .segment, selectedCount: 3).resolvedSelectedCount() == 3)
        #expect(try AttackConfiguration(kind: .average).resolvedSelectedCount() == 0)
        #expect(throws: DataError.self) { try AttackConfiguration(kind: .average, selectedCount: 3).resolvedSelectedCount() }
    }
}
