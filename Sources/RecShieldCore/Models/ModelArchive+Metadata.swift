import Foundation

/// JSON encoding of the metadata block of a ``ModelArchive``: sorted keys, so the same model
/// always gives the same bytes (and the same checksum).
enum ArchiveMetadata {
    static func encode<Metadata: Encodable>(_ value: Metadata, source: String) throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        do {
            return Array(try encoder.encode(value))
        } catch {
            throw ModelError.malformed(path: source, reason: "cannot encode the metadata (\(error))")
        }
    }

    static func decode<Metadata: Decodable>(
        _ type: Metadata.Type, from bytes: [UInt8], source: String
    ) throws -> Metadata {
        do {
            return try JSONDecoder().decode(type, from: Data(bytes))
        } catch let error as DecodingError {
            throw ModelError.malformed(path: source, reason: "unreadable metadata (\(describe(error)))")
        } catch {
            throw ModelError.malformed(path: source, reason: "unreadable metadata (\(error))")
        }
    }

    private static func describe(_ error: DecodingError) -> String {
        func path(_ context: DecodingError.Context) -> String {
            context.codingPath.map(\.stringValue).joined(separator: ".")
        }
        switch error {
        case let .keyNotFound(key, context):
            return "missing key '\(([path(context)] + [key.stringValue]).filter { !$0.isEmpty }.joined(separator: "."))'"
        case let .typeMismatch(_, context), let .valueNotFound(_, context), let .dataCorrupted(context):
            return "\(path(context).isEmpty ? "" : "at '\(path(context))': ")\(context.debugDescription)"
        @unknown default:
            return "\(error)"
        }
    }
}
