/// Reads one YAML mapping of a configuration strictly: unknown keys, wrong types and values
/// out of range become ``ConfigurationIssue``s that carry the key path.
///
/// `Codable` alone ignores keys a type does not know (`learnig_rate: 0.1` would silently keep
/// the default), so every configuration type reads its keys through this reader instead.
struct ConfigurationReader {
    /// The decoder of the mapping.
    let decoder: any Decoder
    private let container: KeyedDecodingContainer<ConfigurationKey>

    /// Opens the mapping at `decoder` and rejects keys outside `keys`.
    /// - Throws: ``ConfigurationIssue`` when the value is not a mapping or has an unknown key.
    init(_ decoder: any Decoder, keys: [String]) throws {
        self.decoder = decoder
        do {
            container = try decoder.container(keyedBy: ConfigurationKey.self)
        } catch {
            throw ConfigurationIssue(decoder, .wrongType(expected: "a mapping of keys", found: Self.found(in: decoder)))
        }
        for key in container.allKeys where !keys.contains(key.stringValue) {
            let problem = ConfigurationIssue.Problem.unknownKey(key.stringValue, accepted: keys)
            if let child = try? container.superDecoder(forKey: key) { throw ConfigurationIssue(child, problem) }
            throw ConfigurationIssue(decoder, key: key.stringValue, problem)
        }
    }

    /// Whether `key` is given with a value other than null.
    func contains(_ key: String) -> Bool {
        let codingKey = ConfigurationKey(key)
        guard container.contains(codingKey) else { return false }
        return (try? container.decodeNil(forKey: codingKey)) == false
    }

    /// The value of `key`, or `nil` when it is absent or null.
    /// - Throws: ``ConfigurationIssue`` for a value of the wrong type.
    func optional<Value: ConfigurationValue>(_ key: String, as type: Value.Type = Value.self) throws -> Value? {
        guard contains(key) else { return nil }
        do {
            return try container.decode(Value.self, forKey: ConfigurationKey(key))
        } catch let issue as ConfigurationIssue {
            throw issue
        } catch {
            let child = try container.superDecoder(forKey: ConfigurationKey(key))
            throw ConfigurationIssue(child, .wrongType(expected: Value.valueDescription, found: Self.found(in: child)))
        }
    }

    /// The value of `key`, or `defaultValue` when it is absent or null.
    func value<Value: ConfigurationValue>(_ key: String, default defaultValue: Value) throws -> Value {
        try optional(key, as: Value.self) ?? defaultValue
    }

    /// The value of `key` (or the default), checked by `isValid`.
    /// - Parameter expected: what a valid value is, for the error ("an integer ≥ 1").
    func value<Value: ConfigurationValue>(
        _ key: String, default defaultValue: Value, expected: String, where isValid: (Value) -> Bool
    ) throws -> Value {
        let value = try value(key, default: defaultValue)
        guard isValid(value) else { throw invalid(key, "\(value)", expected: expected) }
        return value
    }

    /// The optional value of `key`, checked by `isValid` when present.
    func optional<Value: ConfigurationValue>(
        _ key: String, expected: String, where isValid: (Value) -> Bool
    ) throws -> Value? {
        guard let value = try optional(key, as: Value.self) else { return nil }
        guard isValid(value) else { throw invalid(key, "\(value)", expected: expected) }
        return value
    }

    /// A value from a fixed list of names (an enumeration's raw values), or `nil` when absent.
    /// - Throws: ``ConfigurationIssue`` naming the accepted values and the closest one.
    func optionalChoice<Choice: RawRepresentable & CaseIterable>(_ key: String, as type: Choice.Type = Choice.self) throws -> Choice?
    where Choice.RawValue == String {
        guard let text = try optional(key, as: String.self) else { return nil }
        guard let choice = Choice(rawValue: text) else {
            let child = try container.superDecoder(forKey: ConfigurationKey(key))
            throw ConfigurationIssue(child, .unknownValue(text, accepted: Choice.allCases.map(\.rawValue)))
        }
        return choice
    }

    /// A value from a fixed list of names, or `defaultValue` when absent.
    func choice<Choice: RawRepresentable & CaseIterable>(_ key: String, default defaultValue: Choice) throws -> Choice
    where Choice.RawValue == String {
        try optionalChoice(key, as: Choice.self) ?? defaultValue
    }

    /// A nested section decoded by its own type, or `nil` when absent.
    func optionalSection<Section: Decodable>(_ key: String, as type: Section.Type = Section.self) throws -> Section? {
        guard contains(key) else { return nil }
        return try Section(from: try container.superDecoder(forKey: ConfigurationKey(key)))
    }

    /// A list of sections, each decoded by its own type; empty when absent.
    func sections<Section: Decodable>(_ key: String, as type: Section.Type = Section.self) throws -> [Section] {
        guard contains(key) else { return [] }
        let listDecoder = try container.superDecoder(forKey: ConfigurationKey(key))
        guard var list = try? listDecoder.unkeyedContainer() else {
            throw ConfigurationIssue(listDecoder, .wrongType(expected: "a list", found: Self.found(in: listDecoder)))
        }
        var result: [Section] = []
        while !list.isAtEnd {
            result.append(try Section(from: try list.superDecoder()))
        }
        return result
    }

    /// The decoder of `key`'s value, for values with a shape of their own.
    func decoder(for key: String) throws -> any Decoder {
        try container.superDecoder(forKey: ConfigurationKey(key))
    }

    /// The keys given in the mapping, in file order.
    var givenKeys: [String] { container.allKeys.map(\.stringValue).filter(contains) }

    /// An issue for `key`'s value `value`, which is not `expected`.
    func invalid(_ key: String, _ value: String, expected: String) -> ConfigurationIssue {
        let child = try? container.superDecoder(forKey: ConfigurationKey(key))
        return ConfigurationIssue(child ?? decoder, key: child == nil ? key : nil, .invalidValue(value, expected: expected))
    }

    /// An issue for keys that conflict, reported at `key` (or at the mapping itself).
    func conflict(at key: String? = nil, _ message: String) -> ConfigurationIssue {
        if let key, let child = try? container.superDecoder(forKey: ConfigurationKey(key)) {
            return ConfigurationIssue(child, .conflict(message))
        }
        return ConfigurationIssue(decoder, .conflict(message))
    }

    /// Rejects `key` when it is given but does not apply (e.g. `folds` with a random split).
    /// - Parameter reason: why it does not apply, e.g. "applies to kfold splits only".
    func reject(_ key: String, unless applies: Bool, _ reason: @autoclosure () -> String) throws {
        if contains(key) && !applies { throw conflict(at: key, "'\(key)' \(reason())") }
    }

    /// Rejects giving both `first` and `second`.
    func rejectBoth(_ first: String, _ second: String) throws {
        if contains(first) && contains(second) {
            throw conflict(at: second, "give either '\(first)' or '\(second)', not both")
        }
    }

    /// How a value looks, for "found …" in errors: `'text'` for a scalar, "a list", "a mapping".
    static func found(in decoder: any Decoder) -> String {
        if let text = try? decoder.singleValueContainer().decode(String.self) { return "'\(text)'" }
        if (try? decoder.unkeyedContainer()) != nil { return "a list" }
        if (try? decoder.container(keyedBy: ConfigurationKey.self)) != nil { return "a mapping" }
        return "nothing"
    }
}
