/// The version of the RecShield library, recorded in every file that says how it was made
/// (attack provenance records), so a result can be traced to the code that produced it.
public enum RecShieldVersion {
    /// The library version as `major.minor.patch`.
    public static let current = "0.1.0"
}
