import Foundation

extension StudyReport {
    /// The report as pretty-printed JSON with sorted snake_case keys (NaN and infinities as the
    /// strings `nan`, `inf`, `-inf`).
    public func jsonText() throws -> String {
        let encoder = RunExports.encoder(pretty: true)
        encoder.keyEncodingStrategy = .convertToSnakeCase
        return String(decoding: try encoder.encode(self), as: UTF8.self) + "\n"
    }
}
