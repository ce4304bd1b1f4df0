/// The cells of a study in their stable order.
///
/// Order: models (file order) → defenses → attacks → sweep points → seeds, the seed varying
/// fastest. A sweep point assigns a value to each axis that applies to the cell — axes of its
/// model, defense and attack entries, and detector axes when the attack injects profiles — with
/// the last applicable axis varying fastest. The same configuration always gives the same cells
/// in the same order with the same keys.
public struct StudyGrid: Sendable {
    /// The configuration the cells come from.
    public let configuration: StudyConfiguration
    /// Every cell, in stable order; `cells[i].index == i`.
    public let cells: [StudyCell]

    /// Expands `configuration`.
    /// - Throws: ``ConfigurationError`` when a combination of sweep values is invalid for an entry.
    public init(_ configuration: StudyConfiguration) throws {
        self.configuration = configuration
        var cells: [StudyCell] = []
        let attacks: [AttackSpec?] = configuration.attacks.isEmpty ? [nil] : configuration.attacks
        for model in configuration.models {
            for defense in configuration.effectiveDefenses {
                for attack in attacks {
                    let detectorsApply = attack?.kind.injectsProfiles == true
                    let axes = configuration.sweep.axes.filter { axis in
                        switch axis.section {
                        case .models: return axis.entry == model.name
                        case .defenses: return axis.entry == defense.name
                        case .attacks: return axis.entry == attack?.name
                        case .detectors: return detectorsApply
                        }
                    }
                    for point in Self.points(of: axes) {
                        let resolved: StudyConfiguration
                        do {
                            resolved = try point.apply(to: configuration)
                        } catch let issue as ConfigurationIssue {
                            throw ConfigurationError.conflict(
                                file: "sweep", line: nil, path: point.label,
                                message: StudyConfiguration.describe(issue))
                        }
                        for seed in configuration.experiment.seeds {
                            cells.append(StudyCell(
                                index: cells.count,
                                model: resolved.models.first { $0.name == model.name } ?? model,
                                defense: resolved.effectiveDefenses.first { $0.name == defense.name } ?? defense,
                                attack: attack.map { attack in resolved.attacks.first { $0.name == attack.name } ?? attack },
                                detectors: detectorsApply ? resolved.detectors : [],
                                seed: seed, sweep: point))
                        }
                    }
                }
            }
        }
        self.cells = cells
    }

    /// The odometer over `axes`: every combination of their values, the last axis fastest.
    static func points(of axes: [SweepAxis]) -> [SweepPoint] {
        var points = [SweepPoint()]
        for axis in axes {
            points = points.flatMap { point in
                axis.values.map { value in
                    SweepPoint(assignments: point.assignments + [SweepPoint.Assignment(axis: axis, value: value)])
                }
            }
        }
        return points
    }

    /// The detector a sanitize defense names, with the cell's sweep values, or `nil`.
    public func detector(for cell: StudyCell) -> DetectorSpec? {
        guard let name = cell.defense.detector else { return nil }
        return cell.detectors.first { $0.name == name }
            ?? configuration.detectors.first { $0.name == name }
    }
}
