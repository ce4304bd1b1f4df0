import Foundation
import RecShieldTestSupport
import Testing
@testable import RecShieldCore

@Suite struct ModelArchiveTests {
    struct Settings: Codable, Equatable, Sendable {
        var rate: Float
        var name: String
    }

    static func sample() throws -> ModelArchive {
        var archive = try ModelArchive(kind: "test-model", metadata: Settings(rate: 0.25, name: "ünïcode"))
        archive.append([1.5, -0, .infinity, .leastNonzeroMagnitude], named: "floats")
        archive.append([Int32.min, 0, 7], named: "ints")
        archive.append(FactorMatrix(rowCount: 2, columnCount: 3, values: [1, 2, 3, 4, 5, 6]), named: "matrix")
        return archive
    }

    static func temporaryPath() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("recshield-\(UUID().uuidString).model").path
    }

    @Test func encodingRoundTripsEveryValueBitForBit() throws {
        let archive = try Self.sample()
        let decoded = try ModelArchive(decoding: archive.encoded(), source: "memory")
        #expect(decoded == archive)
        #expect(try decoded.decodeMetadata(as: Settings.self) == Settings(rate: 0.25, name: "ünïcode"))
        #expect(try decoded.floats(named: "floats").map(\.bitPattern) == ([1.5, -0, .infinity, .leastNonzeroMagnitude] as [Float]).map(\.bitPattern))
        #expect(try decoded.int32s(named: "ints", count: 3) == [Int32.min, 0, 7])
        #expect(try decoded.factorMatrix(named: "matrix", rowCount: 2, columnCount: 3).row(1) == [4, 5, 6])
    }

    @Test func theHeaderHasTheDocumentedLayout() throws {
        let bytes = try Self.sample().encoded()
        #expect(Array(bytes[0..<8]) == [0x89, 0x52, 0x53, 0x4D, 0x4F, 0x44, 0x0D, 0x0A])
        #expect(Array(bytes[8..<12]) == [1, 0, 0, 0])
        let payloadLength = bytes[16..<24].reversed().reduce(0) { $0 << 8 | Int($1) }
        #expect(payloadLength == bytes.count - 32)
        let checksum = bytes[24..<32].reversed().reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
        #expect(checksum == bytes[32...].withUnsafeBytes { FNV1a64.hash($0) })
    }

    @Test(arguments: [0, 5, 8, 20, 31, 32, 100])
    func truncatedFilesAreReportedAsSuch(keptBytes: Int) throws {
        let bytes = Array(try Self.sample().encoded().prefix(keptBytes))
        #expect {
            try ModelArchive(decoding: bytes, source: "cut.model")
        } throws: { error in
            switch error as? ModelError {
            case .notAModelFile("cut.model"): return keptBytes < 8
            case .truncated("cut.model", _, keptBytes): return keptBytes >= 8
            default: return false
            }
        }
    }

    @Test func aFlippedPayloadByteFailsTheChecksum() throws {
        var bytes = try Self.sample().encoded()
        bytes[bytes.count - 3] ^= 0x10
        #expect {
            try ModelArchive(decoding: bytes, source: "flipped.model")
        } throws: { error in
            guard case .checksumMismatch("flipped.model", _, _) = error as? ModelError else { return false }
            return String(describing: error).contains("corrupted")
        }
    }

    @Test func otherVersionsSignaturesAndTrailingBytesAreRejected() throws {
        var newer = try Self.sample().encoded()
        newer[8] = 2
        #expect(throws: ModelError.unsupportedVersion(path: "v2.model", found: 2, supported: 1)) {
            try ModelArchive(decoding: newer, source: "v2.model")
        }
        var text = try Self.sample().encoded()
        text[0] = 0x52
        #expect(throws: ModelError.notAModelFile(path: "text.model")) {
            try ModelArchive(decoding: text, source: "text.model")
        }
        let padded = try Self.sample().encoded() + [0]
        #expect(throws: ModelError.self) { try ModelArchive(decoding: padded, source: "padded.model") }
    }

    @Test func missingOrMisshapenArraysAndWrongKindsNameTheProblem() throws {
        let archive = try ModelArchive(decoding: try Self.sample().encoded(), source: "a.model")
        #expect(throws: ModelError.missingArray(path: "a.model", name: "absent")) { try archive.floats(named: "absent") }
        #expect(throws: ModelError.self) { try archive.int32s(named: "floats") }
        #expect(throws: ModelError.self) { try archive.factorMatrix(named: "matrix", rowCount: 3, columnCount: 3) }
        #expect(throws: ModelError.self) { try archive.factorMatrix(named: "matrix", rowCount: .max, columnCount: 3) }
        #expect(throws: ModelError.wrongKind(path: "a.model", expected: "bpr-mf", found: "test-model")) {
            try archive.requireKind("bpr-mf")
        }
        #expect(throws: ModelError.self) { try archive.decodeMetadata(as: ModelMetadata<Settings>.self) }
    }

    @Test func filesRoundTripAndFileErrorsCarryThePath() throws {
        let path = Self.temporaryPath()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let archive = try Self.sample()
        try archive.save(to: path)
        let loaded = try ModelArchive.load(from: path)
        #expect(loaded == archive && loaded.source == path)
        #expect(throws: ModelError.fileNotFound(path: path + ".absent")) { try ModelArchive.load(from: path + ".absent") }
        let unwritable = path + ".missing-folder/model"
        #expect {
            try archive.save(to: unwritable)
        } throws: { error in
            guard case .unwritable(unwritable, _) = error as? ModelError else { return false }
            return String(describing: error).hasPrefix(unwritable)
        }
    }

    @Test func loadingAModelOfAnotherKindFails() throws {
        let model = try BPRMatrixFactorization.train(
            on: Checkerboard(size: 4).implicit, configuration: .init(training: TrainingConfiguration(factors: 2, epochs: 1)))
        let path = Self.temporaryPath()
        defer { try? FileManager.default.removeItem(atPath: path) }
        try model.save(to: path)
        #expect(throws: ModelError.wrongKind(path: path, expected: "explicit-mf", found: "bpr-mf")) {
            try ExplicitMatrixFactorization.load(from: path)
        }
        #expect(try BPRMatrixFactorization.load(from: path).userIDs == model.userIDs)
    }
}
