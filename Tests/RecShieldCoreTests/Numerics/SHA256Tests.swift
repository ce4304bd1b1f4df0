import Testing
@testable import RecShieldCore

@Suite struct SHA256Tests {
    /// The examples of FIPS 180-4's companion document (NIST CSRC "SHA256.pdf") and the
    /// NESSIE long-message vector.
    @Test(arguments: [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        ("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
         "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
        ("abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu",
         "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1"),
    ])
    func standardVectors(message: String, digest: String) {
        #expect(SHA256.hexDigest(Array(message.utf8)) == digest)
    }

    @Test func oneMillionLetterA() {
        var hasher = SHA256()
        let chunk = [UInt8](repeating: UInt8(ascii: "a"), count: 1_000)
        for _ in 0..<1_000 { hasher.update(chunk) }
        #expect(SHA256.hexadecimal(hasher.finalize()) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    /// Lengths around the padding boundary (55 bytes fit one block, 56 need a second), digests
    /// from Python's `hashlib` over the bytes 0, 1, 2, ….
    @Test(arguments: [
        (55, "463eb28e72f82e0a96c0a4cc53690c571281131f672aa229e0d45ae59b598b59"),
        (56, "da2ae4d6b36748f2a318f23e7ab1dfdf45acdc9d049bd80e59de82a60895f562"),
        (63, "29af2686fd53374a36b0846694cc342177e428d1647515f078784d69cdb9e488"),
        (64, "fdeab9acf3710362bd2658cdc9a29e8f9c757fcf9811603a8c447cd1d9151108"),
        (119, "da18797ed7c3a777f0847f429724a2d8cd5138e6ed2895c3fa1a6d39d18f7ec6"),
    ])
    func paddingBoundaries(length: Int, digest: String) {
        let bytes = (0..<length).map { UInt8($0) }
        #expect(SHA256.hexDigest(bytes) == digest)
        var pieces = SHA256()
        for start in stride(from: 0, to: length, by: 7) { pieces.update(bytes[start..<min(start + 7, length)]) }
        #expect(SHA256.hexadecimal(pieces.finalize()) == digest)
    }

    @Test func hexadecimalIsLowercaseTwoDigitsPerByte() {
        #expect(SHA256.hexadecimal([0x00, 0x0f, 0xa0, 0xff]) == "000fa0ff")
    }
}
