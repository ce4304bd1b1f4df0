/// A trained model as a self-describing binary container: what kind of model it is, a JSON block
/// of hyperparameters and raw ID maps, and named contiguous parameter arrays — the one file format
/// every RecShield model saves to.
///
/// On disk (all integers little-endian; see ``encoded()``):
/// ```
/// 0   8 bytes   signature 89 52 53 4D 4F 44 0D 0A  ("\x89RSMOD\r\n")
/// 8   UInt32    format version (``formatVersion``)
/// 12  UInt32    reserved, 0
/// 16  UInt64    payload length in bytes
/// 24  UInt64    FNV-1a-64 of the payload
/// 32  payload:  kind (UInt32 length + UTF-8), metadata (UInt64 length + JSON),
///               UInt32 array count, then per array: name (UInt32 length + UTF-8),
///               UInt8 element type (1 Float32, 2 Int32), UInt64 element count, raw values
/// ```
/// The signature's first byte is not ASCII and it ends in CR LF, so text-mode transfers that
/// mangle line ends or the high bit are caught, as in PNG. A model type writes its parameters
/// with `append(_:named:)` and reads them back with `floats(named:count:)`,
/// `int32s(named:count:)` or `factorMatrix(named:rowCount:columnCount:)`; ``ArchivableModel``
/// adds `save(to:)` and `load(from:)` on top.
public struct ModelArchive: Sendable, Equatable {
    /// The format version this build writes and reads.
    public static let formatVersion: UInt32 = 1

    /// The model kind, e.g. `"bpr-mf"`; loaders check it before reading parameters.
    public var kind: String
    /// The UTF-8 JSON metadata block (hyperparameters, raw ID maps).
    public var metadata: [UInt8]
    /// The parameter arrays in the order they were added.
    public private(set) var arrays: [(name: String, values: ArchiveArray)]
    /// Where the archive came from (a file path, or `"<memory>"`), for error messages.
    public var source: String

    /// Creates an archive with JSON-encoded metadata and no arrays yet.
    /// - Throws: ``ModelError/malformed(path:reason:)`` when the metadata cannot be encoded.
    public init<Metadata: Encodable>(kind: String, metadata: Metadata) throws {
        self.kind = kind
        self.metadata = try ArchiveMetadata.encode(metadata, source: "<memory>")
        self.arrays = []
        self.source = "<memory>"
    }

    init(kind: String, metadataBytes: [UInt8], arrays: [(name: String, values: ArchiveArray)], source: String) {
        self.kind = kind
        self.metadata = metadataBytes
        self.arrays = arrays
        self.source = source
    }

    /// Adds a `Float` array.
    public mutating func append(_ values: [Float], named name: String) {
        arrays.append((name, .float32(values)))
    }

    /// Adds an `Int32` array.
    public mutating func append(_ values: [Int32], named name: String) {
        arrays.append((name, .int32(values)))
    }

    /// Adds the row-major values of a factor matrix.
    public mutating func append(_ matrix: FactorMatrix, named name: String) {
        append(matrix.values, named: name)
    }

    /// Decodes the metadata block.
    /// - Throws: ``ModelError/malformed(path:reason:)`` when it does not decode as `type`.
    public func decodeMetadata<Metadata: Decodable>(as type: Metadata.Type) throws -> Metadata {
        try ArchiveMetadata.decode(type, from: metadata, source: source)
    }

    /// Throws unless the archive holds a model of `expected` kind.
    /// - Throws: ``ModelError/wrongKind(path:expected:found:)``.
    public func requireKind(_ expected: String) throws {
        if kind != expected { throw ModelError.wrongKind(path: source, expected: expected, found: kind) }
    }

    /// The `Float` array called `name`.
    /// - Throws: ``ModelError/missingArray(path:name:)``, or ``ModelError/malformed(path:reason:)``
    ///   when it holds another element type or `count` is given and differs.
    public func floats(named name: String, count: Int? = nil) throws -> [Float] {
        guard case let .float32(values) = try array(named: name) else {
            throw ModelError.malformed(path: source, reason: "array '\(name)' does not hold Float32 values")
        }
        try check(name, count: values.count, expected: count)
        return values
    }

    /// The `Int32` array called `name`.
    /// - Throws: as ``floats(named:count:)``.
    public func int32s(named name: String, count: Int? = nil) throws -> [Int32] {
        guard case let .int32(values) = try array(named: name) else {
            throw ModelError.malformed(path: source, reason: "array '\(name)' does not hold Int32 values")
        }
        try check(name, count: values.count, expected: count)
        return values
    }

    /// The `Float` array called `name` as a `rowCount × columnCount` factor matrix.
    /// - Throws: as ``floats(named:count:)``.
    public func factorMatrix(named name: String, rowCount: Int, columnCount: Int) throws -> FactorMatrix {
        let (count, overflow) = rowCount.multipliedReportingOverflow(by: columnCount)
        guard !overflow, rowCount >= 0, columnCount >= 0 else {
            throw ModelError.malformed(path: source, reason: "array '\(name)' cannot be \(rowCount) × \(columnCount)")
        }
        let values = try floats(named: name, count: count)
        return FactorMatrix(rowCount: rowCount, columnCount: columnCount, values: values)
    }

    private func array(named name: String) throws -> ArchiveArray {
        guard let found = arrays.first(where: { $0.name == name }) else {
            throw ModelError.missingArray(path: source, name: name)
        }
        return found.values
    }

    private func check(_ name: String, count: Int, expected: Int?) throws {
        if let expected, count != expected {
            throw ModelError.malformed(
                path: source, reason: "array '\(name)' holds \(count) values where the model needs \(expected)")
        }
    }

    /// Archives are equal when kind, metadata and arrays are; ``source`` is not compared.
    public static func == (lhs: ModelArchive, rhs: ModelArchive) -> Bool {
        lhs.kind == rhs.kind && lhs.metadata == rhs.metadata
            && lhs.arrays.elementsEqual(rhs.arrays) { $0.name == $1.name && $0.values == $1.values }
    }
}

/// The values of one named array in a ``ModelArchive``.
public enum ArchiveArray: Sendable, Equatable {
    /// 32-bit floats (factors, biases, weights).
    case float32([Float])
    /// 32-bit integers (indices, counts).
    case int32([Int32])
}
