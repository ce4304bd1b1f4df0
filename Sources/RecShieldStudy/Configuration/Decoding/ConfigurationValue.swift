/// A value type a configuration key can hold, with the words errors use for it.
protocol ConfigurationValue: Decodable {
    /// The type as an error names it: "an integer", "a list of numbers".
    static var valueDescription: String { get }
    /// The plural, for lists: "integers".
    static var pluralDescription: String { get }
}

extension Int: ConfigurationValue {
    static var valueDescription: String { "an integer" }
    static var pluralDescription: String { "integers" }
}

extension UInt64: ConfigurationValue {
    static var valueDescription: String { "a non-negative integer" }
    static var pluralDescription: String { "non-negative integers" }
}

extension Double: ConfigurationValue {
    static var valueDescription: String { "a number" }
    static var pluralDescription: String { "numbers" }
}

extension String: ConfigurationValue {
    static var valueDescription: String { "a text" }
    static var pluralDescription: String { "texts" }
}

extension Bool: ConfigurationValue {
    static var valueDescription: String { "true or false" }
    static var pluralDescription: String { "true/false values" }
}

extension Array: ConfigurationValue where Element: ConfigurationValue {
    static var valueDescription: String { "a list of " + Element.pluralDescription }
    static var pluralDescription: String { "lists of " + Element.pluralDescription }
}

extension Int64: ConfigurationValue {
    static var valueDescription: String { "an integer" }
    static var pluralDescription: String { "integers" }
}
