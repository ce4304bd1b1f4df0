import RecShield

/// What `recshield attack` prints: where the artefact went, its provenance and its cost.
///
/// JSON keys: `output_directory`, `files`, `provenance` (as in `provenance.json`), `cost`
/// (``AttackCost``), and for `--kind gan` `gan` (``GANTrainingSummary``).
struct AttackSummary: Encodable {
    /// The artefact folder.
    var outputDirectory: String
    /// The files written into it.
    var files: [String]
    /// The provenance record.
    var provenance: AttackProvenance
    /// Profiles and interactions injected.
    var cost: AttackCost
    /// The GAN's training diagnostics (GAN attacks only).
    var gan: GANTrainingSummary?

    enum CodingKeys: String, CodingKey {
        case outputDirectory = "output_directory"
        case files, provenance, cost, gan
    }

    /// A two-column summary for people.
    func table(input: LoadedDataset) -> String {
        let attack = provenance.attack
        let grouped = DataInspectCommand.grouped
        var targets = provenance.targetItems.joined(separator: ", ")
        if case let .chosen(pool, count) = attack.targets { targets += " (\(count) \(pool.rawValue))" }
        var rows: [(String, String)] = [
            ("Attack", "\(attack.kindName) (\(attack.goal.rawValue)), seed \(attack.seed)"),
            ("Input", "\(input.report.sourceFiles[0]) (\(provenance.dataFormat.rawValue)), "
                + "\(grouped(provenance.inputUsers)) users, \(grouped(provenance.inputInteractions)) interactions"),
            ("Targets", targets),
        ]
        if !provenance.selectedItems.isEmpty {
            rows.append(("Selected items", "\(provenance.selectedItems.count): " + provenance.selectedItems.joined(separator: ", ")))
        }
        let noun = provenance.rated ? "ratings" : "interactions"
        rows += [
            ("Fake profiles", "\(grouped(cost.fakeProfiles)) (\(percent(cost.fakeUserShare)) of real users)"),
            ("Fillers per profile", attack.filler == nil
                ? "\(grouped(provenance.fillerCount)) on average (lengths follow the real users')"
                : grouped(provenance.fillerCount)),
            ("Injected", "\(grouped(cost.injectedInteractions)) \(noun) (\(percent(cost.injectedShare)) of real ones)"),
            ("Written to", "\(outputDirectory): " + files.joined(separator: ", ")),
            ("Input SHA-256", provenance.inputSHA256),
        ]
        rows += gan?.rows() ?? []
        let width = rows.map(\.0.count).max() ?? 0
        return rows.map { label, value in
            label + String(repeating: " ", count: width - label.count + 2) + value
        }.joined(separator: "\n") + "\n"
    }

    private func percent(_ share: Double) -> String {
        let tenths = (share * 1000).rounded() / 10
        return "\(tenths)%"
    }
}
