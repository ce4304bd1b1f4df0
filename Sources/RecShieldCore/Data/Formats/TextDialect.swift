/// How a delimited text file separates and encodes its fields.
struct TextDialect: Equatable {
    /// The field separator; may be more than one byte (`"::"`).
    let separator: [UInt8]
    /// Whether a field that starts with `"` is an RFC 4180 quoted field (separators and line ends
    /// inside quotes are data, `""` is one quote).
    let allowsQuotes: Bool
    /// How field bytes become text.
    let encoding: TextEncoding

    /// Creates a dialect.
    /// - Precondition: `separator` is not empty.
    init(separator: String, allowsQuotes: Bool, encoding: TextEncoding = .utf8) {
        precondition(!separator.isEmpty, "empty separator")
        self.separator = Array(separator.utf8)
        self.allowsQuotes = allowsQuotes
        self.encoding = encoding
    }

    /// The separator as text, escaped for messages (`\t` for a tab).
    var separatorDescription: String {
        String(decoding: separator, as: UTF8.self)
            .replacingTabs()
    }
}

/// The character encodings RecShield reads.
enum TextEncoding: Equatable {
    /// UTF-8 (ASCII included); invalid bytes are an error.
    case utf8
    /// ISO-8859-1, where every byte is the code point of the same value (old MovieLens files).
    case latin1

    /// Decodes bytes that were already checked for this encoding.
    func decode(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        switch self {
        case .utf8:
            return String(decoding: bytes, as: UTF8.self)
        case .latin1:
            var scalars = String.UnicodeScalarView()
            for byte in bytes { scalars.append(Unicode.Scalar(byte)) }
            return String(scalars)
        }
    }
}

extension String {
    /// The text with tabs written as `\t`, so separators print readably.
    fileprivate func replacingTabs() -> String {
        var result = ""
        for character in self {
            if character == "\t" { result += "\\t" } else { result.append(character) }
        }
        return result
    }
}
