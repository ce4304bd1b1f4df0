import Foundation
import Testing
@testable import RecShieldCore

@Suite struct SplitCSVReaderTests {
    @Test func parsesRowsWithOptionalColumns() throws {
        let directory = try TinyDataset.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try TinyDataset.write("user,item,rating,timestamp\r\n\"a,b\",x,3.5,-7\r\nc,y,,\r\n", to: directory + "/p.csv")
        let file = try SplitCSVReader(path: directory + "/p.csv")
        #expect(file.rows.map(\.user) == ["a,b", "c"])
        #expect(file.rows.map(\.rating) == [3.5, nil])
        #expect(file.rows.map(\.timestamp) == [-7, nil])
        #expect(file.rows.map(\.line) == [2, 3])
        #expect(file.text(of: file.rows[0]) == "\"a,b\",x,3.5,-7")
    }

    @Test func headerOnlyFileHasNoRowsAndEmptyFileIsAnError() throws {
        let directory = try TinyDataset.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try TinyDataset.write("user,item,rating,timestamp\n", to: directory + "/a.csv")
        #expect(try SplitCSVReader(path: directory + "/a.csv").rows.isEmpty)
        try TinyDataset.write("", to: directory + "/b.csv")
        #expect(throws: DataError.emptyFile(path: directory + "/b.csv")) {
            try SplitCSVReader(path: directory + "/b.csv")
        }
    }
}
