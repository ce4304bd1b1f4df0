import ArgumentParser
import RecShield

/// The attacks `recshield attack --kind` runs: the heuristic shilling attacks, gradient
/// poisoning and the GAN profile attack. The raw value is the flag's value and the provenance
/// record's `kind`.
enum AttackKindChoice: String, CaseIterable, ExpressibleByArgument {
    case random, average, bandwagon, segment
    case reverseBandwagon = "reverse-bandwagon"
    case loveHate = "love-hate"
    case gradient, gan

    /// The heuristic attack this kind names, or `nil` for gradient poisoning and the GAN.
    var shilling: ShillingAttackKind? {
        ShillingAttackKind(rawValue: rawValue)
    }

    var defaultValueDescription: String { rawValue }
}
