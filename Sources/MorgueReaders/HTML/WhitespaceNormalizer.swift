/// Collapses the whitespace of HTML text the way a browser shows it: any run of spaces, tabs,
/// newlines and no-break spaces becomes one space, with none at either end.
enum WhitespaceNormalizer {
    static func collapse(_ text: String) -> String {
        var text = text
        return text.withUTF8 { bytes in
            var result: [UInt8] = []
            result.reserveCapacity(bytes.count)
            var pendingSpace = false
            var index = 0
            while index < bytes.count {
                let lead = bytes[index]
                // A Swift string is valid UTF-8: the lead byte gives the scalar's length.
                let length = lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
                var value = UInt32(lead)
                if length > 1 {
                    value &= length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07
                    for offset in 1..<length { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
                }
                defer { index += length }
                if isSpace(value) {
                    pendingSpace = !result.isEmpty
                    continue
                }
                if value == 0xAD || value == 0x200B || value == 0xFEFF { continue }
                if pendingSpace {
                    result.append(0x20)
                    pendingSpace = false
                }
                result.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[index..<index + length]))
            }
            return String(decoding: result, as: UTF8.self)
        }
    }

    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        isSpace(scalar.value)
    }

    private static func isSpace(_ value: UInt32) -> Bool {
        switch value {
        case 0x20, 0x09, 0x0A, 0x0D, 0x0C, 0x0B, 0xA0, 0x2028, 0x2029, 0x3000, 0x202F, 0x205F: return true
        case 0x2000...0x200A: return true
        default: return false
        }
    }
}
