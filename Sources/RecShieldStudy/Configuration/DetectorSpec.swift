//// One entry of the `detectors` list. Every detector runs in every cell whose attack injects
/// profiles; its precision, recall, F1 and AUC against the injected fake users are recorded.
///
/// Keys:
/// - `name` (text, default the kind): the entry's name in reports and in a sanitize defense's
///   `detector`; unique.
/// - `kind` (see ``DetectorKind``; required).
/// - `top_n` (integer ≥ 1) **or** `threshold` (number): flag the `top_n` most suspicious users,
///   or every user whose score reaches the threshold. With neither, flag as many users as the
///   attack injected (the usual evaluation of PCA-VarSelect, which is told the attack size).
public struct DetectorSpec: Codable, Sendable, Equatable {
    /// How a detector decides which users to flag.
    public enum Decision: Sendable, Equatable {
        /// As many users as the attack injected.
        case injectedCount
        /// The `n` most suspicious users.
        case topN(Int)
        /// Users scoring at least the threshold.
        case threshold(Double)
    }

    /// The entry's name.
    public var name: String
    /// The detector.
    public var kind: DetectorKind
    /// How users are flagged.
    public var decision: Decision

    /// Creates an entry named after its kind.
    public init(name: String? = nil, kind: DetectorKind, decision: Decision = .injectedCount) {
        self.name = name ?? kind.rawValue
        self.kind = kind
        self.decision = decision
    }

    static let keys = ["name", "kind", "top_n", "threshold"]

    public init(from decoder: any Decoder) throws {
        let reader = try ConfigurationReader(decoder, keys: Self.keys)
        guard let kind = try reader.optionalChoice("kind", as: DetectorKind.self) else {
            throw reader.conflict("missing 'kind'; accepted: " + DetectorKind.allCases.map(\.rawValue).joined(separator: ", "))
        }
        self.kind = kind
        name = try EntryName.read(from: reader, default: kind.rawValue)
        try reader.rejectBoth("top_n", "threshold")
        if let count = try reader.optional("top_n", expected: "an integer ≥ 1", where: { (value: Int) in value >= 1 }) {
            decision = .topN(count)
        } else if let threshold = try reader.optional("threshold", expected: "a finite number", where: { (value: Double) in value.isFinite }) {
            decision = .threshold(threshold)
        } else {
            decision = .injectedCount
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var writer = ConfigurationWriter(encoder)
        try writer.write("name", name)
        try writer.write("kind", choice: kind)
        switch decision {
        case .injectedCount: break
        case let .topN(count): try writer.write("top_n", count)
        case let .threshold(value): try writer.write("threshold", value)
        }
    }
}
