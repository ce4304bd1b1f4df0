/// The heuristic shilling attacks RecShield implements; the raw value is the name used on the
/// command line (`--kind love-hate`) and in provenance records.
public enum ShillingAttackKind: String, Codable, Sendable, CaseIterable {
    /// ``RandomAttack``.
    case random
    /// ``AverageAttack``.
    case average
    /// ``BandwagonAttack``.
    case bandwagon
    /// ``SegmentAttack``.
    case segment
    /// ``ReverseBandwagonAttack``.
    case reverseBandwagon = "reverse-bandwagon"
    /// ``LoveHateAttack``.
    case loveHate = "love-hate"

    /// The attack this kind names.
    public var attack: any ShillingAttack {
        switch self {
        case .random: return RandomAttack()
        case .average: return AverageAttack()
        case .bandwagon: return BandwagonAttack()
        case .segment: return SegmentAttack()
        case .reverseBandwagon: return ReverseBandwagonAttack()
        case .loveHate: return LoveHateAttack()
        }
    }
}
