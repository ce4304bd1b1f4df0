import Testing
@testable import RecShieldCore

@Suite struct ModelArchiveSparseMatrixTests {
    /// 3 × 4: row 0 = {1: 0.5, 3: 2}, row 1 empty, row 2 = {0: -1}.
    static let matrix = SparseMatrix(
        rowCount: 3, columnCount: 4, rows: [0, 0, 2], columns: [1, 3, 0], values: [0.5, 2, -1])

    /// An archive holding `matrix` as `m`, with `offsets` and `columns` replaced when given.
    static func archive(offsets: [Int32]? = nil, columns: [Int32]? = nil) throws -> ModelArchive {
        var archive = try ModelArchive(kind: "test", metadata: [String: Int]())
        archive.append(offsets ?? matrix.rowOffsets.map { Int32($0) }, named: "m.offsets")
        archive.append(columns ?? matrix.columns, named: "m.columns")
        archive.append(matrix.values, named: "m.values")
        return archive
    }

    @Test func matricesRoundTripWithOrWithoutValues() throws {
        var archive = try ModelArchive(kind: "test", metadata: [String: Int]())
        try archive.append(Self.matrix, named: "full")
        try archive.append(Self.matrix, named: "pattern", includesValues: false)
        let decoded = try ModelArchive(decoding: archive.encoded(), source: "m.model")
        #expect(try decoded.sparseMatrix(named: "full", rowCount: 3, columnCount: 4) == Self.matrix)
        let pattern = try decoded.sparseMatrix(named: "pattern", rowCount: 3, columnCount: 4, includesValues: false)
        #expect(pattern.columns == Self.matrix.columns && pattern.values == [1, 1, 1])
        #expect(decoded.containsArray(named: "full.values") && !decoded.containsArray(named: "pattern.values"))
    }

    @Test(arguments: [
        ([0, 2, 2, 4], [1, 3, 0], "offsets do not span"),
        ([1, 2, 2, 3], [1, 3, 0], "offsets do not span"),
        ([0, 2, 1, 3], [1, 3, 0], "offsets decrease at row 1"),
        ([0, 2, 2, 3], [1, 4, 0], "column 4 of row 0 is outside 0..<4"),
        ([0, 2, 2, 3], [3, 1, 0], "not strictly ascending"),
        ([0, 2, 2, 3], [1, 1, 0], "not strictly ascending"),
    ] as [([Int32], [Int32], String)])
    func brokenMatricesAreMalformedFilesNotCrashes(offsets: [Int32], columns: [Int32], reason: String) throws {
        let archive = try Self.archive(offsets: offsets, columns: columns)
        #expect {
            try archive.sparseMatrix(named: "m", rowCount: 3, columnCount: 4)
        } throws: { error in
            guard case let .malformed(_, message) = error as? ModelError else { return false }
            return message.contains(reason)
        }
    }

    @Test func aMatrixOfTheWrongShapeOrWithoutItsArraysIsRejected() throws {
        let archive = try Self.archive()
        #expect(throws: ModelError.self) { try archive.sparseMatrix(named: "m", rowCount: 2, columnCount: 4) }
        #expect(throws: ModelError.missingArray(path: "<memory>", name: "other.offsets")) {
            try archive.sparseMatrix(named: "other", rowCount: 3, columnCount: 4)
        }
    }
}
