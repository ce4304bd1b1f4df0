import RecShieldAdversarial

/// The attacks a study can run; the raw value is the `kind` in configurations.
///
/// Three families:
/// - heuristic shilling profiles (`random` … `love-hate`, see ``ShillingAttackKind``),
/// - learned fake profiles (`gan`: generated to look real; `gradient`: optimised against a
///   surrogate model),
/// - perturbations of a trained model (`fgsm`, `pgd`, `noise`), measured over a list of ε.
public enum AttackKind: String, Codable, Sendable, CaseIterable {
    /// Fillers rated around the global mean.
    case random
    /// Fillers rated around each item's mean.
    case average
    /// Popular selected items plus random fillers.
    case bandwagon
    /// Items of the target's segment as selected items.
    case segment
    /// Unpopular selected items rated low (nuke).
    case reverseBandwagon = "reverse-bandwagon"
    /// Targets at one extreme, fillers at the other.
    case loveHate = "love-hate"
    /// Fake profiles from a generative adversarial network.
    case gan
    /// Fake profiles optimised by gradients through a surrogate model.
    case gradient
    /// One signed-gradient step of size ε on the model's parameters.
    case fgsm
    /// Several projected gradient steps within an ε ball.
    case pgd
    /// Random noise of size ε on the model's parameters.
    case noise

    /// Whether the attack injects fake user profiles (and has fake users, fillers, targets).
    public var injectsProfiles: Bool { !perturbsModel }
    /// Whether the attack perturbs a trained model over a list of ε instead of injecting data.
    public var perturbsModel: Bool { [.fgsm, .pgd, .noise].contains(self) }
    /// The heuristic shilling attack this kind names, or `nil` for the other families.
    public var shillingKind: ShillingAttackKind? { ShillingAttackKind(rawValue: rawValue) }
    /// Whether profiles share selected items (a `selected_count` applies).
    public var usesSelectedItems: Bool { [.bandwagon, .segment, .reverseBandwagon].contains(self) }
}
