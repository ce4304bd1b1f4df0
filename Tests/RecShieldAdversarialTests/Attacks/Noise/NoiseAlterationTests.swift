import Foundation
import Testing
@testable import RecShieldAdversarial

@Suite struct NoiseAlterationTests {
    @Test func encodesWithSnakeCaseKeysAndLeavesAbsentRatingsOut() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let flipped = NoiseAlteration(kind: .flipped, user: 2, item: 5, oldRating: 4.5, newRating: 1)
        #expect(String(decoding: try encoder.encode(flipped), as: UTF8.self)
            == #"{"item":5,"kind":"flipped","new_rating":1,"old_rating":4.5,"user":2}"#)
        let added = NoiseAlteration(kind: .added, user: 0, item: 1)
        #expect(String(decoding: try encoder.encode(added), as: UTF8.self) == #"{"item":1,"kind":"added","user":0}"#)
        #expect(try JSONDecoder().decode(NoiseAlteration.self, from: try encoder.encode(flipped)) == flipped)
    }
}
