import Foundation
import RecShieldCore
import RecShieldTestSupport
import Testing
@testable import RecShieldAdversarial

@Suite struct AttackArtefactTests {
    static let configuration = AttackConfiguration(
        kind: .bandwagon, fakeUsers: .count(2), filler: .count(2), selectedCount: 1,
        targets: .chosen(.unpopular, count: 1), goal: .push, seed: 5)

    static func artefact(format: DataFormat = .movielensCSV, data: InteractionDataset = AttackFixtures.rated) throws -> AttackArtefact {
        try AttackArtefact(attacking: data, format: format, configuration: configuration)
    }

    static func bytes(_ path: String) throws -> [UInt8] {
        try OutputFile.read(path)
    }

    @Test func labelsMarkEveryUserOnePerLine() throws {
        let text = try Self.artefact().labelsText()
        #expect(text == "u1 0\nu2 0\nu3 0\nu4 0\nu5 0\nu6 0\nfake-1 1\nfake-2 1\n")
    }

    @Test func provenanceRecordsTheResolvedAttack() throws {
        let artefact = try Self.artefact()
        let provenance = artefact.provenance
        #expect(provenance.attack == .shilling(Self.configuration))
        #expect(provenance.inputSHA256 == AttackFixtures.rated.canonicalSHA256())
        #expect(provenance.recshieldVersion == RecShieldVersion.current)
        #expect(provenance.targetItems.count == 1 && ["i6", "i7"].contains(provenance.targetItems[0]))
        #expect(provenance.selectedItems == ["i1"])
        #expect(provenance.fakeUsers == 2 && provenance.fillerCount == 2 && provenance.injectedInteractions == 8)
        #expect(provenance.dataFile == "ratings.csv" && provenance.rated && provenance.timed)
        let json = try AttackArtefact.json(provenance)
        for key in ["format_version", "recshield_version", "input_sha256", "input_users", "input_interactions",
                    "data_format", "data_file", "target_items", "selected_items", "fake_users", "filler_count",
                    "injected_interactions", "selected_count", "\"seed\" : 5", "\"pool\" : \"unpopular\""] {
            #expect(json.contains(key))
        }
        #expect(try artefact.targetItems() == [AttackFixtures.item(provenance.targetItems[0])])
        #expect(artefact.fakeUsers == [6, 7])
    }

    @Test(arguments: [DataFormat.movielensCSV, .movielens100k, .movielens1m, .recbole, .delimited])
    func writtenArtefactsReadBack(format: DataFormat) throws {
        let folder = TemporaryDirectory()
        let artefact = try Self.artefact(format: format)
        try artefact.write(to: folder.path)
        #expect(FileManager.default.fileExists(atPath: folder.file(artefact.provenance.dataFile)))
        let back = try AttackArtefact.read(from: folder.path)
        #expect(back == artefact)
    }

    @Test func implicitArtefactsReadBack() throws {
        let folder = TemporaryDirectory()
        let artefact = try Self.artefact(format: .recbole, data: AttackFixtures.rated.implicit())
        try artefact.write(to: folder.path)
        #expect(try AttackArtefact.read(from: folder.path) == artefact)
    }

    @Test func replayFromTheRecordIsByteIdentical() throws {
        let folder = TemporaryDirectory()
        // The clean data goes through a file, as on the command line.
        try DatasetWriter.writeInteractions(AttackFixtures.rated, format: .movielensCSV, toDirectory: folder.file("clean"))
        let clean = try DatasetLoader.load(folder.file("clean")).dataset
        try AttackArtefact(attacking: clean, format: .movielensCSV, configuration: Self.configuration).write(to: folder.file("first"))
        let recorded = try AttackArtefact.read(from: folder.file("first")).provenance
        let reloaded = try DatasetLoader.load(folder.file("clean")).dataset
        try AttackArtefact.replay(provenance: recorded, data: reloaded).write(to: folder.file("again"))
        for name in ["ratings.csv", AttackArtefact.labelsFileName, AttackArtefact.provenanceFileName] {
            let first = try Self.bytes(folder.file("first/" + name))
            let again = try Self.bytes(folder.file("again/" + name))
            #expect(!first.isEmpty && first == again)
        }
    }

    @Test func replayRejectsOtherData() throws {
        let provenance = try Self.artefact().provenance
        var other = AttackFixtures.rated
        other.ratings?[0] = 4
        #expect(throws: DataError.self) { try AttackArtefact.replay(provenance: provenance, data: other) }
    }
}

// MARK: - Reading bad artefacts

extension AttackArtefactTests {
    static func written() throws -> TemporaryDirectory {
        let folder = TemporaryDirectory()
        try artefact().write(to: folder.path)
        return folder
    }

    @Test func aMissingLabelIsAnError() throws {
        let folder = try Self.written()
        folder.write(AttackArtefact.labelsFileName, "u1 0\nu2 0\nu3 0\nu4 0\nu5 0\nfake-1 1\nfake-2 1\n")
        #expect(throws: DataError.unreadable(path: folder.file("labels.txt"), reason: "user 'u6' of the data has no label")) {
            try AttackArtefact.read(from: folder.path)
        }
    }

    @Test(arguments: [("u1 0\nu2 2\n", 2), ("u1 0\nu1\n", 2), ("u1 0\r\nu1 1\r\n", 2), (" 1\n", 1)])
    func malformedLabelLinesNameTheLine(text: String, line: Int) throws {
        let folder = try Self.written()
        folder.write(AttackArtefact.labelsFileName, text)
        #expect {
            try AttackArtefact.read(from: folder.path)
        } throws: { error in
            guard case let .malformedRow(path, errorLine, _, _) = error as? DataError else { return false }
            return path == folder.file("labels.txt") && errorLine == line
        }
    }

    @Test func fakeCountsMustMatchTheProvenance() throws {
        let folder = try Self.written()
        folder.write(AttackArtefact.labelsFileName, "u1 1\nu2 0\nu3 0\nu4 0\nu5 0\nu6 0\nfake-1 1\nfake-2 1\n")
        #expect(throws: DataError.self) { try AttackArtefact.read(from: folder.path) }
    }

    @Test func aDamagedProvenanceIsUnreadable() throws {
        let folder = try Self.written()
        folder.write(AttackArtefact.provenanceFileName, "{\"format_version\": 1}")
        #expect {
            try AttackArtefact.read(from: folder.path)
        } throws: { error in
            guard case let .unreadable(path, reason) = error as? DataError else { return false }
            return path.hasSuffix("provenance.json") && reason.contains("missing key")
        }
        let empty = TemporaryDirectory()
        #expect(throws: DataError.fileNotFound(path: empty.file("provenance.json"))) { try AttackArtefact.read(from: empty.path) }
    }
}
