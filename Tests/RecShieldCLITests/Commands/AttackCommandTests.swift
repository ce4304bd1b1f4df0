import ArgumentParser
import Foundation
import RecShield
import RecShieldTestSupport
import Testing
@testable import RecShieldCLI

@Suite struct AttackCommandTests {
    static let ratings = """
        userId,movieId,rating,timestamp
        1,10,4.0,100
        1,20,3.5,110
        1,30,5.0,120
        2,10,2.0,130
        2,40,1.0,140
        3,10,4.5,150
        3,20,0.5,160

        """

    static func folder() -> TemporaryDirectory {
        let folder = TemporaryDirectory()
        folder.write("data/ratings.csv", ratings)
        return folder
    }

    @Test func writesTheArtefactAndASummary() throws {
        let folder = Self.folder()
        let command = try AttackCommand.parse([
            "--data", folder.file("data"), "--kind", "bandwagon", "--fake-user-count", "2", "--filler-count", "1",
            "--selected-count", "1", "--target-ids", "40", "--seed", "3", "--out", folder.file("out"),
        ])
        let output = try command.output()
        let lines = output.split(separator: "\n").map(String.init)
        #expect(lines.contains("Attack               bandwagon (push), seed 3"))
        #expect(lines.contains("Targets              40"))
        #expect(lines.contains("Selected items       1: 10"))
        #expect(lines.contains("Fake profiles        2 (66.7% of real users)"))
        #expect(lines.contains("Injected             6 ratings (85.7% of real ones)"))
        let artefact = try AttackArtefact.read(from: folder.file("out"))
        #expect(artefact.fakeUsers == [3, 4])
        #expect(artefact.poisoned.userIDs.rawIDs == ["1", "2", "3", "fake-1", "fake-2"])
        #expect(artefact.provenance.attack.targets == .ids(["40"]))
    }

    @Test func printsJSONWithSnakeCaseKeys() throws {
        let folder = Self.folder()
        let output = try AttackCommand.parse([
            "--data", folder.file("data/ratings.csv"), "--kind", "love-hate", "--goal", "nuke", "--targets", "popular:1",
            "--fake-user-fraction", "0.5", "--filler-fraction", "0.5", "--out", folder.file("out"), "--json",
        ]).output()
        let object = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
        #expect(object["output_directory"] as? String == folder.file("out"))
        #expect(object["files"] as? [String] == ["ratings.csv", "labels.txt", "provenance.json"])
        let provenance = try #require(object["provenance"] as? [String: Any])
        #expect(provenance["target_items"] as? [String] == ["10"])
        let cost = try #require(object["cost"] as? [String: Any])
        // 3 users × 0.5 = 1.5 → 2 profiles; 4 items × 0.5 = 2 fillers; 2 × (1 + 2) = 6 injected.
        #expect(cost["fake_profiles"] as? Int == 2 && cost["injected_interactions"] as? Int == 6)
    }

    @Test(arguments: [
        ["--fake-user-fraction", "0.1", "--fake-user-count", "3"],
        ["--filler-fraction", "0.1", "--filler-count", "3"],
        ["--targets", "unpopular:2", "--target-ids", "10"],
        ["--fake-user-fraction", "1.5"],
        ["--fake-user-count", "0"],
        ["--filler-fraction", "0"],
        ["--targets", "famous:2"],
        ["--target-ids", "10,,20"],
        ["--selected-count", "3"],
        ["--kind", "drift"],
        ["--goal", "sideways"],
    ])
    func conflictingOrInvalidFlagsAreUsageErrors(extra: [String]) {
        var arguments = ["--data", "x.csv", "--out", "o"]
        if !extra.contains("--kind") { arguments += ["--kind", "random"] }
        #expect(throws: (any Error).self) { try AttackCommand.parse(arguments + extra) }
    }

    @Test func requiresDataKindAndOut() {
        #expect(throws: (any Error).self) { try AttackCommand.parse(["--kind", "random", "--out", "o"]) }
        #expect(throws: (any Error).self) { try AttackCommand.parse(["--data", "x", "--out", "o"]) }
        #expect(throws: (any Error).self) { try AttackCommand.parse(["--data", "x", "--kind", "random"]) }
    }

    @Test func anUnknownTargetIsADataError() throws {
        let folder = Self.folder()
        let command = try AttackCommand.parse([
            "--data", folder.file("data"), "--kind", "random", "--target-ids", "99", "--out", folder.file("out"),
        ])
        #expect(throws: DataError.unknownID(kind: "target item", id: "99")) { try command.output() }
        #expect(!FileManager.default.fileExists(atPath: folder.file("out")))
    }
}
