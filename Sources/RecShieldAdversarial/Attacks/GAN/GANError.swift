/// Bad settings or data for the GAN profile attack. Each message names the setting or the problem
/// and says how to fix it.
public enum GANError: Error, CustomStringConvertible, Equatable {
    /// The setting `name` has `value`, which is not `requirement`.
    case invalidSetting(name: String, value: String, requirement: String)
    /// The data set has no interaction to learn real profiles from.
    case emptyData
    /// The nuke goal needs a lowest rating, and implicit data has none.
    case nukeNeedsRatings
    /// The same target item was listed twice.
    case duplicateTarget(id: String)
    /// The profile vector has a length other than the item count the network was trained for.
    case profileLengthMismatch(expected: Int, actual: Int)

    public var description: String {
        switch self {
        case let .invalidSetting(name, value, requirement):
            return "GAN setting '\(name)' is \(value); it must be \(requirement)."
        case .emptyData:
            return "the data set has no interactions; the GAN needs real profiles to learn from"
        case .nukeNeedsRatings:
            return "the nuke goal needs rated data (implicit feedback has no low value to give a target); "
                + "use the push goal or load the data with ratings"
        case let .duplicateTarget(id):
            return "target item '\(id)' is listed twice; list each target once"
        case let .profileLengthMismatch(expected, actual):
            return "a profile vector has \(actual) entries, but the discriminator was trained on \(expected) items"
        }
    }
}
