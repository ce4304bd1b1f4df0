/// One axis of the `sweep` grid: a parameter of one named entry and the values it takes.
///
/// The key `models.bpr.factors` names section `models`, the entry named `bpr` and its key
/// `factors`; `[32, 64]` are the values. A cell whose entry is swept runs once per value; cells
/// of other entries are not multiplied.
public struct SweepAxis: Sendable, Equatable {
    /// The list sections whose entries can be swept.
    public enum Section: String, Sendable, CaseIterable, Codable {
        /// An entry of `models`.
        case models
        /// An entry of `attacks`.
        case attacks
        /// An entry of `defenses`.
        case defenses
        /// An entry of `detectors`.
        case detectors
    }

    /// The section of the swept entry.
    public var section: Section
    /// The swept entry's `name`.
    public var entry: String
    /// The swept key of that entry (snake_case, as in the file).
    public var key: String
    /// The values, in order.
    public var values: [SweepValue]

    /// Creates an axis.
    public init(section: Section, entry: String, key: String, values: [SweepValue]) {
        self.section = section
        self.entry = entry
        self.key = key
        self.values = values
    }

    /// The axis's key in the file: `models.bpr.factors`.
    public var path: String { "\(section.rawValue).\(entry).\(key)" }

    /// Keys that give the same setting another way; sweeping one replaces the other.
    static let alternatives: [String: String] = [
        "fake_user_fraction": "fake_user_count", "fake_user_count": "fake_user_fraction",
        "filler_fraction": "filler_count", "filler_count": "filler_fraction",
        "targets": "target_ids", "target_ids": "targets", "top_n": "threshold", "threshold": "top_n",
    ]
}
