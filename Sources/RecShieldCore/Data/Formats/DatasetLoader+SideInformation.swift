extension DatasetLoader {
    /// Genres (or classes) and tags read from the metadata files of a format.
    struct SideInformation {
        var categories: ItemSideInformation.Names?
        var tags: ItemSideInformation.Names?
    }

    /// Reads the metadata files that sit next to an interaction file of `format`:
    /// `u.item`/`u.genre` (MovieLens 100K), `movies.dat`/`tags.dat` (1M, 10M),
    /// `movies.csv`/`tags.csv` (latest, 20M, 25M), `<name>.item` (RecBole). Absent files are
    /// simply not read.
    static func sideInformation(
        of format: DataFormat, interactionsPath path: String, policy: LoadOptions.BadRowPolicy
    ) throws -> SideInformation {
        func sibling(_ name: String) -> String { FilePaths.sibling(of: path, named: name) }
        switch format {
        case .movielens100k:
            let genres = try ItemSideInformation.movieLens100K(
                itemPath: sibling("u.item"), genrePath: sibling("u.genre"), policy: policy)
            return SideInformation(categories: genres)
        case .movielens1m:
            return SideInformation(
                categories: try ItemSideInformation.movieLensMovies(sibling("movies.dat"), csv: false, policy: policy),
                tags: try ItemSideInformation.movieLensTags(sibling("tags.dat"), csv: false, policy: policy))
        case .movielensCSV:
            return SideInformation(
                categories: try ItemSideInformation.movieLensMovies(sibling("movies.csv"), csv: true, policy: policy),
                tags: try ItemSideInformation.movieLensTags(sibling("tags.csv"), csv: true, policy: policy))
        case .recbole:
            guard path.hasSuffix(".inter") else { return SideInformation() }
            let itemPath = String(path.dropLast(".inter".count)) + ".item"
            return SideInformation(categories: try ItemSideInformation.recBole(itemPath, policy: policy))
        case .delimited, .auto:
            return SideInformation()
        }
    }
}
