extension StudyConfiguration {
    /// Checks what single sections cannot: unique names, references between sections, the
    /// sweep's paths and values, and inputs that a kind needs.
    /// - Throws: ``ConfigurationIssue`` at the offending key.
    func validateReferences() throws {
        try Self.checkUnique(models.map(\.name), section: "models")
        try Self.checkUnique(attacks.map(\.name), section: "attacks")
        try Self.checkUnique(defenses.map(\.name), section: "defenses")
        try Self.checkUnique(detectors.map(\.name), section: "detectors")
        let detectorNames = detectors.map(\.name)
        for (index, defense) in defenses.enumerated() {
            if let detector = defense.detector, !detectorNames.contains(detector) {
                throw ConfigurationIssue(
                    codingPath: Self.path("defenses", index, "detector"), line: nil,
                    detectorNames.isEmpty
                        ? .conflict("refers to detector '\(detector)', but 'detectors' is empty")
                        : .unknownValue(detector, accepted: detectorNames))
            }
        }
        if dataset.featuresPath == nil {
            if let index = models.firstIndex(where: { $0.kind == .vbpr }) {
                throw ConfigurationIssue(
                    codingPath: Self.path("models", index, "kind"), line: nil,
                    .conflict("a vbpr model needs item features: set dataset.features"))
            }
            if let index = attacks.firstIndex(where: { $0.kind.perturbsModel && $0.perturb == .features }) {
                throw ConfigurationIssue(
                    codingPath: Self.path("attacks", index, "perturb"), line: nil,
                    .conflict("perturbing features needs item features: set dataset.features"))
            }
        }
        try validateSweep()
    }

    private func validateSweep() throws {
        for axis in sweep.axes {
            let codingPath = [ConfigurationKey("sweep"), ConfigurationKey(axis.path)]
            func issue(_ problem: ConfigurationIssue.Problem) -> ConfigurationIssue {
                ConfigurationIssue(codingPath: codingPath, line: nil, problem)
            }
            let names: [String]
            let keys: [String]
            switch axis.section {
            case .models: (names, keys) = (models.map(\.name), ModelSpec.keys)
            case .attacks: (names, keys) = (attacks.map(\.name), AttackSpec.keys)
            case .defenses: (names, keys) = (defenses.map(\.name), DefenseSpec.keys)
            case .detectors: (names, keys) = (detectors.map(\.name), DetectorSpec.keys)
            }
            guard names.contains(axis.entry) else {
                if names.isEmpty { throw issue(.conflict("sweeps entry '\(axis.entry)', but '\(axis.section.rawValue)' is empty")) }
                throw issue(.unknownValue(axis.entry, accepted: names))
            }
            let sweepable = keys.filter { $0 != "name" && $0 != "kind" }
            guard sweepable.contains(axis.key) else {
                if axis.key == "name" || axis.key == "kind" {
                    throw issue(.conflict("'\(axis.key)' cannot be swept; add another entry instead"))
                }
                throw issue(.unknownKey(axis.key, accepted: sweepable))
            }
            if let other = sweep.axes.first(where: {
                $0.section == axis.section && $0.entry == axis.entry && SweepAxis.alternatives[axis.key] == $0.key
            }) {
                throw issue(.conflict("sweeps '\(axis.key)' and '\(other.key)' of the same entry; they give one setting two ways"))
            }
            for value in axis.values {
                do {
                    _ = try SweepPoint(assignments: [SweepPoint.Assignment(axis: axis, value: value)]).apply(to: self)
                } catch let nested as ConfigurationIssue {
                    throw issue(.conflict("value \(value): " + Self.describe(nested)))
                }
            }
        }
    }

    /// The message of an issue met while applying a sweep value, without file or line.
    static func describe(_ issue: ConfigurationIssue) -> String {
        let text = ConfigurationError(issue, file: "").description
        return text.hasPrefix(": ") ? String(text.dropFirst(2)) : text
    }

    private static func checkUnique(_ names: [String], section: String) throws {
        var seen = Set<String>()
        for (index, name) in names.enumerated() where !seen.insert(name).inserted {
            throw ConfigurationIssue(
                codingPath: path(section, index, "name"), line: nil,
                .conflict("the name '\(name)' is used twice in \(section); give each entry its own 'name'"))
        }
    }

    static func path(_ section: String, _ index: Int, _ key: String) -> [any CodingKey] {
        [ConfigurationKey(section), ConfigurationKey(intValue: index), ConfigurationKey(key)]
    }
}
