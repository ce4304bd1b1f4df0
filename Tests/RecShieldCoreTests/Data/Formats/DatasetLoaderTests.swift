import RecShieldTestSupport
import Testing
@testable import RecShieldCore

/// Every format, its side information, and format detection.
@Suite struct DatasetLoaderTests {
    /// The raw (user, item, rating, timestamp) rows of a data set, in order.
    static func rows(_ dataset: InteractionDataset) -> [String] {
        (0..<dataset.count).map { row in
            let user = dataset.userIDs.rawID(at: Int(dataset.users[row]))
            let item = dataset.itemIDs.rawID(at: Int(dataset.items[row]))
            let rating = dataset.ratings.map { " \($0[row])" } ?? ""
            let time = dataset.timestamps.map { " @\($0[row])" } ?? ""
            return "\(user)→\(item)\(rating)\(time)"
        }
    }

    /// The categories of the item with raw ID `raw`.
    static func categories(_ categories: ItemCategories?, of raw: String, in dataset: InteractionDataset) -> [String] {
        guard let categories, let item = dataset.itemIDs.index(of: raw) else { return [] }
        return categories.categories(ofItem: item).sorted()
    }

    /// A `u.item` line for item `id` with the given genre flag positions set.
    static func uItemLine(_ id: Int, title: String, flags: Set<Int>, genreCount: Int = 19) -> String {
        let flagText = (0..<genreCount).map { flags.contains($0) ? "1" : "0" }.joined(separator: "|")
        return "\(id)|\(title)|01-Jan-1995||http://example.org/\(id)|\(flagText)\n"
    }

    // MARK: - MovieLens 100K

