import ArgumentParser
import Foundation
import RecShield
import RecShieldTestSupport
import Testing
@testable import RecShieldCLI

@Suite struct DataInspectCommandTests {
    static let ratings = "userId,movieId,rating,timestamp\n1,10,4.0,0\n1,20,2.0,86400\n2,10,5.0,172800\n"

    @Test func printsASummaryTable() throws {
        let folder = TemporaryDirectory()
        folder.write("ratings.csv", Self.ratings)
        folder.write("movies.csv", "movieId,title,genres\n10,Ten,Drama|War\n20,Twenty,Drama\n")
        let command = try DataInspectCommand.parse([folder.path])
        let output = try command.output()
        let lines = output.split(separator: "\n").map(String.init)
        #expect(lines.contains("Users                   2"))
        #expect(lines.contains("Interactions            3"))
        #expect(lines.contains("Per user                min 1, median 1.5, mean 1.5, max 2"))
        #expect(lines.contains("Time span               1970-01-01 to 1970-01-03"))
        #expect(lines.contains("Genres                  2 genres on 2 items"))
        #expect(lines.contains("  5.0  1   33.3%  #############"))
    }

    @Test func printsJSONStatistics() throws {
        let folder = TemporaryDirectory()
        let path = folder.write("ratings.csv", Self.ratings)
        let output = try DataInspectCommand.parse([path, "--json"]).output()
        let decoded = try JSONDecoder().decode(DatasetStatistics.self, from: Data(output.utf8))
        #expect(decoded.users == 2 && decoded.items == 2 && decoded.interactions == 3)
        #expect(output.contains("\"top20_share\""))
    }

    @Test func readsDelimitedFilesWithFormatOptions() throws {
        let folder = TemporaryDirectory()
        let path = folder.write("log.txt", "ts\tuser\titem\n5\ta\tx\n6\tb\tx\n")
        let command = try DataInspectCommand.parse([path, "--separator", "\\t", "--header", "--columns", "_,user,item", "--json"])
        let decoded = try JSONDecoder().decode(DatasetStatistics.self, from: Data(try command.output().utf8))
        #expect(decoded.users == 2 && decoded.items == 1 && decoded.ratingHistogram == nil)
    }

    @Test func aBadFileThrowsTheDataError() throws {
        let folder = TemporaryDirectory()
        let path = folder.write("ratings.csv", "userId,movieId,rating,timestamp\n1,10,nan,0\n")
        let command = try DataInspectCommand.parse([path])
        #expect(throws: DataError.malformedRow(
            path: path, line: 2, text: "1,10,nan,0", reason: "rating 'nan' is not a finite number")
        ) { try command.output() }
        let exitCode = CommandFailure.wrapping(DataError.malformedRow(path: path, line: 2, text: "", reason: ""))
        #expect((exitCode as? ExitCode)?.rawValue == 65)
    }

    @Test func invalidColumnsAreAUsageError() {
        #expect(throws: (any Error).self) { try DataInspectCommand.parse(["x.csv", "--columns", "user,score"]) }
        #expect(throws: (any Error).self) { try DataInspectCommand.parse(["x.csv", "--format", "excel"]) }
    }

    @Test func groupsThousands() {
        #expect(DataInspectCommand.grouped(0) == "0")
        #expect(DataInspectCommand.grouped(999) == "999")
        #expect(DataInspectCommand.grouped(100_836) == "100,836")
        #expect(DataInspectCommand.grouped(-1_234_567) == "-1,234,567")
    }
}
