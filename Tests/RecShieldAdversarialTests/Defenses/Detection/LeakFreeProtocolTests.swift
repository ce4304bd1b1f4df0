import Foundation
import RecShieldCore
import Testing
@testable import RecShieldAdversarial

@Suite struct LeakFreeProtocolTests {
    @Test(arguments: ShillingAttackKind.allCases)
    func trainingAttacksNeverUseTheTestKindOrSeed(kind: ShillingAttackKind) throws {
        let test = AttackConfiguration(kind: kind, goal: .nuke, seed: 7)
        let configurations = try LeakFreeProtocol().trainingConfigurations(avoiding: test)
        // 5 other kinds × 1 goal × 3 fake-user sizes × 2 filler sizes.
        #expect(configurations.count == 30)
        #expect(configurations.allSatisfy { $0.kind != kind && $0.seed != 7 && $0.goal == .nuke })
        #expect(Set(configurations.map(\.seed)).count == 30)
        #expect(Set(configurations.map(\.kind)) == Set(ShillingAttackKind.allCases).subtracting([kind]))
    }

    @Test func aSeedEqualToTheTestSeedIsSkipped() throws {
        let settings = LeakFreeProtocol(kinds: [.random], fakeUserFractions: [0.1], fillerFractions: [0.1], seed: 3)
        let first = try settings.trainingConfigurations(avoiding: nil)
        let avoiding = try settings.trainingConfigurations(avoiding: AttackConfiguration(kind: .average, seed: first[0].seed))
        #expect(avoiding.count == 1 && avoiding[0].seed != first[0].seed)
    }

    @Test func unknownTestAttacksUseEveryKindAndPush() throws {
        let configurations = try LeakFreeProtocol(fakeUserFractions: [0.05], fillerFractions: [0.02]).trainingConfigurations(avoiding: nil)
        #expect(configurations.map(\.kind) == ShillingAttackKind.allCases)
        #expect(configurations.allSatisfy { $0.goal == .push && $0.fakeUsers == .fraction(0.05) && $0.filler == .fraction(0.02) })
    }

    @Test func noKindLeftOrNoSizeIsAnError() {
        let onlyTestKind = LeakFreeProtocol(kinds: [.random])
        #expect(throws: DataError.self) { try onlyTestKind.trainingConfigurations(avoiding: AttackConfiguration(kind: .random)) }
        #expect(throws: DataError.self) { try LeakFreeProtocol(fakeUserFractions: []).trainingConfigurations(avoiding: nil) }
        // Keeping the test kind is allowed when asked for explicitly.
        let keeping = LeakFreeProtocol(kinds: [.random], excludesTestKind: false)
        #expect((try? keeping.trainingConfigurations(avoiding: AttackConfiguration(kind: .random)))?.count == 6)
    }

    @Test func trainingArtefactsComeFromTheCleanData() throws {
        let settings = LeakFreeProtocol(kinds: [.average, .random], fakeUserFractions: [0.1], fillerFractions: [0.1])
        let artefacts = try settings.trainingArtefacts(
            clean: DetectionFixtures.synthetic, format: .movielensCSV, avoiding: DetectionFixtures.configuration(.random))
        #expect(artefacts.map(\.provenance.attack.kindName) == ["average"])
        #expect(artefacts[0].provenance.inputSHA256 == DetectionFixtures.synthetic.canonicalSHA256())
    }

    @Test func jsonUsesSnakeCaseAndRejectsUnknownKeys() throws {
        let json = #"{"kinds":["random"],"fake_user_fractions":[0.05],"seed":9}"#
        let decoded = try JSONDecoder().decode(LeakFreeProtocol.self, from: Data(json.utf8))
        #expect(decoded == LeakFreeProtocol(kinds: [.random], fakeUserFractions: [0.05], seed: 9))
        let encoded = String(decoding: try JSONEncoder().encode(decoded), as: UTF8.self)
        #expect(encoded.contains(#""excludes_test_kind":true"#) && encoded.contains(#""filler_fractions""#))
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(LeakFreeProtocol.self, from: Data(#"{"fake_user_fraction":[0.05]}"#.utf8))
        }
    }
}
