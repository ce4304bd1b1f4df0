import RecShieldTestSupport
import Testing
@testable import RecShieldCore

extension DatasetLoaderTests {
    @Test(.enabled(if: SharedData.contains("ml-latest-small/ratings.csv")))
    func loadsMovieLensLatestSmall() throws {
        let loaded = try DatasetLoader.load(SharedData.path("ml-latest-small"))
        let dataset = loaded.dataset
        #expect(loaded.report.format == .movielensCSV)
        #expect(dataset.userCount == 610)
        #expect(dataset.itemCount == 9724)
        #expect(dataset.count == 100_836)
        #expect(loaded.report.rowsSkipped == 0 && loaded.report.duplicateRowsMerged == 0)
        #expect(loaded.report.sourceFiles.count == 3)
        #expect(Self.rows(dataset).first == "1→1 4.0 @964982703")
        let genres = try #require(loaded.itemCategories)
        #expect(genres.matrix.rowCount == 9724)
        #expect(Self.categories(genres, of: "1", in: dataset) == ["Adventure", "Animation", "Children", "Comedy", "Fantasy"])
        #expect(!genres.categoryIDs.rawIDs.contains(ItemSideInformation.noGenresMarker))
        let tags = try #require(loaded.itemTags)
        #expect(Self.categories(tags, of: "1", in: dataset) == ["fun", "pixar"])
        let stats = DatasetStatistics(dataset)
        #expect(stats.ratingHistogram?.reduce(0) { $0 + $1.count } == 100_836)
        #expect(stats.ratingHistogram?.map(\.rating) == [0.5, 1, 1.5, 2, 2.5, 3, 3.5, 4, 4.5, 5])
        #expect(stats.perUser.min == 20)
    }
}
