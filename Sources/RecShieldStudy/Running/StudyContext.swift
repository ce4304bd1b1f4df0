import Foundation

/// What a ``CellExecutor`` needs besides the cell: where inputs and outputs live and how many
/// threads it may use.
public struct StudyContext: Sendable {
    /// The configuration as given (without sweep values; cells carry those).
    public let configuration: StudyConfiguration
    /// The folder relative input paths (dataset, features) are resolved against: the
    /// configuration file's folder.
    public let inputDirectory: URL
    /// The run directory (the shard's, when sharded).
    public let runDirectory: URL
    /// Worker threads inside one cell.
    public let threads: Int

    /// Creates a context.
    public init(configuration: StudyConfiguration, inputDirectory: URL, runDirectory: URL, threads: Int) {
        self.configuration = configuration
        self.inputDirectory = inputDirectory
        self.runDirectory = runDirectory
        self.threads = threads
    }

    /// `path` resolved against ``inputDirectory`` unless it is absolute.
    public func inputPath(_ path: String) -> String {
        path.hasPrefix("/") ? path : inputDirectory.appendingPathComponent(path).standardizedFileURL.path
    }

    /// The folder for `cell`'s artefacts, `<run>/artefacts/<cell folder>`, created on demand.
    /// Record files in it with paths relative to the run directory (``relativePath(of:)``).
    /// - Throws: when the folder cannot be created.
    public func artefactDirectory(for cell: StudyCell) throws -> URL {
        let url = runDirectory.appendingPathComponent("artefacts").appendingPathComponent(cell.directoryName)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// `url`'s path relative to the run directory (unchanged when outside it).
    public func relativePath(of url: URL) -> String {
        let base = runDirectory.standardizedFileURL.path + "/"
        let path = url.standardizedFileURL.path
        return path.hasPrefix(base) ? String(path.dropFirst(base.count)) : path
    }
}
