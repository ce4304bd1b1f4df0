/// The binary layout of a ``ModelArchive`` (documented on the type).
extension ModelArchive {
    /// The file signature, `"\x89RSMOD\r\n"`.
    static let signature: [UInt8] = [0x89, 0x52, 0x53, 0x4D, 0x4F, 0x44, 0x0D, 0x0A]
    /// Bytes before the payload: signature, version, reserved, payload length, checksum.
    static let headerLength = 32

    /// The archive as bytes, ready to write to a file.
    /// - Complexity: O(total bytes).
    public func encoded() -> [UInt8] {
        var payload = ByteWriter()
        payload.appendString(kind)
        payload.append(UInt64(metadata.count))
        payload.bytes.append(contentsOf: metadata)
        payload.append(UInt32(arrays.count))
        for (name, values) in arrays {
            payload.appendString(name)
            switch values {
            case let .float32(floats):
                payload.bytes.append(1)
                payload.append(UInt64(floats.count))
                payload.appendRaw(floats.map(\.bitPattern))
            case let .int32(ints):
                payload.bytes.append(2)
                payload.append(UInt64(ints.count))
                payload.appendRaw(ints.map { UInt32(bitPattern: $0) })
            }
        }
        var file = ByteWriter()
        file.bytes.reserveCapacity(Self.headerLength + payload.bytes.count)
        file.bytes.append(contentsOf: Self.signature)
        file.append(Self.formatVersion)
        file.append(UInt32(0))
        file.append(UInt64(payload.bytes.count))
        file.append(payload.bytes.withUnsafeBytes { FNV1a64.hash($0) })
        file.bytes.append(contentsOf: payload.bytes)
        return file.bytes
    }

    /// Reads an archive from bytes, checking signature, version, length and checksum before
    /// anything else.
    /// - Parameters:
    ///   - bytes: the file's content.
    ///   - source: the file path, named in errors.
    /// - Throws: ``ModelError`` — `notAModelFile`, `unsupportedVersion`, `truncated`,
    ///   `checksumMismatch` or `malformed`.
    public init(decoding bytes: [UInt8], source: String) throws {
        guard bytes.count >= Self.signature.count, Array(bytes[0..<Self.signature.count]) == Self.signature else {
            throw ModelError.notAModelFile(path: source)
        }
        var header = ByteReader(bytes: bytes, source: source)
        header.position = Self.signature.count
        guard bytes.count >= Self.headerLength else {
            throw ModelError.truncated(path: source, expectedBytes: Self.headerLength, actualBytes: bytes.count)
        }
        let version = try header.read(UInt32.self)
        guard version == Self.formatVersion else {
            throw ModelError.unsupportedVersion(path: source, found: version, supported: Self.formatVersion)
        }
        _ = try header.read(UInt32.self)
        let payloadLength = try header.read(UInt64.self)
        let storedChecksum = try header.read(UInt64.self)
        let available = UInt64(bytes.count - Self.headerLength)
        guard payloadLength <= available else {
            throw ModelError.truncated(
                path: source, expectedBytes: Self.headerLength + Int(clamping: payloadLength), actualBytes: bytes.count)
        }
        guard payloadLength == available else {
            throw ModelError.malformed(
                path: source, reason: "\(available - payloadLength) bytes after the end of the payload")
        }
        let computed = bytes.withUnsafeBytes { FNV1a64.hash(UnsafeRawBufferPointer(rebasing: $0[Self.headerLength...])) }
        guard computed == storedChecksum else {
            throw ModelError.checksumMismatch(path: source, stored: storedChecksum, computed: computed)
        }
        var reader = ByteReader(bytes: bytes, source: source)
        reader.position = Self.headerLength
        let kind = try reader.readString()
        let metadata = try reader.readBytes(count: reader.read(UInt64.self))
        let arrayCount = try reader.read(UInt32.self)
        var arrays: [(name: String, values: ArchiveArray)] = []
        for _ in 0..<arrayCount {
            let name = try reader.readString()
            let type = try reader.readBytes(count: 1)[0]
            let count = try reader.read(UInt64.self)
            switch type {
            case 1: arrays.append((name, .float32(try reader.readRaw(count: count).map(Float.init(bitPattern:)))))
            case 2: arrays.append((name, .int32(try reader.readRaw(count: count).map { Int32(bitPattern: $0) })))
            default: throw ModelError.malformed(path: source, reason: "array '\(name)' has unknown element type \(type)")
            }
        }
        guard reader.position == bytes.count else {
            throw ModelError.malformed(path: source, reason: "unexpected bytes after the last array")
        }
        self.init(kind: kind, metadataBytes: metadata, arrays: arrays, source: source)
    }
}

/// Appends little-endian values to a byte array.
private struct ByteWriter {
    var bytes: [UInt8] = []

    mutating func append<Value: FixedWidthInteger>(_ value: Value) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }

    mutating func appendString(_ string: String) {
        let utf8 = Array(string.utf8)
        append(UInt32(utf8.count))
        bytes.append(contentsOf: utf8)
    }

    /// Appends 32-bit words; a plain copy on little-endian hosts.
    mutating func appendRaw(_ words: [UInt32]) {
        #if _endian(little)
        words.withUnsafeBytes { bytes.append(contentsOf: $0) }
        #else
        for word in words { append(word) }
        #endif
    }
}

/// Reads little-endian values from a byte array; every read past the end is a malformed file
/// (the header's length check already rules out truncation).
private struct ByteReader {
    let bytes: [UInt8]
    let source: String
    var position = 0

    init(bytes: [UInt8], source: String) {
        self.bytes = bytes
        self.source = source
    }

    mutating func readBytes<Count: BinaryInteger>(count: Count) throws -> [UInt8] {
        guard count >= 0, UInt64(count) <= UInt64(bytes.count - position) else {
            throw ModelError.malformed(path: source, reason: "a length field points past the end of the file")
        }
        let end = position + Int(count)
        defer { position = end }
        return Array(bytes[position..<end])
    }

    mutating func read<Value: FixedWidthInteger>(_ type: Value.Type) throws -> Value {
        let raw = try readBytes(count: MemoryLayout<Value>.size)
        return raw.withUnsafeBytes { Value(littleEndian: $0.loadUnaligned(as: Value.self)) }
    }

    mutating func readString() throws -> String {
        let utf8 = try readBytes(count: read(UInt32.self))
        let string = String(decoding: utf8, as: UTF8.self)
        guard Array(string.utf8) == utf8 else {
            throw ModelError.malformed(path: source, reason: "a name is not valid UTF-8")
        }
        return string
    }

    mutating func readRaw(count: UInt64) throws -> [UInt32] {
        guard count <= UInt64(bytes.count - position) / 4 else {
            throw ModelError.malformed(path: source, reason: "an array length points past the end of the file")
        }
        let raw = try readBytes(count: count * 4)
        return [UInt32](unsafeUninitializedCapacity: Int(count)) { buffer, initialized in
            raw.withUnsafeBytes { source in
                for index in 0..<Int(count) {
                    buffer[index] = UInt32(littleEndian: source.loadUnaligned(fromByteOffset: index * 4, as: UInt32.self))
                }
            }
            initialized = Int(count)
        }
    }
}
