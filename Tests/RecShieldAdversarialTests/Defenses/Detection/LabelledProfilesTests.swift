import RecShieldCore
import Testing
@testable import RecShieldAdversarial

@Suite struct LabelledProfilesTests {
    @Test func artefactsLabelEveryUser() throws {
        let artefact = try DetectionFixtures.attacked(.random)
        let profiles = LabelledProfiles(artefact)
        #expect(profiles.labels.count == 165 && profiles.labels.compactMap { $0 }.count { $0 } == 15)
        #expect(profiles.labelledActiveUsers.count == 165)
    }

    @Test func usersWithoutInteractionsOrLabelsAreLeftOut() {
        var data = DetectionFixtures.handMade
        data.userIDs.insert("silent")
        let profiles = LabelledProfiles(data: data, labels: [true, nil, false, false, true])
        #expect(profiles.labelledActiveUsers == [0, 2, 3])
    }
}
