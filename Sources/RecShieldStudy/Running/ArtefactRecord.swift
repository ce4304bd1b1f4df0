/// A file a cell wrote.
public struct ArtefactRecord: Sendable, Equatable, Codable {
    /// What it is: `poisoned`, `labels`, `provenance`, ….
    public var name: String
    /// Its path relative to the run directory.
    public var path: String

    /// Creates a record.
    public init(name: String, path: String) {
        self.name = name
        self.path = path
    }
}
