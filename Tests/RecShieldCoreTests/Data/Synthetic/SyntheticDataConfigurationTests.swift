import Testing
@testable import RecShieldCore

@Suite struct SyntheticDataConfigurationTests {
    @Test func defaultsAreValidAndDemoSized() throws {
        let configuration = SyntheticDataConfiguration()
        try configuration.validate()
        #expect(configuration.userCount == 1_000 && configuration.itemCount == 1_500)
        #expect(configuration.interactionCount == 50_000)
    }

    static let invalid: [(String, SyntheticDataConfiguration)] = [
        ("user count", SyntheticDataConfiguration(userCount: 0)),
        ("item count", SyntheticDataConfiguration(itemCount: 0)),
        ("factor count", SyntheticDataConfiguration(factorCount: 0)),
        ("genre count", SyntheticDataConfiguration(genreCount: 0)),
        ("minimum interactions per user", SyntheticDataConfiguration(itemCount: 3, minimumInteractionsPerUser: 4)),
        ("interaction count", SyntheticDataConfiguration(userCount: 10, itemCount: 10, interactionCount: 101)),
        ("interaction count", SyntheticDataConfiguration(userCount: 10, interactionCount: 49)),
        ("interaction count", SyntheticDataConfiguration(userCount: .max, itemCount: 2, minimumInteractionsPerUser: 2)),
        ("popularity exponent", SyntheticDataConfiguration(popularityExponent: -1)),
        ("drift rate", SyntheticDataConfiguration(driftRate: 1.5)),
        ("drift rate", SyntheticDataConfiguration(driftRate: .nan)),
        ("rating noise", SyntheticDataConfiguration(ratingNoise: .infinity)),
        ("time span", SyntheticDataConfiguration(timeSpan: 0)),
        ("time span", SyntheticDataConfiguration(startTimestamp: .max - 5, timeSpan: 10)),
    ]

    @Test(arguments: invalid)
    func invalidValuesNameTheirKey(name: String, configuration: SyntheticDataConfiguration) {
        let error = #expect(throws: DataError.self) { try SyntheticDataGenerator(configuration: configuration) }
        guard case let .invalidParameter(errorName, _, _)? = error else { return }
        #expect(errorName == name)
    }
}
