import Foundation

/// Writes `Encodable` results to stdout as stable, pretty-printed JSON (sorted keys), so `--json`
/// output diffs cleanly between runs.
enum JSONOutput {
    /// The JSON text of `value`, ending with a newline.
    static func text<Value: Encodable>(_ value: Value) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.nonConformingFloatEncodingStrategy = .convertToString(
            positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
        return String(decoding: try encoder.encode(value), as: UTF8.self) + "\n"
    }

    /// Prints `value` as JSON on stdout.
    static func print<Value: Encodable>(_ value: Value) throws {
        Swift.print(try text(value), terminator: "")
    }
}
