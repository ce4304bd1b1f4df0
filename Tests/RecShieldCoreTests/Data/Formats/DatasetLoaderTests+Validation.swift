import RecShieldTestSupport
import Testing
@testable import RecShieldCore

extension DatasetLoaderTests {
    /// A malformed `ratings.csv` body (after the header) and the error it must raise.
    struct MalformedCase: CustomTestStringConvertible, Sendable {
        let body: String
        let line: Int
        let text: String
        let reason: String
        var testDescription: String { reason }
    }

    static let header = "userId,movieId,rating,timestamp\n"

    static let malformedCases: [MalformedCase] = [
        MalformedCase(
            body: "1,2,3.5,100\n1,3,4\n", line: 3, text: "1,3,4",
            reason: "expected 4 columns separated by ',', found 3"),
        MalformedCase(
            body: "1,3,4,100,extra\n", line: 2, text: "1,3,4,100,extra",
            reason: "expected 4 columns separated by ',', found 5"),
        MalformedCase(
            body: "1,2,3.5,100\n1,3,good,100\n", line: 3, text: "1,3,good,100",
            reason: "rating 'good' is not a number"),
        MalformedCase(body: "1,3,nan,100\n", line: 2, text: "1,3,nan,100", reason: "rating 'nan' is not a finite number"),
        MalformedCase(body: "1,3,inf,100\n", line: 2, text: "1,3,inf,100", reason: "rating 'inf' is not a finite number"),
        MalformedCase(body: "1,3,1e50,100\n", line: 2, text: "1,3,1e50,100", reason: "rating '1e50' is not a finite number"),
        MalformedCase(body: "1,3,,100\n", line: 2, text: "1,3,,100", reason: "rating '' is not a number"),
        MalformedCase(
            body: "1,3,4,noon\n", line: 2, text: "1,3,4,noon",
            reason: "timestamp 'noon' is not a whole number of seconds"),
        MalformedCase(
            body: "1,3,4,12.5\n", line: 2, text: "1,3,4,12.5",
            reason: "timestamp '12.5' is not a whole number of seconds"),
        MalformedCase(
            body: "1,3,4,99999999999999999999\n", line: 2, text: "1,3,4,99999999999999999999",
            reason: "timestamp '99999999999999999999' is not a whole number of seconds"),
        MalformedCase(body: ",3,4,100\n", line: 2, text: ",3,4,100", reason: "empty user ID"),
        MalformedCase(body: "1,,4,100\n", line: 2, text: "1,,4,100", reason: "empty item ID"),
        MalformedCase(
            body: "1,2,3,4\n\n1,3,4,100\n", line: 3, text: "",
            reason: "empty row; remove blank lines between data rows"),
        MalformedCase(
            body: "1,\"3,4,100\n2,3,4,100\n", line: 2, text: "1,\"3,4,100",
            reason: "a quoted field has no closing quote"),
        MalformedCase(
            body: "1,\"3\"x,4,100\n", line: 2, text: "1,\"3\"x,4,100",
            reason: "text follows a closing quote; double quotes inside a quoted field"),
    ]

    @Test(arguments: malformedCases)
    func malformedRowsNameFileLineAndText(_ testCase: MalformedCase) throws {
        let folder = TemporaryDirectory()
        let path = folder.write("ratings.csv", Self.header + testCase.body)
        #expect(throws: DataError.malformedRow(path: path, line: testCase.line, text: testCase.text, reason: testCase.reason)) {
            try DatasetLoader.load(path)
        }
    }

    @Test(arguments: ["", "\n\n", Self.header, Self.header + "\r\n  \n"])
    func filesWithoutDataRowsAreEmpty(_ content: String) throws {
        let folder = TemporaryDirectory()
        let path = folder.write("ratings.csv", content)
        #expect(throws: DataError.emptyFile(path: path)) { try DatasetLoader.load(path) }
    }

    @Test func aMissingHeaderColumnIsNamed() throws {
        let folder = TemporaryDirectory()
        let path = folder.write("ratings.csv", "userId,itemId,rating,timestamp\n1,2,3,4\n")
        #expect(throws: DataError.missingColumn(path: path, column: "movieId", header: "userId,itemId,rating,timestamp")) {
            try DatasetLoader.load(path)
        }
    }

    @Test func aMissingRecBoleColumnIsNamed() throws {
        let folder = TemporaryDirectory()
        let path = folder.write("x.inter", "user_id:token\trating:float\n1\t2\n")
        #expect(throws: DataError.missingColumn(path: path, column: "item_id:token", header: "user_id:token\trating:float")) {
            try DatasetLoader.load(path)
        }
    }

    @Test func invalidUTF8IsReportedWithItsLine() throws {
        let folder = TemporaryDirectory()
        let bytes = Array((Self.header + "1,2,3,4\nu").utf8) + [0xC3, 0x28] + Array(",2,3,4\n".utf8)
        let path = folder.write("ratings.csv", bytes: bytes)
        #expect(throws: DataError.undecodableBytes(path: path, line: 3, encoding: "UTF-8")) { try DatasetLoader.load(path) }
    }

    @Test(arguments: [[0xED, 0xA0, 0x80], [0xC0, 0xAF], [0xF4, 0x90, 0x80, 0x80], [0xE2, 0x82]] as [[UInt8]])
    func surrogatesOverlongsAndTruncatedSequencesAreNotUTF8(_ sequence: [UInt8]) throws {
        let folder = TemporaryDirectory()
        let path = folder.write("data.tsv", bytes: Array("a\tb\n".utf8) + sequence + Array("\tb\n".utf8))
        #expect(throws: DataError.undecodableBytes(path: path, line: 2, encoding: "UTF-8")) {
            try DatasetLoader.load(path, format: .delimited)
        }
    }

    @Test func missingPathsAndUnknownFormatsAreClear() throws {
        let folder = TemporaryDirectory()
        #expect(throws: DataError.fileNotFound(path: folder.file("nope.csv"))) {
            try DatasetLoader.load(folder.file("nope.csv"))
        }
        let path = folder.write("notes.txt", "hello world\n")
        #expect(throws: DataError.self) { try DatasetLoader.load(path) }
        do {
            _ = try DatasetLoader.load(path)
        } catch let DataError.unknownFormat(errorPath, reason) {
            #expect(errorPath == path)
            #expect(reason.contains("hello world"))
        }
        #expect(throws: DataError.unknownFormat(
            path: folder.path, reason: "the folder holds no u.data, ratings.dat, ratings.csv or a *.inter file")
        ) { try DatasetLoader.load(folder.path) }
    }

    @Test func aFolderWithTwoInteractionFilesAsksForOne() throws {
        let folder = TemporaryDirectory()
        folder.write("u.data", "1\t2\t3\t4\n")
        folder.write("ratings.dat", "1::2::3::4\n")
        #expect(throws: DataError.unknownFormat(path: folder.path, reason: "the folder holds ratings.dat, u.data; name one file")) {
            try DatasetLoader.load(folder.path)
        }
        #expect(try DatasetLoader.load(folder.path, format: .movielens1m).report.format == .movielens1m)
    }
}