    @Test func movieLens100KReadsRatingsAndGenresFromUItem() throws {
        let folder = TemporaryDirectory()
        folder.write("u.data", "196\t242\t3\t881250949\n186\t302\t3\t891717742\n196\t302\t1\t878887116\n")
        // Flags: 242 → Comedy (5); 302 → Crime (6), Film-Noir (10), Mystery (13), Thriller (16).
        var item = Array(Self.uItemLine(242, title: "Kolya (1996)", flags: [5]).utf8)
        item += Array(Self.uItemLine(302, title: "L.A. Confidential (1997)", flags: [6, 10, 13, 16]).utf8)
        var latin1 = Array(Self.uItemLine(999, title: "Cafe", flags: [0]).utf8)
        latin1[7] = 0xE9  // "Café" in ISO-8859-1, as the real u.item is encoded
        item += latin1
        folder.write("u.item", bytes: item)
        let loaded = try DatasetLoader.load(folder.path)
        #expect(loaded.report.format == .movielens100k)
        #expect(Self.rows(loaded.dataset) == ["196→242 3.0 @881250949", "186→302 3.0 @891717742", "196→302 1.0 @878887116"])
        #expect(Self.categories(loaded.itemCategories, of: "242", in: loaded.dataset) == ["Comedy"])
        #expect(
            Self.categories(loaded.itemCategories, of: "302", in: loaded.dataset)
                == ["Crime", "Film-Noir", "Mystery", "Thriller"])
        #expect(loaded.itemCategories?.matrix.rowCount == 2, "unrated item 999 is not added")
        #expect(loaded.report.sourceFiles == [folder.file("u.data"), folder.file("u.item")])
        #expect(loaded.itemTags == nil)
    }

    @Test func movieLens100KNamesGenresFromUGenre() throws {
        let folder = TemporaryDirectory()
        folder.write("u.data", "1\t7\t4\t100\n")
        folder.write("u.genre", "Drama|1\nComedy|0\nWar|2\n\n\n")
        folder.write("u.item", Self.uItemLine(7, title: "Seven", flags: [0, 2], genreCount: 3))
        let loaded = try DatasetLoader.load(folder.file("u.data"))
        #expect(Self.categories(loaded.itemCategories, of: "7", in: loaded.dataset) == ["Comedy", "War"])
        #expect(loaded.report.sourceFiles.last == folder.file("u.genre"))
    }

    @Test func movieLens100KRejectsAFlagThatIsNotZeroOrOne() throws {
        let folder = TemporaryDirectory()
        folder.write("u.data", "1\t7\t4\t100\n")
        let line = "7|Seven|01-Jan-1995||http://example.org/7|" + Array(repeating: "0|", count: 18).joined() + "2\n"
        folder.write("u.item", line)
        #expect(throws: DataError.malformedRow(
            path: folder.file("u.item"), line: 1, text: String(line.dropLast()),
            reason: "genre flags must be 0 or 1")) { try DatasetLoader.load(folder.path) }
    }

    // MARK: - MovieLens 1M / 10M

    @Test func movieLens1MReadsRatingsGenresAndTags() throws {
        let folder = TemporaryDirectory()
        folder.write("ratings.dat", "1::1193::5::978300760\n1::661::3::978302109\n2::1193::4::978298413\n")
        var movies = Array("1193::One Flew Over the Cuckoo's Nest (1975)::Drama\n".utf8)
        movies += Array("661::James and the Giant Peach (1996)::Animation|Children's|Musical\n".utf8)
        movies += Array("5::Les Mis".utf8) + [0xE9] + Array("rables (1995)::Drama\n".utf8)
        folder.write("movies.dat", bytes: movies)
        folder.write("tags.dat", "15::1193::classic::1215184630\n20::1193::Nicholson::1188263867\n")
        let loaded = try DatasetLoader.load(folder.path)
        #expect(loaded.report.format == .movielens1m)
        #expect(Self.rows(loaded.dataset).first == "1→1193 5.0 @978300760")
        #expect(
            Self.categories(loaded.itemCategories, of: "661", in: loaded.dataset)
                == ["Animation", "Children's", "Musical"])
        #expect(Self.categories(loaded.itemTags, of: "1193", in: loaded.dataset) == ["Nicholson", "classic"])
        #expect(Self.categories(loaded.itemTags, of: "661", in: loaded.dataset) == [])
    }

    // MARK: - MovieLens CSV

    @Test func movieLensCSVReadsQuotedTitlesGenresAndTags() throws {
        let folder = TemporaryDirectory()
        folder.write("ratings.csv", "userId,movieId,rating,timestamp\n1,10,4.0,964982703\n1,20,0.5,964981247\n2,10,3.5,1\n")
        folder.write(
            "movies.csv",
            """
            movieId,title,genres
            10,"American President, The (1995)",Comedy|Drama|Romance
            20,"The ""Great"" Escape, Again (2001)",(no genres listed)
            30,Never Rated (1999),Action

            """)
        folder.write("tags.csv", "userId,movieId,tag,timestamp\n2,10,\"funny, sharp\",1445714994\n3,10,funny,1\n4,10,funny,2\n")
        let loaded = try DatasetLoader.load(folder.file("ratings.csv"))
        #expect(loaded.report.format == .movielensCSV)
        #expect(Self.rows(loaded.dataset) == ["1→10 4.0 @964982703", "1→20 0.5 @964981247", "2→10 3.5 @1"])
        #expect(Self.categories(loaded.itemCategories, of: "10", in: loaded.dataset) == ["Comedy", "Drama", "Romance"])
        #expect(Self.categories(loaded.itemCategories, of: "20", in: loaded.dataset) == [], "no genres listed → none")
        #expect(loaded.itemCategories?.categoryIDs.count == 3, "Action belongs to an unrated movie only")
        #expect(Self.categories(loaded.itemTags, of: "10", in: loaded.dataset) == ["funny", "funny, sharp"])
        #expect(loaded.report.sourceFiles.count == 3)
    }

    @Test func sideInformationCanBeSkipped() throws {
        let folder = TemporaryDirectory()
        folder.write("ratings.csv", "userId,movieId,rating,timestamp\n1,10,4.0,1\n")
        folder.write("movies.csv", "movieId,title,genres\n10,Ten,Drama\n")
        let loaded = try DatasetLoader.load(folder.path, options: LoadOptions(readsSideInformation: false))
        #expect(loaded.itemCategories == nil)
        #expect(loaded.report.sourceFiles == [folder.file("ratings.csv")])
    }

    // MARK: - RecBole

    @Test func recBoleReadsTypedHeaderAndClassesFromItemFile() throws {
        let folder = TemporaryDirectory()
        folder.write(
            "ml.inter", "user_id:token\titem_id:token\trating:float\ttimestamp:float\n1\t10\t5\t881250949.0\n2\t20\t3\t1\n")
        folder.write("ml.item", "item_id:token\tmovie_title:token_seq\tclass:token_seq\n10\tToy Story\tAnimation Comedy\n")
        let loaded = try DatasetLoader.load(folder.path)
        #expect(loaded.report.format == .recbole)
        #expect(Self.rows(loaded.dataset) == ["1→10 5.0 @881250949", "2→20 3.0 @1"])
        #expect(Self.categories(loaded.itemCategories, of: "10", in: loaded.dataset) == ["Animation", "Comedy"])
    }

    @Test func recBoleWithoutRatingsIsImplicit() throws {
        let folder = TemporaryDirectory()
        let path = folder.write("clicks.inter", "session:token\tuser_id:token\titem_id:token\na\tu1\ti1\nb\tu2\ti1\n")
        let loaded = try DatasetLoader.load(path)
        #expect(!loaded.dataset.isRated && !loaded.dataset.hasTimestamps)
        #expect(Self.rows(loaded.dataset) == ["u1→i1", "u2→i1"])
    }

    // MARK: - Delimited

    @Test func delimitedReadsRolesInFileOrderWithSkippedColumns() throws {
        let folder = TemporaryDirectory()
        let path = folder.write("events.txt", "x;i1;u1;4.5\ny;i2;u1;2\n")
        let columns = try ColumnSpec(parsing: "_,item,user,rating")
        let loaded = try DatasetLoader.load(path, options: LoadOptions(separator: ";", columns: columns))
        #expect(loaded.report.format == .delimited)
        #expect(Self.rows(loaded.dataset) == ["u1→i1 4.5", "u1→i2 2.0"])
    }

    @Test func delimitedPicksColumnsByHeaderNameAndPosition() throws {
        let folder = TemporaryDirectory()
        let path = folder.write("log.tsv", "when\tscore\twho\twhat\n100\t1\tann\tbook\n")
        let columns = try ColumnSpec(parsing: "user=who,item=4,rating=score,timestamp=when")
        let loaded = try DatasetLoader.load(path, options: LoadOptions(columns: columns, hasHeader: true))
        #expect(Self.rows(loaded.dataset) == ["ann→book 1.0 @100"])
    }

    @Test func delimitedGuessesTheSeparatorAndDefaultColumns() throws {
        let folder = TemporaryDirectory()
        let path = folder.write("pairs.txt", "a|b\nc|d\n")
        let loaded = try DatasetLoader.load(path, format: .delimited)
        #expect(Self.rows(loaded.dataset) == ["a→b", "c→d"])
    }

    @Test func delimitedAsksForColumnsWhenTheCountIsUnusual() throws {
        let folder = TemporaryDirectory()
        let path = folder.write("wide.csv", "1,2,3,4,5\n")
        #expect(throws: DataError.malformedRow(
            path: path, line: 1, text: "1,2,3,4,5",
            reason: "found 5 columns; say which holds what with --columns (e.g. user,item,rating,timestamp,_)")
        ) { try DatasetLoader.load(path, format: .delimited) }
    }
}
