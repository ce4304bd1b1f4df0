import ArgumentParser
import Foundation
import RecShield

/// The data a detection command judges: an interaction file or folder, or an attack artefact
/// folder with its labels and provenance.
struct DetectionInput {
    /// The profiles to judge.
    var data: InteractionDataset
    /// The input's format.
    var format: DataFormat
    /// Per-user labels (`nil` entries for unlabelled users), when known.
    var labels: [Bool?]?
    /// Where the labels came from.
    var labelSource: String?
    /// The attack's provenance, for an artefact folder.
    var provenance: AttackProvenance?

    /// Loads `path`: an artefact folder (it holds `provenance.json`) with its labels, or data read
    /// with `options` and labelled by `labelsPath` when given.
    /// - Throws: ``DataError`` for unreadable input; `ValidationError` for `--labels` on an
    ///   artefact folder, which carries its own.
    static func load(_ path: String, labels labelsPath: String?, options: DataOptions) throws -> DetectionInput {
        if FileManager.default.fileExists(atPath: OutputFile.path(path, AttackArtefact.provenanceFileName)) {
            guard labelsPath == nil else {
                throw ValidationError("\(path) is an attack artefact with its own labels.txt; drop --labels")
            }
            let artefact = try AttackArtefact.read(from: path)
            return DetectionInput(
                data: artefact.poisoned, format: artefact.provenance.dataFormat, labels: artefact.isFake.map { $0 },
                labelSource: OutputFile.path(path, AttackArtefact.labelsFileName), provenance: artefact.provenance)
        }
        let loaded = try options.load(path)
        var input = DetectionInput(
            data: loaded.dataset, format: loaded.report.format, labels: nil, labelSource: nil, provenance: nil)
        if let labelsPath {
            input.labels = try UserLabels.read(from: labelsPath).resolved(for: loaded.dataset.userIDs)
            input.labelSource = labelsPath
        }
        return input
    }
}
