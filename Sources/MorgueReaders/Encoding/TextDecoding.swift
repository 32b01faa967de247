import Foundation

/// Turns the bytes of a file into text: UTF-8 with or without a byte-order mark, UTF-16 with one,
/// and Windows-1252 for legacy files that are not valid UTF-8. Binary files are refused.
public enum TextDecoding {
    /// Decodes `data`, or explains why it is not text. `declaredCharset` is a charset a document
    /// declares for itself (an HTML `<meta charset>`), used when the bytes carry no byte-order mark:
    /// a Latin-1 label (Windows-1252, ISO-8859-1) is honoured unless the bytes are valid UTF-8 with
    /// accented letters, the sign of a mislabelled UTF-8 page.
    public static func decode(_ data: Data, path: String, declaredCharset: String? = nil) throws(ReadError) -> String {
        let bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            return try utf8(bytes.dropFirst(3), path: path)
        }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            guard let text = String(data: data, encoding: .utf16) else {
                throw ReadError(path: path, reason: "the file starts with a UTF-16 mark but is not valid UTF-16")
            }
            return text.replacingOccurrences(of: "\u{FEFF}", with: "")
        }
        if looksBinary(bytes) {
            throw ReadError(path: path, reason: "this is a binary file, not a story (no text encoding fits it)")
        }
        // A page labelled Latin-1 whose bytes are valid UTF-8 with accented letters is mislabelled
        // UTF-8 (common on the web); Latin-1 text almost never happens to be valid UTF-8.
        if let charset = declaredCharset, latinCharsets.contains(charset.lowercased()),
           !(bytes.contains { $0 >= 0x80 } && String(validating: bytes, as: UTF8.self) != nil),
           let text = String(data: data, encoding: .windowsCP1252) {
            return text
        }
        if let text = String(validating: bytes, as: UTF8.self) {
            return text
        }
        if let text = String(data: data, encoding: .windowsCP1252) {
            return text
        }
        throw ReadError(path: path, reason: "the file is neither UTF-8 nor Windows-1252 text")
    }

    /// False when `data` is UTF-8 or Windows-1252 text without a byte-order mark, which a reader that
    /// tells the two apart itself (the JSON parser refuses bytes that are not UTF-8) may read as it
    /// is; true when it starts with a byte-order mark or looks binary, which `decode` must judge.
    static func needsDecoding(_ data: Data) -> Bool {
        data.starts(with: [0xEF, 0xBB, 0xBF]) || data.starts(with: [0xFF, 0xFE]) || data.starts(with: [0xFE, 0xFF])
            || looksBinary(data.prefix(8192))
    }

    /// True for charsets `decode` handles itself: UTF-8 and the Latin-1 family.
    public static func decodesItself(_ charset: String) -> Bool {
        let name = charset.lowercased()
        return name == "utf-8" || name == "utf8" || name == "us-ascii" || name == "ascii"
            || latinCharsets.contains(name) || name.hasPrefix("utf-16") || name == "unicode"
    }

    /// Labels browsers decode as Windows-1252 (the WHATWG Encoding Standard folds ISO-8859-1 into it).
    private static let latinCharsets: Set<String> = [
        "windows-1252", "cp1252", "x-cp1252", "iso-8859-1", "iso8859-1", "latin1", "l1", "iso_8859-1",
        "iso-8859-15", "iso8859-15", "latin9",
    ]

    private static func utf8(_ bytes: ArraySlice<UInt8>, path: String) throws(ReadError) -> String {
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw ReadError(path: path, reason: "the file has a UTF-8 mark but invalid UTF-8 bytes")
        }
        return text
    }

    /// A file is binary when, in its first 8 KB, more than one byte in a hundred is a control byte
    /// other than tab, newline, carriage return and form feed (stray NULs in a text file are fewer).
    static func looksBinary(_ bytes: some Collection<UInt8>) -> Bool {
        let sample = bytes.prefix(8192)
        guard !sample.isEmpty else { return false }
        let controls = sample.reduce(0) { count, byte in
            count + ((byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D && byte != 0x0C) || byte == 0x7F ? 1 : 0)
        }
        return controls * 100 > sample.count
    }
}
