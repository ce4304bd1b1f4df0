import Foundation
import Testing
@testable import RecShieldCore

@Suite struct DatasetWriterTests {
    static let rated = TinyDataset.make([
        (user: "1", item: "10", rating: 4, time: 964_982_703), (user: "1", item: "a,b", rating: 3.5, time: 964_981_247),
        (user: "2", item: "10", rating: 0.5, time: 7),
    ])

    @Test func ratingsInTheMovieLensLayout() {
        #expect(DatasetWriter.ratingsCSV(Self.rated) == """
            userId,movieId,rating,timestamp
            1,10,4.0,964982703
            1,"a,b",3.5,964981247
            2,10,0.5,7

            """)
    }

    @Test func absentColumnsAreLeftOut() {
        #expect(DatasetWriter.ratingsCSV(Self.rated.implicit()) == "userId,movieId,timestamp\n1,10,964982703\n1,\"a,b\",964981247\n2,10,7\n")
        var untimed = Self.rated
        untimed.timestamps = nil
        #expect(DatasetWriter.ratingsCSV(untimed).hasPrefix("userId,movieId,rating\n1,10,4.0\n"))
    }

    @Test func itemsWithTitlesAndGenres() throws {
        let categories = ItemCategories(categoriesByItem: [["Comedy", "Drama"], []])
        let text = try DatasetWriter.itemsCSV(
            itemIDs: Self.rated.itemIDs, categories: categories, titles: ["Harbor, The (1994)", "Say \"Hi\" (2001)"])
        #expect(text == """
            movieId,title,genres
            10,"Harbor, The (1994)",Comedy|Drama
            "a,b","Say ""Hi"" (2001)",(no genres listed)

            """)
        let untitled = try DatasetWriter.itemsCSV(itemIDs: Self.rated.itemIDs, categories: categories)
        #expect(untitled.contains("\n10,Item 10,Comedy|Drama\n"))
    }

    @Test func genreNamesWithPipesAreRejected() {
        let categories = ItemCategories(categoriesByItem: [["Sci|Fi"]])
        #expect(throws: DataError.self) { try DatasetWriter.itemsCSV(itemIDs: Self.rated.itemIDs, categories: categories) }
    }

    @Test func writtenRatingsParseBackToTheSameRows() throws {
        let data = try SyntheticDataGenerator(configuration: SyntheticDataConfiguration(
            userCount: 8, itemCount: 30, interactionCount: 60, genreCount: 5, seed: 3)).generate()
        let records = try SplitCSVReader.Tokenizer(
            bytes: Array(DatasetWriter.ratingsCSV(data.interactions).utf8), path: "ratings.csv").records()
        #expect(records.first?.fields == ["userId", "movieId", "rating", "timestamp"])
        let parsed = records.dropFirst().map { "\($0.fields[0])→\($0.fields[1])|\(Float($0.fields[2]) ?? -1)|\($0.fields[3])" }
        #expect(parsed == TinyDataset.rawRows(data.interactions))
        let items = try SplitCSVReader.Tokenizer(
            bytes: Array(try DatasetWriter.itemsCSV(
                itemIDs: data.interactions.itemIDs, categories: data.categories, titles: data.titles).utf8),
            path: "movies.csv").records()
        #expect(items.dropFirst().map { $0.fields[1] } == data.titles)
        #expect(items.dropFirst().enumerated().allSatisfy { item, record in
            record.fields[2].split(separator: "|").map(String.init) == data.categories.categories(ofItem: item)
        })
    }

    @Test func syntheticFilesAreByteIdenticalForTheSameSeed() throws {
        let directory = try TinyDataset.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        func write(seed: UInt64, to name: String) throws {
            let configuration = SyntheticDataConfiguration(
                userCount: 30, itemCount: 80, interactionCount: 500, genreCount: 6, seed: seed)
            try DatasetWriter.write(
                try SyntheticDataGenerator(configuration: configuration).generate(), toDirectory: directory + "/" + name)
        }
        try write(seed: 11, to: "a")
        try write(seed: 11, to: "b")
        try write(seed: 12, to: "c")
        for file in [DatasetWriter.ratingsFileName, DatasetWriter.itemsFileName] {
            let a = try Data(contentsOf: URL(fileURLWithPath: "\(directory)/a/\(file)"))
            #expect(a == (try Data(contentsOf: URL(fileURLWithPath: "\(directory)/b/\(file)"))))
            #expect(a != (try Data(contentsOf: URL(fileURLWithPath: "\(directory)/c/\(file)"))))
        }
    }
}
