import RecShieldTestSupport
import Testing
@testable import RecShieldCore

@Suite struct FormatDetectionTests {
    @Test(arguments: [
        ("u.data", DataFormat.movielens100k), ("ratings.dat", .movielens1m), ("ratings.csv", .movielensCSV),
        ("ml-1m.inter", .recbole), ("/data/ml/u.data", .movielens100k),
    ])
    func fileNamesImplyFormats(_ name: String, _ format: DataFormat) {
        #expect(FormatDetection.formatFromName(name) == format)
    }

    @Test(arguments: ["data.csv", ".inter", "u.item", "ratings.txt"])
    func otherNamesImplyNothing(_ name: String) {
        #expect(FormatDetection.formatFromName(name) == nil)
    }

    @Test(arguments: [
        ("userId,movieId,rating,timestamp\n1,2,3,4\n", DataFormat.movielensCSV),
        ("user_id:token\titem_id:token\n1\t2\n", .recbole),
        ("1::2::3.5::978300760\n", .movielens1m),
        ("196\t242\t3\t881250949\n", .movielens100k),
        ("\u{FEFF}\n196\t242\t3\t881250949\n", .movielens100k),
    ])
    func firstLinesImplyFormats(_ content: String, _ format: DataFormat) throws {
        let file = TextFile(path: "x", bytes: Array(content.utf8))
        #expect(try FormatDetection.sniff(file) == format)
    }

    @Test func renamedFilesAreDetectedFromContent() throws {
        let folder = TemporaryDirectory()
        let path = folder.write("train.txt", "1::10::4::100\n")
        let loaded = try DatasetLoader.load(path)
        #expect(loaded.report.format == .movielens1m)
    }

    @Test func delimitedOptionsSelectTheDelimitedFormat() throws {
        let folder = TemporaryDirectory()
        let path = folder.write("ratings.csv", "1,10\n")
        let loaded = try DatasetLoader.load(path, options: LoadOptions(columns: ColumnSpec(parsing: "user,item")))
        #expect(loaded.report.format == .delimited)
    }
}

extension FormatDetectionTests {
    @Test func delimitedOptionsWithAnotherFormatAreAnError() throws {
        let folder = TemporaryDirectory()
        let path = folder.write("ratings.dat", "1::10::4::100\n")
        #expect(throws: DataError.invalidParameter(
            name: "format", value: "movielens-1m",
            expected: "delimited (or auto) when a separator, columns or a header are given")
        ) { try DatasetLoader.load(path, format: .movielens1m, options: LoadOptions(separator: "::")) }
    }
}
