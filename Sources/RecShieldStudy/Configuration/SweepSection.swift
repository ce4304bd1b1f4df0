/// The `sweep` section: an explicit grid over entry parameters.
///
/// Each key is `<section>.<entry name>.<key>` with a list of values, e.g.
/// ```yaml
/// sweep:
///   models.bpr.factors: [32, 64]
///   attacks.bandwagon.fake_user_fraction: [0.01, 0.03]
/// ```
/// The grid is the Cartesian product of the axes that apply to a cell (the cell's model,
/// defense, attack and every detector); each value replaces the entry's key — sweeping one of
/// two alternative keys (`fake_user_fraction` / `fake_user_count`) replaces whichever the entry
/// gave. A value is checked exactly like the entry's own key. `name` and `kind` cannot be swept:
/// add another entry instead. Default: no sweep.
public struct SweepSection: Codable, Sendable, Equatable {
    /// The axes, in file order.
    public var axes: [SweepAxis]

    /// Creates the section.
    public init(axes: [SweepAxis] = []) {
        self.axes = axes
    }

    public init(from decoder: any Decoder) throws {
        guard let container = try? decoder.container(keyedBy: ConfigurationKey.self) else {
            throw ConfigurationIssue(decoder, .wrongType(expected: "a mapping of parameter paths to lists", found: ConfigurationReader.found(in: decoder)))
        }
        axes = try container.allKeys.map { key in
            let child = try container.superDecoder(forKey: key)
            let parts = key.stringValue.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
            guard parts.count == 3, !parts[1].isEmpty, !parts[2].isEmpty else {
                throw ConfigurationIssue(child, .invalidValue(
                    "key '\(key.stringValue)'", expected: "<section>.<entry name>.<key>, e.g. models.bpr.factors"))
            }
            guard let section = SweepAxis.Section(rawValue: parts[0]) else {
                throw ConfigurationIssue(child, .unknownValue(parts[0], accepted: SweepAxis.Section.allCases.map(\.rawValue)))
            }
            let values: [SweepValue]
            do {
                values = try container.decode([SweepValue].self, forKey: key)
            } catch let issue as ConfigurationIssue {
                throw issue
            } catch {
                throw ConfigurationIssue(child, .wrongType(expected: "a list of values", found: ConfigurationReader.found(in: child)))
            }
            guard !values.isEmpty, Set(values).count == values.count else {
                throw ConfigurationIssue(child, .invalidValue("\(values)", expected: "a non-empty list of distinct values"))
            }
            return SweepAxis(section: section, entry: parts[1], key: parts[2], values: values)
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var writer = ConfigurationWriter(encoder)
        for axis in axes { try writer.write(axis.path, axis.values) }
    }
}
