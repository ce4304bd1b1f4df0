import Foundation
import Testing
@testable import RecShieldCore

@Suite struct DataSplitFilesTests {
    static let awkward = TinyDataset.make([
        (user: "u,1", item: "The \"Best\" item", rating: 4, time: 100), (user: "u2", item: "b", rating: 3.5, time: 50),
        (user: "u,1", item: "b", rating: 0.5, time: 101), (user: "u2", item: "c", rating: 5, time: 40),
        (user: "u3", item: "c", rating: 2, time: 10),
    ])

    @Test func writesTheCanonicalFormat() throws {
        let directory = try TinyDataset.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let split = try LeaveOneOutSplit().split(Self.awkward)
        try split.write(to: directory)
        #expect(try TinyDataset.text(directory + "/train.csv") == """
            user,item,rating,timestamp
            "u,1","The ""Best"" item",4.0,100
            u2,c,5.0,40
            u3,c,2.0,10

            """)
        #expect(try TinyDataset.text(directory + "/test.csv") == "user,item,rating,timestamp\nu2,b,3.5,50\n\"u,1\",b,0.5,101\n")
        #expect(!FileManager.default.fileExists(atPath: directory + "/validation.csv"))
        let manifest = try JSONDecoder().decode(
            SplitManifest.self, from: Data(contentsOf: URL(fileURLWithPath: directory + "/split.json")))
        #expect(manifest == split.manifest)
        #expect(try TinyDataset.text(directory + "/split.json").contains("\"strategy\" : \"leave-one-out\""))
    }

    @Test func roundTripKeepsRawRowsAndTheManifest() throws {
        let directory = try TinyDataset.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let data = TinyDataset.random(users: 15, items: 25, count: 120, seed: 6)
        let split = try RandomHoldoutSplit(testRatio: 0.2, validationRatio: 0.1, seed: .max).split(data)
        try split.write(to: directory + "/nested/split")
        let read = try DataSplit.read(from: directory + "/nested/split")
        #expect(TinyDataset.rawRows(read.train) == TinyDataset.rawRows(split.train))
        #expect(TinyDataset.rawRows(read.test) == TinyDataset.rawRows(split.test))
        #expect(TinyDataset.rawRows(try #require(read.validation)) == TinyDataset.rawRows(try #require(split.validation)))
        #expect(read.manifest == split.manifest)
        #expect(read.seed == .max)
        #expect(read.test.userIDs == read.train.userIDs && read.validation?.itemIDs == read.train.itemIDs)
        // Writing what was read gives the same bytes.
        try read.write(to: directory + "/again")
        for name in ["train.csv", "validation.csv", "test.csv", "split.json"] {
            #expect(try TinyDataset.text(directory + "/again/" + name) == TinyDataset.text(directory + "/nested/split/" + name))
        }
    }

    @Test func roundTripOfImplicitUntimedDataUsesEmptyFields() throws {
        let directory = try TinyDataset.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let data = TinyDataset.pairs([("a", "x"), ("a", "y"), ("b", "x"), ("b", "z"), ("a", "z")])
        let split = try KFoldSplit(folds: 2, seed: 1).split(data, fold: 0)
        try split.write(to: directory)
        #expect(try TinyDataset.text(directory + "/train.csv").hasSuffix(",,\n"))
        let read = try DataSplit.read(from: directory)
        #expect(read.train.ratings == nil && read.test.timestamps == nil)
        #expect(TinyDataset.rawRows(read.train) == TinyDataset.rawRows(split.train))
        #expect(read.parameters == SplitParameters(folds: 2, fold: 0))
    }
}

extension DataSplitFilesTests {
    // MARK: - Malformed input

    /// Writes a valid two-row split into a fresh directory, then replaces `name` with `text`.
    static func corrupted(_ name: String, _ text: String) throws -> String {
        let directory = try TinyDataset.temporaryDirectory()
        let data = TinyDataset.make([
            (user: "u", item: "a", rating: 1, time: 1), (user: "u", item: "b", rating: 2, time: 2),
        ])
        try LeaveOneOutSplit().split(data).write(to: directory)
        try TinyDataset.write(text, to: directory + "/" + name)
        return directory
    }

    @Test(arguments: [
        ("user,item,rating,timestamp\nu,a,1.0,1\nu,c,high,3\n", 3, "the rating 'high' is not a finite number"),
        ("user,item,rating,timestamp\nu,a,1.0\n", 2, "expected 4 fields (user,item,rating,timestamp), found 3"),
        ("user,item,rating,timestamp\n,a,1.0,1\n", 2, "the user ID is empty"),
        ("user,item,rating,timestamp\nu,a,1.0,1.5\n", 2, "the timestamp '1.5' is not a whole number of seconds"),
        ("user,item,rating,timestamp\n\nu,a,1.0,1\nu,c,,3\n", 4,
         "every row of a split must have a rating (and a timestamp) or none"),
        ("user,item,rating,timestamp\nu,a,1.0,1\nu,a,2.0,2\n", 3,
         "user u and item a already occur at train.csv:2; a split holds each pair once"),
    ])
    func malformedRowsNameFileAndLine(text: String, line: Int, reason: String) throws {
        let directory = try Self.corrupted("train.csv", text)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let error = try #require(throws: DataError.self) { try DataSplit.read(from: directory) }
        #expect(error.description.hasPrefix("\(directory)/train.csv:\(line): "))
        #expect(error.description.contains(reason))
    }

    @Test func pairRepeatedAcrossFilesIsAnError() throws {
        let directory = try Self.corrupted("test.csv", "user,item,rating,timestamp\nu,a,2.0,2\n")
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let error = try #require(throws: DataError.self) { try DataSplit.read(from: directory) }
        #expect(error.description.hasPrefix("\(directory)/test.csv:2: user u and item a already occur at train.csv:2"))
    }

    @Test func wrongHeaderIsAMissingColumn() throws {
        let directory = try Self.corrupted("test.csv", "user,movie,rating,timestamp\nu,b,2.0,2\n")
        defer { try? FileManager.default.removeItem(atPath: directory) }
        #expect(throws: DataError.missingColumn(
            path: directory + "/test.csv", column: "item", header: "user,movie,rating,timestamp")) {
            try DataSplit.read(from: directory)
        }
    }

    @Test func countsThatDisagreeWithTheManifestAreAnError() throws {
        let directory = try Self.corrupted("test.csv", "user,item,rating,timestamp\n")
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let error = try #require(throws: DataError.self) { try DataSplit.read(from: directory) }
        #expect(error.description.contains("differ from the CSV files'"))
    }

    @Test func missingOrInvalidManifest() throws {
        let directory = try Self.corrupted("split.json", "{\"strategy\": \"shuffle\"}")
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let error = try #require(throws: DataError.self) { try DataSplit.read(from: directory) }
        #expect(error.description.hasPrefix("\(directory)/split.json: cannot read the file (not a split manifest"))
        try FileManager.default.removeItem(atPath: directory + "/split.json")
        #expect(throws: DataError.fileNotFound(path: directory + "/split.json")) { try DataSplit.read(from: directory) }
    }

    @Test func unwritableDirectoryIsAnError() throws {
        let directory = try TinyDataset.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try TinyDataset.write("not a directory", to: directory + "/file")
        let split = try LeaveOneOutSplit().split(TinyDataset.make([(user: "u", item: "a", rating: 1, time: 1)]))
        let error = try #require(throws: DataError.self) { try split.write(to: directory + "/file/split") }
        #expect(error.description.hasPrefix("\(directory)/file/split: cannot write the file"))
    }
}
