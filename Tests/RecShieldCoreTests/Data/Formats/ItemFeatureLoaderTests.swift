import Numerics
import RecShieldTestSupport
import Testing
@testable import RecShieldCore

@Suite struct ItemFeatureLoaderTests {
    static let itemIDs: IDMap = {
        var map = IDMap()
        for raw in ["10", "20", "30"] { map.insert(raw) }
        return map
    }()

    @Test func alignsRowsWithItemIndicesAndFlagsMissingItems() throws {
        let folder = TemporaryDirectory()
        let path = folder.write("f.csv", "movieId,f0,f1\n20,0.5,-1.25\n99,1,1\n10,2,3e-1\n")
        let (matrix, report) = try ItemFeatureLoader.loadWithReport(path, itemIDs: Self.itemIDs)
        #expect(matrix.dimension == 2)
        #expect(matrix.values == [2, 0.3, 0.5, -1.25, 0, 0])
        #expect(matrix.hasFeatures == [true, true, false])
        #expect(report == ItemFeatureLoader.Report(path: path, rowsRead: 3, unknownItemRows: 1, itemsWithoutFeatures: 1))
    }

    @Test func readsTabSeparatedFilesWithoutHeader() throws {
        let folder = TemporaryDirectory()
        let path = folder.write("f.tsv", "30\t1\t2\t3\r\n10\t4\t5\t6\r\n\r\n")
        let matrix = try ItemFeatureLoader.load(path, itemIDs: Self.itemIDs)
        #expect(matrix.dimension == 3)
        #expect(Array(matrix.features(ofItem: 2)) == [1, 2, 3])
        #expect(Array(matrix.features(ofItem: 0)) == [4, 5, 6])
    }

    @Test(arguments: [
        ("10,1,2\n20,1\n", 2, "20,1", "expected 3 columns like the first line, found 2"),
        ("10,1,2\n20,1,nan\n", 2, "20,1,nan", "feature 2 'nan' is not a finite number"),
        ("10,1,2\n20,inf,1\n", 2, "20,inf,1", "feature 1 'inf' is not a finite number"),
        ("10,1,2\n20,x,1\n", 2, "20,x,1", "feature 1 'x' is not a finite number"),
        ("id,a,b\n10,1,2\n10,3,4\n", 3, "10,3,4", "item 10 already has features on line 2"),
        ("10,1,2\n,3,4\n", 2, ",3,4", "empty item ID"),
    ])
    func malformedRowsNameFileAndLine(_ content: String, _ line: Int, _ text: String, _ reason: String) throws {
        let folder = TemporaryDirectory()
        let path = folder.write("f.csv", content)
        #expect(throws: DataError.malformedRow(path: path, line: line, text: text, reason: reason)) {
            try ItemFeatureLoader.load(path, itemIDs: Self.itemIDs)
        }
    }

    @Test func headerOnlyFilesAreEmpty() throws {
        let folder = TemporaryDirectory()
        let path = folder.write("f.csv", "movieId,f0\n")
        #expect(throws: DataError.emptyFile(path: path)) { try ItemFeatureLoader.load(path, itemIDs: Self.itemIDs) }
    }

    @Test(.enabled(if: SharedData.contains("ml-latest-small-features/item_text_embedding_64.csv")))
    func loadsTheSharedTextEmbeddings() throws {
        let loaded = try DatasetLoader.load(SharedData.path("ml-latest-small"))
        let (matrix, report) = try ItemFeatureLoader.loadWithReport(
            SharedData.path("ml-latest-small-features/item_text_embedding_64.csv"), itemIDs: loaded.dataset.itemIDs)
        #expect(matrix.dimension == 64)
        #expect(matrix.itemCount == 9724)
        #expect(report.rowsRead == 9742)
        #expect(report.unknownItemRows == 9742 - 9724, "movies without ratings")
        #expect(report.itemsWithoutFeatures == 0)
        let toyStory = try #require(loaded.dataset.itemIDs.index(of: "1"))
        #expect(matrix.features(ofItem: toyStory).first?.isApproximatelyEqual(to: -0.07556) == true)
    }
}
