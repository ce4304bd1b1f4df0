#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Testing
@testable import RecShieldCore

@Suite struct TRECTextFileTests {
    func rows(_ bytes: [UInt8]) throws -> [(line: Int, fields: [String])] {
        try TRECTextFile.rows(of: bytes, path: "f").map { ($0.line, $0.fields.map(String.init)) }
    }

    /// Writes `bytes` to a new temporary file and returns its path.
    func temporaryFile(_ bytes: [UInt8]) throws -> String {
        var template = Array("/tmp/recshield-trec-XXXXXX".utf8CString)
        let descriptor = mkstemp(&template)
        try #require(descriptor >= 0)
        defer { close(descriptor) }
        let written = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        try #require(written == bytes.count)
        return template.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
    }
}

// MARK: - Accepted variants

extension TRECTextFileTests {
    @Test func skipsBlankAndCommentLinesAndKeepsLineNumbers() throws {
        let parsed = try rows(Array("# header\n\n  \t\n1 Q0 d 1 2 t\n   # indented comment\n2 0 d 1".utf8))
        #expect(parsed.map(\.line) == [4, 6])
        #expect(parsed.map(\.fields) == [["1", "Q0", "d", "1", "2", "t"], ["2", "0", "d", "1"]])
    }

    @Test func acceptsCRLFTabsAndAByteOrderMark() throws {
        let parsed = try rows([0xEF, 0xBB, 0xBF] + Array("a\t0 d1 1\r\nb  0\td2 0\r\n".utf8))
        #expect(parsed.map(\.fields) == [["a", "0", "d1", "1"], ["b", "0", "d2", "0"]])
    }

    @Test func invalidUTF8NamesTheLine() {
        #expect(throws: DataError.undecodableBytes(path: "f", line: 2, encoding: "UTF-8")) {
            try rows(Array("a 0 d 1\n".utf8) + [0x61, 0x20, 0xFF, 0x0A])
        }
    }
}

// MARK: - Files

extension TRECTextFileTests {
    @Test func readsAFileFromDisk() throws {
        let path = try temporaryFile(Array("7 0 doc 2\n".utf8))
        defer { unlink(path) }
        #expect(try TRECQrels(contentsOfFile: path).judgments == ["7": ["doc": 2]])
        #expect(try TRECTextFile.contents(ofFile: path) == Array("7 0 doc 2\n".utf8))
    }

    @Test func missingFileIsFileNotFound() {
        #expect(throws: DataError.fileNotFound(path: "/nonexistent/recshield/run.txt")) {
            try TRECRun(contentsOfFile: "/nonexistent/recshield/run.txt")
        }
    }

    @Test func directoryIsUnreadable() {
        #expect {
            try TRECTextFile.contents(ofFile: "/tmp")
        } throws: { error in
            if case DataError.unreadable(path: "/tmp", reason: _) = error { return true }
            return false
        }
    }
}
