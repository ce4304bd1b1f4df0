import Testing
@testable import RecShieldAdversarial

@Suite struct ProfileFeatureMatrixTests {
    @Test func rowsColumnsAndValuesByFeature() {
        let matrix = ProfileFeatureMatrix(
            features: [.rdma, .ratingEntropy], userCount: 3, values: [1, 2, 3, 4, 0, 0], isActive: [true, true, false])
        #expect(matrix.row(1) == [3, 4])
        #expect(matrix.column(.ratingEntropy) == [2, 4, 0] && matrix.column(at: 0) == [1, 3, 0])
        #expect(matrix.column(.wdma) == nil && matrix.value(.rdma, user: 1) == 3)
        #expect(matrix.activeUserCount == 2)
    }
}
