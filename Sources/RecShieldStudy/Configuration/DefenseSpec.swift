//// One entry of the `defenses` list. With an empty (or absent) list every cell uses `none`.
///
/// Keys (a key that does not apply to the entry's kind is an error):
/// - `name` (text, default the kind): the entry's name in cell keys, sweeps and reports; unique.
/// - `kind` (see ``DefenseKind``; required).
/// - `epsilon` (number ≥ 0, default 0.5) — apr, amr: the radius of the training perturbation.
/// - `adversarial_weight` (number ≥ 0, default 1.0) — apr, amr: λ, the weight of the
///   adversarial loss.
/// - `mix_ratio` (number in (0, 1], default 0.1) — gan-augment: generated profiles per real user.
/// - `drop_rate` (number in [0, 1), default 0.2) — tce, rce: the final share of interactions
///   dropped (tce) or down-weighted (rce).
/// - `detector` (text, required for sanitize) — sanitize: the `name` of a `detectors` entry.
public struct DefenseSpec: Codable, Sendable, Equatable {
    /// The entry's name.
    public var name: String
    /// The defense.
    public var kind: DefenseKind
    /// Training perturbation radius (apr, amr).
    public var epsilon: Double
    /// Weight of the adversarial loss (apr, amr).
    public var adversarialWeight: Double
    /// Generated profiles per real user (gan-augment).
    public var mixRatio: Double
    /// Share of interactions dropped or down-weighted (tce, rce).
    public var dropRate: Double
    /// The detector's entry name (sanitize), else `nil`.
    public var detector: String?

    /// Creates an entry named after its kind with the documented defaults.
    public init(name: String? = nil, kind: DefenseKind, detector: String? = nil) {
        self.name = name ?? kind.rawValue
        self.kind = kind
        epsilon = 0.5
        adversarialWeight = 1.0
        mixRatio = 0.1
        dropRate = 0.2
        self.detector = detector
    }

    /// Each key and the kinds it applies to.
    static let kindKeys: [(key: String, kinds: [DefenseKind])] = [
        ("epsilon", [.apr, .amr]), ("adversarial_weight", [.apr, .amr]), ("mix_ratio", [.ganAugment]),
        ("drop_rate", [.tce, .rce]), ("detector", [.sanitize]),
    ]

    static let keys = ["name", "kind"] + kindKeys.map(\.key)

    public init(from decoder: any Decoder) throws {
        let reader = try ConfigurationReader(decoder, keys: Self.keys)
        guard let kind = try reader.optionalChoice("kind", as: DefenseKind.self) else {
            throw reader.conflict("missing 'kind'; accepted: " + DefenseKind.allCases.map(\.rawValue).joined(separator: ", "))
        }
        self.init(kind: kind)
        for (key, kinds) in Self.kindKeys {
            try reader.reject(key, unless: kinds.contains(kind), EntryName.appliesTo(kinds.map(\.rawValue), not: kind.rawValue))
        }
        name = try EntryName.read(from: reader, default: kind.rawValue)
        epsilon = try reader.value("epsilon", default: epsilon, expected: "a number ≥ 0") { $0 >= 0 && $0.isFinite }
        adversarialWeight = try reader.value("adversarial_weight", default: adversarialWeight, expected: "a number ≥ 0") {
            $0 >= 0 && $0.isFinite
        }
        mixRatio = try reader.value("mix_ratio", default: mixRatio, expected: "a number in (0, 1]") { $0 > 0 && $0 <= 1 }
        dropRate = try reader.value("drop_rate", default: dropRate, expected: "a number in [0, 1)") { $0 >= 0 && $0 < 1 }
        detector = try reader.optional("detector", as: String.self)
        if kind == .sanitize && detector == nil {
            throw reader.conflict("a sanitize defense needs 'detector': the name of a detectors entry")
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var writer = ConfigurationWriter(encoder)
        try writer.write("name", name)
        try writer.write("kind", choice: kind)
        if kind == .apr || kind == .amr {
            try writer.write("epsilon", epsilon)
            try writer.write("adversarial_weight", adversarialWeight)
        }
        if kind == .ganAugment { try writer.write("mix_ratio", mixRatio) }
        if kind == .tce || kind == .rce { try writer.write("drop_rate", dropRate) }
        try writer.write("detector", detector)
    }
}
