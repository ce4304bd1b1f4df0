import Foundation
import RecShieldCore

extension AttackArtefact {
    /// The labels file's name inside an artefact directory.
    public static let labelsFileName = "labels.txt"
    /// The provenance file's name inside an artefact directory.
    public static let provenanceFileName = "provenance.json"

    /// Writes the artefact into `directory` (created when missing):
    /// - the poisoned data as ``AttackProvenance/dataFile`` in the input's format
    ///   (``DatasetWriter/interactionsText(_:format:)``): `ratings.csv`, `u.data`, `ratings.dat`,
    ///   `interactions.inter` or `interactions.csv`;
    /// - ``labelsFileName``: ``labelsText()``;
    /// - ``provenanceFileName``: the provenance as pretty-printed JSON with sorted keys.
    ///
    /// Equal artefacts give byte-identical files.
    /// - Throws: ``DataError/unwritable(path:reason:)``, the writer's errors for IDs the format
    ///   cannot hold, and ``DataError/invalidParameter(name:value:expected:)`` for a user ID with
    ///   a line break (it cannot be labelled).
    public func write(to directory: String) throws {
        let data = try DatasetWriter.interactionsText(poisoned, format: provenance.dataFormat)
        let labels = try labelsText()
        try OutputFile.createDirectory(directory)
        try OutputFile.write(data, to: OutputFile.path(directory, provenance.dataFile))
        try OutputFile.write(labels, to: OutputFile.path(directory, Self.labelsFileName))
        try OutputFile.write(try Self.json(provenance), to: OutputFile.path(directory, Self.provenanceFileName))
    }

    /// The labels file: one line `raw_user_id label` per user of ``poisoned`` in index order,
    /// label `1` for fake and `0` for real users, separated by one space (the label is the text
    /// after the last space, so IDs with spaces still read back).
    /// - Throws: ``DataError/invalidParameter(name:value:expected:)`` for a user ID with a line break.
    public func labelsText() throws -> String {
        var text = ""
        for (user, raw) in poisoned.userIDs.rawIDs.enumerated() {
            guard !raw.contains("\n") && !raw.contains("\r") else {
                throw DataError.invalidParameter(
                    name: "user ID", value: String(raw.prefix(60)), expected: "an ID without line breaks (labels are one per line)")
            }
            text += raw + (isFake[user] ? " 1\n" : " 0\n")
        }
        return text
    }

    /// Reads an artefact written by ``write(to:)``: the provenance, the data file in the
    /// recorded format, and the labels.
    ///
    /// The data gets ID maps in order of first appearance in the file (real users, then fake
    /// ones); labels of users without interactions in the file are ignored.
    /// - Throws: ``DataError`` for a missing or malformed file (with file and line), a user of the
    ///   data without a label, or a number of fake users with interactions that differs from
    ///   the provenance.
    public static func read(from directory: String) throws -> AttackArtefact {
        let provenancePath = OutputFile.path(directory, provenanceFileName)
        let provenance: AttackProvenance
        do {
            provenance = try JSONDecoder().decode(AttackProvenance.self, from: Data(try OutputFile.read(provenancePath)))
        } catch let error as DecodingError {
            throw DataError.unreadable(path: provenancePath, reason: "not a provenance record: \(describe(error))")
        }
        let options = provenance.dataFormat == .delimited
            ? DatasetWriter.delimitedReadOptions(isRated: provenance.rated, hasTimestamps: provenance.timed)
            : LoadOptions(readsSideInformation: false)
        let poisoned = try DatasetLoader.load(
            OutputFile.path(directory, provenance.dataFile), format: provenance.dataFormat, options: options
        ).dataset
        let labelsPath = OutputFile.path(directory, labelsFileName)
        let labels = try readLabels(labelsPath)
        let isFake = try poisoned.userIDs.rawIDs.map { raw in
            guard let label = labels[raw] else {
                throw DataError.unreadable(path: labelsPath, reason: "user '\(String(raw.prefix(60)))' of the data has no label")
            }
            return label
        }
        let fakeCount = isFake.count { $0 }
        guard fakeCount == provenance.fakeUsers else {
            throw DataError.unreadable(
                path: labelsPath,
                reason: "\(fakeCount) users of the data are labelled fake, the provenance records \(provenance.fakeUsers)")
        }
        return AttackArtefact(poisoned: poisoned, isFake: isFake, provenance: provenance)
    }

    /// The labels of a labels file by raw user ID.
    /// - Throws: ``DataError/malformedRow(path:line:text:reason:)`` for a line that is not
    ///   `ID 0` or `ID 1`, or a user labelled twice.
    static func readLabels(_ path: String) throws -> [String: Bool] {
        let text = String(decoding: try OutputFile.read(path), as: UTF8.self)
        var labels: [String: Bool] = [:]
        // "\r\n" is one Character in Swift, so both line ends are matched explicitly.
        let lines = text.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" }
        for (offset, line) in lines.enumerated() {
            if line.isEmpty { continue }
            func malformed(_ reason: String) -> DataError {
                DataError.malformedRow(path: path, line: offset + 1, text: String(line), reason: reason)
            }
            guard let space = line.lastIndex(of: " ") else { throw malformed("expected 'raw_user_id label'") }
            let user = String(line[..<space])
            let label = line[line.index(after: space)...]
            guard label == "0" || label == "1", !user.isEmpty else {
                throw malformed("expected 'raw_user_id label' with label 0 (real) or 1 (fake)")
            }
            guard labels.updateValue(label == "1", forKey: user) == nil else { throw malformed("user '\(user)' is labelled twice") }
        }
        return labels
    }

    /// Pretty-printed JSON with sorted keys and a final newline.
    static func json<Value: Encodable>(_ value: Value) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self) + "\n"
    }

    /// A one-line description of a decoding error: what went wrong and where.
    private static func describe(_ error: DecodingError) -> String {
        func path(_ context: DecodingError.Context) -> String {
            let keys = context.codingPath.map(\.stringValue).joined(separator: ".")
            return keys.isEmpty ? context.debugDescription : "\(keys): \(context.debugDescription)"
        }
        switch error {
        case let .typeMismatch(_, context), let .valueNotFound(_, context), let .dataCorrupted(context):
            return path(context)
        case let .keyNotFound(key, context):
            return path(context) + " (missing key '\(key.stringValue)')"
        @unknown default:
            return "\(error)"
        }
    }
}
