import Foundation
import Testing
@testable import RecShieldCore

@Suite struct DatasetWriterInteractionFormatsTests {
    static let rated = TinyDataset.make([
        (user: "1", item: "10", rating: 4, time: 964_982_703), (user: "1", item: "20", rating: 3.5, time: 964_981_247),
        (user: "2", item: "10", rating: 0.5, time: 7),
    ])

    @Test func exactTextOfEachFixedLayout() throws {
        #expect(try DatasetWriter.interactionsText(Self.rated, format: .movielens100k)
            == "1\t10\t4\t964982703\n1\t20\t3.5\t964981247\n2\t10\t0.5\t7\n")
        #expect(try DatasetWriter.interactionsText(Self.rated, format: .movielens1m)
            == "1::10::4::964982703\n1::20::3.5::964981247\n2::10::0.5::7\n")
        #expect(try DatasetWriter.interactionsText(Self.rated, format: .recbole)
            == "user_id:token\titem_id:token\trating:float\ttimestamp:float\n1\t10\t4\t964982703\n1\t20\t3.5\t964981247\n2\t10\t0.5\t7\n")
        #expect(try DatasetWriter.interactionsText(Self.rated, format: .delimited)
            == "user,item,rating,timestamp\n1,10,4.0,964982703\n1,20,3.5,964981247\n2,10,0.5,7\n")
        #expect(try DatasetWriter.interactionsText(Self.rated, format: .movielensCSV) == DatasetWriter.ratingsCSV(Self.rated))
    }

    @Test(arguments: [DataFormat.movielensCSV, .movielens100k, .movielens1m, .recbole, .delimited])
    func ratedTimedDataRoundTripsThroughTheLoader(format: DataFormat) throws {
        let folder = try TinyDataset.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = try DatasetWriter.writeInteractions(Self.rated, format: format, toDirectory: folder)
        #expect(path == folder + "/" + (try DatasetWriter.interactionsFileName(for: format)))
        let options = format == .delimited
            ? DatasetWriter.delimitedReadOptions(isRated: true, hasTimestamps: true) : LoadOptions(readsSideInformation: false)
        let loaded = try DatasetLoader.load(format == .delimited ? path : folder, format: format, options: options)
        #expect(loaded.report.format == format)
        #expect(loaded.dataset == Self.rated)
    }

    @Test(arguments: [DataFormat.recbole, .delimited])
    func partialColumnsRoundTrip(format: DataFormat) throws {
        var timedOnly = Self.rated.implicit()
        let untimed = { var data = Self.rated; data.timestamps = nil; return data }()
        timedOnly.userIDs = try IDMap(rawIDs: ["a,\"b\"", "c"])
        for data in [timedOnly, untimed, Self.rated.implicit().subset([0, 2])] {
            let folder = try TinyDataset.temporaryDirectory()
            defer { try? FileManager.default.removeItem(atPath: folder) }
            let path = try DatasetWriter.writeInteractions(data, format: format, toDirectory: folder)
            let options = format == .delimited
                ? DatasetWriter.delimitedReadOptions(isRated: data.isRated, hasTimestamps: data.hasTimestamps) : LoadOptions(readsSideInformation: false)
            let loaded = try DatasetLoader.load(path, format: format, options: options).dataset
            #expect(TinyDataset.rawRows(loaded) == TinyDataset.rawRows(data))
        }
    }

    @Test func rejectsWhatAFormatCannotHold() throws {
        #expect(throws: DataError.self) { try DatasetWriter.interactionsText(Self.rated, format: .auto) }
        #expect(throws: DataError.self) { try DatasetWriter.interactionsFileName(for: .auto) }
        for format in [DataFormat.movielensCSV, .movielens100k, .movielens1m] {
            #expect(throws: DataError.self) { try DatasetWriter.interactionsText(Self.rated.implicit(), format: format) }
        }
        var tabbed = Self.rated
        tabbed.itemIDs = try IDMap(rawIDs: ["1\t0", "20"])
        #expect(throws: DataError.invalidParameter(
            name: "raw ID", value: "1 0", expected: "IDs without '\\t' or line breaks in this format; write CSV instead")
        ) { try DatasetWriter.interactionsText(tabbed, format: .movielens100k) }
        var colons = Self.rated
        colons.userIDs = try IDMap(rawIDs: ["a::b", "2"])
        #expect(throws: DataError.self) { try DatasetWriter.interactionsText(colons, format: .movielens1m) }
        #expect(try DatasetWriter.interactionsText(colons, format: .movielens100k).hasPrefix("a::b\t"))
    }
}
