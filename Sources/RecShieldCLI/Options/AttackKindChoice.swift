import ArgumentParser
import RecShield

/// The attacks `recshield attack --kind` runs: the heuristic shilling attacks and gradient
/// poisoning. The raw value is the flag's value and the provenance record's `kind`.
enum AttackKindChoice: String, CaseIterable, ExpressibleByArgument {
    case random, average, bandwagon, segment
    case reverseBandwagon = "reverse-bandwagon"
    case loveHate = "love-hate"
    case gradient

    /// The heuristic attack this kind names, or `nil` for gradient poisoning.
    var shilling: ShillingAttackKind? {
        ShillingAttackKind(rawValue: rawValue)
    }

    var defaultValueDescription: String { rawValue }
}
