import Yams

/// One point of the sweep grid for one cell: the value each applicable axis takes.
public struct SweepPoint: Sendable, Hashable {
    /// One swept key set to one value.
    public struct Assignment: Sendable, Hashable {
        /// The section of the swept entry.
        public var section: SweepAxis.Section
        /// The swept entry's name.
        public var entry: String
        /// The swept key.
        public var key: String
        /// The value it takes at this point.
        public var value: SweepValue

        /// Sets `axis`'s key to `value`.
        public init(axis: SweepAxis, value: SweepValue) {
            section = axis.section
            entry = axis.entry
            key = axis.key
            self.value = value
        }

        /// `models.bpr.factors=32`.
        public var label: String { "\(section.rawValue).\(entry).\(key)=\(value)" }
    }

    /// The assignments, in the order of the sweep's axes.
    public var assignments: [Assignment]

    /// Creates a point.
    public init(assignments: [Assignment] = []) {
        self.assignments = assignments
    }

    /// `models.bpr.factors=32,attacks.bandwagon.fake_user_fraction=0.01`, or empty without a sweep.
    public var label: String { assignments.map(\.label).joined(separator: ",") }

    /// The assignments of one section, as `key=value` pairs joined by commas (for report labels).
    public func label(for section: SweepAxis.Section) -> String {
        assignments.filter { $0.section == section }.map { "\($0.key)=\($0.value)" }.joined(separator: ",")
    }

    /// `configuration` with every assignment applied to its entry, each value checked exactly
    /// like the entry's own key.
    /// - Throws: ``ConfigurationIssue`` when a value is invalid for its key.
    func apply(to configuration: StudyConfiguration) throws -> StudyConfiguration {
        var result = configuration
        for assignment in assignments {
            switch assignment.section {
            case .models:
                try Self.replace(in: &result.models, assignment)
            case .attacks:
                try Self.replace(in: &result.attacks, assignment)
            case .defenses:
                try Self.replace(in: &result.defenses, assignment)
            case .detectors:
                try Self.replace(in: &result.detectors, assignment)
            }
        }
        return result
    }

    private static func replace<Spec: Codable & NamedEntry>(in entries: inout [Spec], _ assignment: Assignment) throws {
        guard let index = entries.firstIndex(where: { $0.name == assignment.entry }) else {
            throw ConfigurationIssue(
                codingPath: [ConfigurationKey("sweep")], line: nil,
                .unknownValue(assignment.entry, accepted: entries.map(\.name)))
        }
        entries[index] = try substitute(assignment.key, with: assignment.value, in: entries[index])
    }

    /// `spec` re-decoded with `key` set to `value` (and the key's alternative removed).
    static func substitute<Spec: Codable>(_ key: String, with value: SweepValue, in spec: Spec) throws -> Spec {
        let mapping: Node.Mapping
        do {
            guard let node = try Yams.compose(yaml: try YAMLEncoder().encode(spec)), let decoded = node.mapping else {
                throw ConfigurationIssue(codingPath: [], line: nil, .conflict("the entry does not encode as a mapping"))
            }
            mapping = decoded
        } catch let issue as ConfigurationIssue {
            throw issue
        } catch {
            throw ConfigurationIssue(codingPath: [], line: nil, .conflict("the entry cannot be re-encoded: \(error)"))
        }
        let alternative = SweepAxis.alternatives[key]
        var pairs = mapping.filter { $0.key.string != key && $0.key.string != alternative }.map { ($0.key, $0.value) }
        pairs.append((Node(key), node(for: value)))
        return try YAMLDecoder().decode(Spec.self, from: .mapping(Node.Mapping(pairs)))
    }

    private static func node(for value: SweepValue) -> Node {
        switch value {
        case let .list(values): return Node(values.map(node(for:)))
        default: return Node(value.description)
        }
    }
}

/// A list entry with a `name`.
protocol NamedEntry {
    var name: String { get }
}

extension ModelSpec: NamedEntry {}
extension AttackSpec: NamedEntry {}
extension DefenseSpec: NamedEntry {}
extension DetectorSpec: NamedEntry {}
