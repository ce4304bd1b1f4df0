/// Writes a configuration mapping under the same snake_case keys ``ConfigurationReader`` reads,
/// leaving out keys whose value is `nil`.
struct ConfigurationWriter {
    private var container: KeyedEncodingContainer<ConfigurationKey>

    /// Opens a mapping on `encoder`.
    init(_ encoder: any Encoder) {
        container = encoder.container(keyedBy: ConfigurationKey.self)
    }

    /// Writes `value` under `key`, or nothing for `nil`.
    mutating func write<Value: Encodable>(_ key: String, _ value: Value?) throws {
        if let value { try container.encode(value, forKey: ConfigurationKey(key)) }
    }

    /// Writes an enumeration's raw value under `key`, or nothing for `nil`.
    mutating func write<Choice: RawRepresentable>(_ key: String, choice: Choice?) throws where Choice.RawValue == String {
        if let choice { try container.encode(choice.rawValue, forKey: ConfigurationKey(key)) }
    }
}
