import RecShieldCore
import RecShieldTestSupport
import Testing
@testable import RecShieldAdversarial

@Suite struct UserLabelsTests {
    static func parse(_ text: String) throws -> UserLabels {
        try UserLabels(parsing: Array(text.utf8), path: "labels.txt")
    }

    @Test func spacesTabsCommasHeadersCommentsAndWindowsLineEnds() throws {
        let labels = try Self.parse("user_id,label\r\n# spammers\n7 1\r\n8\t0\n9,1\nfirst last  0\n\n10 , 1\n")
        #expect(labels.labels == ["7": true, "8": false, "9": true, "first last": false, "10": true])
        #expect(labels.fakeCount == 3)
    }

    @Test(arguments: [
        ("u1 1\nu2 2\n", "labels.txt:2: expected 'raw_user_id label' with label 0 (real) or 1 (fake): \"u2 2\""),
        ("u1\n", "labels.txt:1: expected 'raw_user_id label' with label 0 (real) or 1 (fake): \"u1\""),
        ("u1 1\n\nu1 0\n", "labels.txt:3: user 'u1' is labelled twice: \"u1 0\""),
        ("u1 1\n , 0\n", "labels.txt:2: the user ID is empty: \" , 0\""),
        ("u1 1\nuser label\n", "labels.txt:2: expected 'raw_user_id label' with label 0 (real) or 1 (fake): \"user label\""),
    ])
    func malformedLinesNameTheFileAndLine(text: String, message: String) {
        #expect { try Self.parse(text) } throws: { ($0 as? DataError)?.description == message }
    }

    @Test func emptyFilesAndBadBytesAreErrors() {
        #expect(throws: DataError.emptyFile(path: "labels.txt")) { try Self.parse("# nothing\n\n") }
        #expect(throws: DataError.undecodableBytes(path: "labels.txt", line: 2, encoding: "UTF-8")) {
            try UserLabels(parsing: Array("a 1\n".utf8) + [0xFF, 0x20, 0x31], path: "labels.txt")
        }
    }

    @Test func readsFilesAndResolvesAgainstAUserMap() throws {
        let folder = TemporaryDirectory()
        folder.write("labels.txt", "u2 1\nu4 0\nghost 1\n")
        let labels = try UserLabels.read(from: folder.file("labels.txt"))
        let profiles = try LabelledProfiles(data: DetectionFixtures.handMade, labels: labels)
        #expect(profiles.labels == [nil, true, nil, false])
        #expect(profiles.labelledActiveUsers == [1, 3])
        #expect(throws: DataError.fileNotFound(path: folder.file("missing.txt"))) {
            try UserLabels.read(from: folder.file("missing.txt"))
        }
        #expect(throws: DataError.self) { try UserLabels(["ghost": true]).resolved(for: DetectionFixtures.handMade.userIDs) }
    }
}
