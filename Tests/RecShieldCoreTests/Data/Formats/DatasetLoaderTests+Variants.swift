import RecShieldTestSupport
import Testing
@testable import RecShieldCore

extension DatasetLoaderTests {
    static let plainCSV = "userId,movieId,rating,timestamp\n1,10,4.5,100\n2,10,3,200\n"

    /// Legitimate spellings of `plainCSV` that must load to the same data set.
    static let variants: [(name: String, bytes: [UInt8])] = [
        ("CRLF line ends", Array(plainCSV.split(separator: "\n").map { $0 + "\r\n" }.joined().utf8)),
        ("byte-order mark", [0xEF, 0xBB, 0xBF] + Array(plainCSV.utf8)),
        ("trailing blank lines", Array((plainCSV + "\n\r\n  \n\t\n").utf8)),
        ("no final line end", Array(plainCSV.dropLast().utf8)),
        ("quoted last field and a final CR", Array("userId,movieId,rating,timestamp\r\n1,10,4.5,\"100\"\r\n2,10,3,\"200\"\r".utf8)),
        ("quoted fields", Array("userId,movieId,rating,timestamp\n\"1\",\"10\",\"4.5\",100\n2,\"10\",3,\"200\"\n".utf8)),
        ("reordered and extra columns", Array("timestamp,note,movieId,userId,rating\n100,\"a, b\",10,1,4.5\n200,,10,2,3\n".utf8)),
    ]

    @Test(arguments: variants.indices)
    func legitimateVariantsLoadTheSameData(_ index: Int) throws {
        let folder = TemporaryDirectory()
        let reference = try DatasetLoader.load(folder.write("ratings.csv", Self.plainCSV)).dataset
        let other = TemporaryDirectory()
        let path = other.write("ratings.csv", bytes: Self.variants[index].bytes)
        let loaded = try DatasetLoader.load(path)
        #expect(loaded.dataset == reference, "\(Self.variants[index].name)")
        #expect(loaded.report.rowsRead == 2)
    }

    @Test func multiCharacterSeparatorsWork() throws {
        let folder = TemporaryDirectory()
        let path = folder.write("x.txt", "u1<->i:1<->5\nu2<->i:2<->1.25\n")
        let loaded = try DatasetLoader.load(path, options: LoadOptions(separator: "<->"))
        #expect(Self.rows(loaded.dataset) == ["u1→i:1 5.0", "u2→i:2 1.25"])
    }

    @Test func rawIDsArePreservedExactly() throws {
        let folder = TemporaryDirectory()
        let path = folder.write("ids.csv", "007,7\n7,007\n0,00\n-1,+1\n12345678901234567890,7\n")
        let loaded = try DatasetLoader.load(path, options: LoadOptions(separator: ","))
        #expect(loaded.dataset.userIDs.rawIDs == ["007", "7", "0", "-1", "12345678901234567890"])
        #expect(loaded.dataset.itemIDs.rawIDs == ["7", "007", "00", "+1"])
        #expect(loaded.dataset.items == [0, 1, 2, 3, 0])
    }

