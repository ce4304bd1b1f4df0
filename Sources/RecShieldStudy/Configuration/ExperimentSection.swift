/// The `experiment` section: what the study is called, which seeds it repeats over, where its
/// results go and how many threads each cell may use.
///
/// Keys:
/// - `name` (text, default `study`): a label for reports.
/// - `seeds` (list of non-negative integers, default `[1, 2, 3]`): every cell runs once per seed;
///   confidence intervals and paired tests are over seeds. At least one, each once.
/// - `output_dir` (text, default `recshield-study`): the run directory, relative to the current
///   directory; a shard writes into `<output_dir>/shard-<I>-of-<N>`.
/// - `threads` (integer ≥ 1, default 1): worker threads inside one cell (training, evaluation).
///   Results depend on the seed and the thread count only.
public struct ExperimentSection: Codable, Sendable, Equatable {
    /// A label for reports.
    public var name: String
    /// The seeds every cell is repeated with.
    public var seeds: [UInt64]
    /// The run directory.
    public var outputDirectory: String
    /// Worker threads inside one cell.
    public var threads: Int

    /// Creates the section; every argument has the documented default.
    public init(name: String = "study", seeds: [UInt64] = [1, 2, 3], outputDirectory: String = "recshield-study", threads: Int = 1) {
        self.name = name
        self.seeds = seeds
        self.outputDirectory = outputDirectory
        self.threads = threads
    }

    static let keys = ["name", "seeds", "output_dir", "threads"]

    public init(from decoder: any Decoder) throws {
        let reader = try ConfigurationReader(decoder, keys: Self.keys)
        let defaults = ExperimentSection()
        name = try reader.value("name", default: defaults.name, expected: "a non-empty text") { !$0.isEmpty }
        seeds = try reader.value("seeds", default: defaults.seeds, expected: "at least one seed, each once") {
            !$0.isEmpty && Set($0).count == $0.count
        }
        outputDirectory = try reader.value("output_dir", default: defaults.outputDirectory, expected: "a non-empty path") {
            !$0.isEmpty
        }
        threads = try reader.value("threads", default: defaults.threads, expected: "an integer ≥ 1") { $0 >= 1 }
    }

    public func encode(to encoder: any Encoder) throws {
        var writer = ConfigurationWriter(encoder)
        try writer.write("name", name)
        try writer.write("seeds", seeds)
        try writer.write("output_dir", outputDirectory)
        try writer.write("threads", threads)
    }
}
