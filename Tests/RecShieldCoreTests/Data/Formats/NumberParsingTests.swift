import Testing
@testable import RecShieldCore

@Suite struct NumberParsingTests {
    static func float(_ text: String) -> Float? {
        let bytes = Array(text.utf8)
        return bytes.withUnsafeBufferPointer { buffer in
            NumberParsing.float(buffer.baseAddress ?? UnsafePointer(bitPattern: 1)!, 0, buffer.count)
        }
    }

    static func whole(_ text: String) -> Int64? {
        let bytes = Array(text.utf8)
        return bytes.withUnsafeBufferPointer { NumberParsing.wholeNumber($0.baseAddress!, 0, $0.count) }
    }

    static func canonical(_ text: String) -> Int? {
        let bytes = Array(text.utf8)
        return bytes.withUnsafeBufferPointer { NumberParsing.canonicalInteger($0.baseAddress!, 0, $0.count) }
    }

    /// Inputs of both the fast path and the fallback (exponents, long mantissas, `+`, hex).
    static let decimals = [
        "0", "-0", "4", "4.0", "3.5", "0.5", "-2.25", ".5", "5.", "0.1", "0.3", "16777215", "16777216",
        "16777217", "1.0000001", "0.00000000001", "0.0000000001", "123456.789", "3.4028235e38",
        "1e-3", "+3", "0x1p3", "2.5E+2", "9999999999999999999999", "0.99999999999999999999",
    ]

    @Test(arguments: decimals)
    func matchesTheStandardParserBitForBit(_ text: String) throws {
        let expected = try #require(Float(text))
        let parsed = try #require(Self.float(text))
        #expect(parsed.bitPattern == expected.bitPattern)
    }

    @Test func fastPathIsCorrectlyRoundedOnRandomDecimals() {
        var generator = Xoshiro256StarStar(seed: 2024)
        for _ in 0..<20_000 {
            let mantissa = generator.nextIndex(below: 1 << 24)
            let scale = generator.nextIndex(below: 11)
            var digits = String(mantissa)
            while digits.count <= scale { digits = "0" + digits }
            let text = scale == 0 ? digits : String(digits.dropLast(scale)) + "." + String(digits.suffix(scale))
            #expect(Self.float(text)?.bitPattern == Float(text)?.bitPattern, "\(text)")
        }
    }

    @Test(arguments: ["", "-", ".", "1.2.3", "1,5", " 4", "4 ", "abc", "1_0", "--1"])
    func rejectsWhatIsNotANumber(_ text: String) {
        #expect(Self.float(text) == nil)
    }

    @Test func returnsNonFiniteValuesForTheCallerToReject() throws {
        #expect(try #require(Self.float("nan")).isNaN)
        #expect(try #require(Self.float("-inf")) == -.infinity)
        #expect(try #require(Self.float("1e50")) == .infinity)
    }

    @Test func wholeNumbersAcceptOnlyZeroFractions() {
        #expect(Self.whole("881250949") == 881_250_949)
        #expect(Self.whole("-5") == -5)
        #expect(Self.whole("978300760.000") == 978_300_760)
        #expect(Self.whole("12.5") == nil)
        #expect(Self.whole("1e9") == nil)
        #expect(Self.whole("") == nil)
        #expect(Self.whole("9223372036854775807") == Int64.max)
        #expect(Self.whole("9223372036854775808") == nil)
    }

    @Test func onlyCanonicalIntegersAreKeyedByValue() {
        #expect(Self.canonical("0") == 0)
        #expect(Self.canonical("7") == 7)
        #expect(Self.canonical("123456789012345678") == 123_456_789_012_345_678)
        for text in ["007", "00", "-1", "+1", "1.0", "1234567890123456789", "", "7a"] {
            #expect(Self.canonical(text) == nil, "\(text)")
        }
    }
}