    @Test func quotedNewlinesCountAsLines() throws {
        let folder = TemporaryDirectory()
        let path = folder.write("q.csv", "user,item\n\"a\nb\",x\nc,y\nd\n")
        #expect(throws: DataError.malformedRow(
            path: path, line: 5, text: "d", reason: "expected 2 columns separated by ',', found 1")
        ) { try DatasetLoader.load(path, options: LoadOptions(columns: ColumnSpec(parsing: "user,item"), hasHeader: true)) }
    }

    // MARK: - Bad rows

    @Test func skippedRowsAreCountedAndTheFirstOnesKept() throws {
        let folder = TemporaryDirectory()
        var body = Self.header + "1,10,4,100\n"
        for k in 0..<12 { body += "1,\(k),bad,100\n" }
        body += "2,10,5,100\n"
        let path = folder.write("ratings.csv", body)
        let loaded = try DatasetLoader.load(path, options: LoadOptions(badRowPolicy: .skip))
        #expect(loaded.dataset.count == 2)
        #expect(loaded.report.rowsRead == 2)
        #expect(loaded.report.rowsSkipped == 12)
        #expect(loaded.report.firstSkippedRows.count == 10)
        #expect(loaded.report.firstSkippedRows.first == .malformedRow(
            path: path, line: 3, text: "1,0,bad,100", reason: "rating 'bad' is not a number"))
        #expect(loaded.dataset.itemIDs.rawIDs == ["10"], "items of skipped rows are not added")
        let warning = try #require(loaded.report.warning)
        #expect(warning.hasPrefix("skipped 12 malformed rows (first: \(path):3:"))
    }

    @Test func skippedRowsInSideFilesAreCountedToo() throws {
        let folder = TemporaryDirectory()
        folder.write("ratings.csv", Self.header + "1,10,4,100\n")
        folder.write("movies.csv", "movieId,title,genres\n10,Ten,Drama\n11,Eleven\n")
        let loaded = try DatasetLoader.load(folder.path, options: LoadOptions(badRowPolicy: .skip))
        #expect(loaded.report.rowsSkipped == 1)
        #expect(Self.categories(loaded.itemCategories, of: "10", in: loaded.dataset) == ["Drama"])
        #expect(throws: DataError.malformedRow(
            path: folder.file("movies.csv"), line: 3, text: "11,Eleven", reason: "expected 3 fields, found 2")
        ) { try DatasetLoader.load(folder.path) }
    }

    @Test func whenEveryRowIsBadTheFirstProblemIsThrown() throws {
        let folder = TemporaryDirectory()
        let path = folder.write("ratings.csv", Self.header + "1,2,x,3\n1,2,y,3\n")
        #expect(throws: DataError.malformedRow(path: path, line: 2, text: "1,2,x,3", reason: "rating 'x' is not a number")) {
            try DatasetLoader.load(path, options: LoadOptions(badRowPolicy: .skip))
        }
    }

    // MARK: - Duplicates

    static let duplicated = header + "1,10,2,100\n2,10,5,150\n1,10,4,300\n1,20,1,50\n1,10,3,200\n"

    @Test func keepLastKeepsTheLastRowInItsPlace() throws {
        let folder = TemporaryDirectory()
        let loaded = try DatasetLoader.load(folder.write("ratings.csv", Self.duplicated))
        #expect(Self.rows(loaded.dataset) == ["2→10 5.0 @150", "1→20 1.0 @50", "1→10 3.0 @200"])
        #expect(loaded.report.duplicatePairs == 1)
        #expect(loaded.report.duplicateRowsMerged == 2)
        #expect(loaded.report.rowsRead == 5)
        #expect(loaded.report.warning == "merged 2 duplicate rows of 1 repeated (user, item) pair")
    }

    @Test func meanAveragesRatingsAndKeepsTheLatestTimestamp() throws {
        let folder = TemporaryDirectory()
        let path = folder.write("ratings.csv", Self.duplicated)
        let loaded = try DatasetLoader.load(path, options: LoadOptions(duplicatePolicy: .mean))
        #expect(Self.rows(loaded.dataset) == ["2→10 5.0 @150", "1→20 1.0 @50", "1→10 3.0 @300"])
    }

    @Test func errorPolicyNamesTheFirstRepeat() throws {
        let folder = TemporaryDirectory()
        let path = folder.write("ratings.csv", Self.header + "9,9,1,1\nbad\n" + "1,10,2,100\n1,10,4,300\n")
        #expect(throws: DataError.duplicateInteraction(path: path, line: 5, user: "1", item: "10")) {
            try DatasetLoader.load(path, options: LoadOptions(badRowPolicy: .skip, duplicatePolicy: .error))
        }
    }

    @Test func implicitDuplicatesMergeToOneInteraction() throws {
        let folder = TemporaryDirectory()
        let path = folder.write("clicks.txt", "a,x\nb,x\na,x\n")
        let loaded = try DatasetLoader.load(path, options: LoadOptions(duplicatePolicy: .mean, separator: ","))
        #expect(Self.rows(loaded.dataset) == ["b→x", "a→x"])
    }
}
