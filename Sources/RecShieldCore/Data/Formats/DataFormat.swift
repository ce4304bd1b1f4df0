/// The interaction file formats RecShield reads. The raw value is the name used on the command
/// line (`--format movielens-1m`).
///
/// | Format | Interactions | Side information read from the same folder |
/// |---|---|---|
/// | ``movielens100k`` | `u.data`: `user⇥item⇥rating⇥timestamp`, no header | genres from `u.item` (19 trailing 0/1 flags, ISO-8859-1), names from `u.genre` |
/// | ``movielens1m`` | `ratings.dat`: `user::item::rating::timestamp` (ML-1M, ML-10M) | genres from `movies.dat` (`id::title::A\|B`), tags from `tags.dat` |
/// | ``movielensCSV`` | `ratings.csv` with header `userId,movieId,rating,timestamp` (latest, 20M, 25M) | genres from `movies.csv`, tags from `tags.csv` |
/// | ``recbole`` | `*.inter` with a `name:type` header, tab-separated | genres from `<same name>.item` (`genre` or `class` column, space-separated tokens) |
/// | ``delimited`` | any separator, columns chosen by ``ColumnSpec`` | none |
public enum DataFormat: String, CaseIterable, Sendable, Codable {
    /// Decide from the file name, then from the first line (see ``DatasetLoader``).
    case auto
    /// MovieLens 100K (`u.data`).
    case movielens100k = "movielens-100k"
    /// MovieLens 1M and 10M (`ratings.dat`).
    case movielens1m = "movielens-1m"
    /// MovieLens latest, 20M and 25M (`ratings.csv`).
    case movielensCSV = "movielens-csv"
    /// RecBole atomic files (`*.inter`, optional `*.item`).
    case recbole
    /// A generic delimited file; separator and columns come from ``LoadOptions``.
    case delimited

    /// The file name the format's interactions have in the official distribution, used to find
    /// them inside a folder (`nil` for formats without a fixed name).
    var standardFileName: String? {
        switch self {
        case .movielens100k: return "u.data"
        case .movielens1m: return "ratings.dat"
        case .movielensCSV: return "ratings.csv"
        case .auto, .recbole, .delimited: return nil
        }
    }
}
