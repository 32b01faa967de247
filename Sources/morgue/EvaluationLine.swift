/// One output line of `morgue extract` in the evaluation format, written byte by byte:
///
///     {"id":"…","quotes":[{"end":42,"quote":"…","speaker":"…","start":10}]}
///
/// exactly as `JSONEncoder` with `.sortedKeys` and `.withoutEscapingSlashes` writes it (keys in order,
/// a missing speaker left out, `"` and `\` escaped, control characters as `\n`, `\t`, `\b`, `\f`, `\r`
/// or `\u00XX`, everything else as is), without the encoder's per-value boxing: for a few quotes a
/// story the encoder cost as much as finding them.
struct EvaluationLine {
    /// A quote as the evaluation format has it.
    struct Item {
        var quote: String
        var start: Int
        var end: Int
        var speaker: String?
    }

    var id: String
    var quotes: [Item]

    /// The line, without its line break.
    var json: String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(64 + quotes.reduce(id.utf8.count) { $0 + $1.quote.utf8.count + 64 })
        bytes.append(contentsOf: #"{"id":"#.utf8)
        Self.append(string: id, to: &bytes)
        bytes.append(contentsOf: #","quotes":["#.utf8)
        for (index, item) in quotes.enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: ",")) }
            bytes.append(contentsOf: #"{"end":"#.utf8)
            bytes.append(contentsOf: String(item.end).utf8)
            bytes.append(contentsOf: #","quote":"#.utf8)
            Self.append(string: item.quote, to: &bytes)
            if let speaker = item.speaker {
                bytes.append(contentsOf: #","speaker":"#.utf8)
                Self.append(string: speaker, to: &bytes)
            }
            bytes.append(contentsOf: #","start":"#.utf8)
            bytes.append(contentsOf: String(item.start).utf8)
            bytes.append(UInt8(ascii: "}"))
        }
        bytes.append(contentsOf: "]}".utf8)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends `string` as a JSON string literal, quotes included.
    private static func append(string: String, to bytes: inout [UInt8]) {
        bytes.append(UInt8(ascii: "\""))
        for byte in string.utf8 {
            switch byte {
            case UInt8(ascii: "\""): bytes.append(contentsOf: #"\""#.utf8)
            case UInt8(ascii: "\\"): bytes.append(contentsOf: #"\\"#.utf8)
            case 0x08: bytes.append(contentsOf: #"\b"#.utf8)
            case 0x09: bytes.append(contentsOf: #"\t"#.utf8)
            case 0x0A: bytes.append(contentsOf: #"\n"#.utf8)
            case 0x0C: bytes.append(contentsOf: #"\f"#.utf8)
            case 0x0D: bytes.append(contentsOf: #"\r"#.utf8)
            case 0..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                bytes.append(contentsOf: #"\u00"#.utf8)
                bytes.append(hex[Int(byte >> 4)])
                bytes.append(hex[Int(byte & 0xF)])
            default: bytes.append(byte)
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }
}
