import Testing
@testable import RecShieldCore

@Suite struct ColumnSpecTests {
    @Test func parsesRolesInFileOrder() throws {
        #expect(try ColumnSpec(parsing: "user,item,_,rating") == .positional([.user, .item, nil, .rating]))
        #expect(try ColumnSpec(parsing: " item , user ") == .positional([.item, .user]))
    }

    @Test func parsesReferencesByNameAndPosition() throws {
        let spec = try ColumnSpec(parsing: "user=who,item=2,timestamp=time")
        #expect(spec == .byReference([.user: .name("who"), .item: .position(2), .timestamp: .name("time")]))
    }

    @Test(arguments: ["user", "user,_", "user,item,user", "user,item,score", "user=a,item", "user=0,item=1", "", "user=,item=b"])
    func rejectsSpecsThatCannotWork(_ text: String) {
        #expect(throws: DataError.self) { try ColumnSpec(parsing: text) }
    }

    @Test func resolvesNamesAgainstTheHeader() throws {
        let spec = try ColumnSpec(parsing: "user=u,item=3")
        let layout = try RowLayout.resolving(spec, header: ["u", "x", "i"], columnCount: 3, path: "f")
        #expect(layout.roles == [.user, nil, .item])
        #expect(throws: DataError.missingColumn(path: "f", column: "u", header: "a,b")) {
            try RowLayout.resolving(spec, header: ["a", "b"], columnCount: 2, path: "f")
        }
        #expect(throws: DataError.self) { try RowLayout.resolving(spec, header: nil, columnCount: 3, path: "f") }
    }

    @Test func positionsWithoutHeaderUseTheFirstRowWidth() throws {
        let spec = try ColumnSpec(parsing: "item=1,user=3")
        let layout = try RowLayout.resolving(spec, header: nil, columnCount: 4, path: "f")
        #expect(layout.roles == [.item, nil, .user, nil])
    }
}
