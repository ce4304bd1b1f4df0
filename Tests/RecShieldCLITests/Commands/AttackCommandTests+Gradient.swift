import Foundation
import RecShield
import RecShieldTestSupport
import Testing
@testable import RecShieldCLI

extension AttackCommandTests {
    // MARK: - Gradient poisoning

    @Test func gradientKindWritesAnArtefactWithItsSettings() throws {
        let folder = CommandFixtures.folder()
        let command = try AttackCommand.parse([
            "--data", folder.file("data"), "--kind", "gradient", "--fake-user-count", "3", "--filler-count", "4",
            "--targets", "unpopular:1", "--rounds", "2", "--surrogate-factors", "3", "--seed", "7", "--out", folder.file("out"),
        ])
        let lines = try command.output().split(separator: "\n").map(String.init)
        #expect(lines.contains("Attack               gradient (push), seed 7"))
        let artefact = try AttackArtefact.read(from: folder.file("out"))
        guard case let .gradient(configuration) = artefact.provenance.attack else {
            Issue.record("the provenance does not record gradient poisoning")
            return
        }
        #expect(configuration.rounds == 2 && configuration.surrogateFactors == 3 && configuration.seed == 7)
        #expect(artefact.fakeUsers.count == 3 && artefact.provenance.fillerCount == 4)
        let json = String(decoding: try OutputFile.read(folder.file("out/provenance.json")), as: UTF8.self)
        #expect(json.contains("\"kind\" : \"gradient\"") && json.contains("\"surrogate_factors\" : 3"))
    }

    @Test(arguments: [
        ["--kind", "gradient", "--goal", "nuke"],
        ["--kind", "gradient", "--selected-count", "2"],
        ["--kind", "random", "--rounds", "2"],
        ["--kind", "bandwagon", "--surrogate-factors", "8"],
        ["--kind", "gradient", "--rounds", "0"],
        ["--kind", "gradient", "--surrogate-factors", "0"],
    ])
    func gradientOnlyFlagsAreUsageErrors(arguments: [String]) {
        #expect(throws: (any Error).self) { try AttackCommand.parse(["--data", "x.csv", "--out", "o"] + arguments) }
    }
}
