import Foundation

/// Reads the strings of an extract record's top-level keys in one pass over its bytes:
/// `{"id": "…", "text": "…", "date": "…", "gold": [{"quote": "…"}]}`.
///
/// It answers only for a strictly valid object with no key twice in any object, nested no more than 64
/// deep, whose wanted keys hold a string or `null`; for anything else (bad escapes, invalid UTF-8, a
/// wanted key holding a number, trailing text) it returns `nil` and the caller decodes with
/// `JSONDecoder`, which then also reports the error. On the lines it reads, it gives the strings
/// `JSONDecoder` would: a record costs a fraction of the decoder's time.
struct FlatJSONObject {
    /// The values of `keys`, in order: a string, or `nil` when the key is missing or `null`.
    let values: [String?]

    init?(_ bytes: UnsafeRawBufferPointer, keys: [String]) {
        var reader = Reader(bytes: bytes)
        var values = [String?](repeating: nil, count: keys.count)
        var seen: [String] = []
        reader.skipSpace()
        guard reader.take(UInt8(ascii: "{")) else { return nil }
        reader.skipSpace()
        if !reader.take(UInt8(ascii: "}")) {
            while true {
                guard reader.peek == UInt8(ascii: "\""), let key = reader.string(), !seen.contains(key) else { return nil }
                seen.append(key)
                reader.skipSpace()
                guard reader.take(UInt8(ascii: ":")) else { return nil }
                reader.skipSpace()
                let wanted = keys.firstIndex(of: key)
                switch reader.peek {
                case UInt8(ascii: "\""):
                    guard let value = reader.string() else { return nil }
                    if let wanted { values[wanted] = value }
                case UInt8(ascii: "n"):
                    guard reader.take(literal: "null") else { return nil }
                default:
                    guard wanted == nil, reader.skipValue(depth: 0) else { return nil }
                }
                reader.skipSpace()
                if reader.take(UInt8(ascii: ",")) {
                    reader.skipSpace()
                    continue
                }
                guard reader.take(UInt8(ascii: "}")) else { return nil }
                break
            }
        }
        reader.skipSpace()
        guard reader.atEnd else { return nil }
        self.values = values
    }

    private struct Reader {
        let bytes: UnsafeRawBufferPointer
        var position = 0

        var atEnd: Bool { position == bytes.count }
        var peek: UInt8? { position < bytes.count ? bytes[position] : nil }

        mutating func skipSpace() {
            while let byte = peek, byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D { position += 1 }
        }

        mutating func take(_ byte: UInt8) -> Bool {
            guard peek == byte else { return false }
            position += 1
            return true
        }

        mutating func take(literal: StaticString) -> Bool {
            let count = literal.utf8CodeUnitCount
            guard position + count <= bytes.count else { return false }
            let matches = literal.withUTF8Buffer { expected in
                (0..<count).allSatisfy { bytes[position + $0] == expected[$0] }
            }
            if matches { position += count }
            return matches
        }

        /// Reads past any JSON value (nested objects and arrays too, no key twice in an object, at
        /// most 64 deep), checking it as strictly as it reads strings and numbers.
        mutating func skipValue(depth: Int) -> Bool {
            guard depth < 64, let first = peek else { return false }
            switch first {
            case UInt8(ascii: "\""): return string() != nil
            case UInt8(ascii: "n"): return take(literal: "null")
            case UInt8(ascii: "t"): return take(literal: "true")
            case UInt8(ascii: "f"): return take(literal: "false")
            case UInt8(ascii: "["):
                position += 1
                skipSpace()
                if take(UInt8(ascii: "]")) { return true }
                while true {
                    guard skipValue(depth: depth + 1) else { return false }
                    skipSpace()
                    if take(UInt8(ascii: "]")) { return true }
                    guard take(UInt8(ascii: ",")) else { return false }
                    skipSpace()
                }
            case UInt8(ascii: "{"):
                position += 1
                skipSpace()
                if take(UInt8(ascii: "}")) { return true }
                var keys: [String] = []
                while true {
                    guard peek == UInt8(ascii: "\""), let key = string(), !keys.contains(key) else { return false }
                    keys.append(key)
                    skipSpace()
                    guard take(UInt8(ascii: ":")) else { return false }
                    skipSpace()
                    guard skipValue(depth: depth + 1) else { return false }
                    skipSpace()
                    if take(UInt8(ascii: "}")) { return true }
                    guard take(UInt8(ascii: ",")) else { return false }
                    skipSpace()
                }
            default: return number()
            }
        }

        /// A number as JSON writes one: `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?`.
        mutating func number() -> Bool {
            _ = take(UInt8(ascii: "-"))
            guard let first = peek, isDigit(first) else { return false }
            position += 1
            if first != UInt8(ascii: "0") { skipDigits() }
            if take(UInt8(ascii: ".")) {
                guard let digit = peek, isDigit(digit) else { return false }
                skipDigits()
            }
            if take(UInt8(ascii: "e")) || take(UInt8(ascii: "E")) {
                if !take(UInt8(ascii: "+")) { _ = take(UInt8(ascii: "-")) }
                guard let digit = peek, isDigit(digit) else { return false }
                skipDigits()
            }
            return true
        }

        private func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

        private mutating func skipDigits() {
            while let byte = peek, isDigit(byte) { position += 1 }
        }

        /// The string starting at the opening quote, unescaped; `nil` when it is not valid JSON or UTF-8.
        mutating func string() -> String? {
            position += 1
            let start = position
            while let byte = peek, byte >= 0x20, byte != UInt8(ascii: "\""), byte != UInt8(ascii: "\\") { position += 1 }
            // No escape (most strings): the string is the bytes themselves.
            if peek == UInt8(ascii: "\"") {
                position += 1
                return Self.validString(UnsafeRawBufferPointer(rebasing: bytes[start..<(position - 1)]))
            }
            position = start
            var utf8: [UInt8] = []
            while true {
                let runStart = position
                while let byte = peek, byte >= 0x20, byte != UInt8(ascii: "\""), byte != UInt8(ascii: "\\") { position += 1 }
                utf8.append(contentsOf: bytes[runStart..<position])
                guard let byte = peek, byte >= 0x20 else { return nil }
                position += 1
                if byte == UInt8(ascii: "\"") { break }
                guard let escaped = peek else { return nil }
                position += 1
                switch escaped {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): utf8.append(escaped)
                case UInt8(ascii: "b"): utf8.append(0x08)
                case UInt8(ascii: "f"): utf8.append(0x0C)
                case UInt8(ascii: "n"): utf8.append(0x0A)
                case UInt8(ascii: "r"): utf8.append(0x0D)
                case UInt8(ascii: "t"): utf8.append(0x09)
                case UInt8(ascii: "u"):
                    guard var value = hex4() else { return nil }
                    if (0xD800..<0xDC00).contains(value) {
                        guard take(UInt8(ascii: "\\")), take(UInt8(ascii: "u")), let low = hex4(),
                              (0xDC00..<0xE000).contains(low) else { return nil }
                        value = 0x10000 + (value - 0xD800) << 10 + (low - 0xDC00)
                    }
                    guard let scalar = Unicode.Scalar(value) else { return nil }
                    utf8.append(contentsOf: UTF8.encode(scalar)!)
                default: return nil
                }
            }
            return utf8.withUnsafeBytes { Self.validString($0) }
        }

        /// The string of UTF-8 bytes, or `nil` when they are not valid UTF-8 (decoding repairs them,
        /// so a string whose bytes differ is not the one in the line).
        private static func validString(_ utf8: UnsafeRawBufferPointer) -> String? {
            let string = String(decoding: utf8, as: UTF8.self)
            guard utf8.count > 0 else { return string }
            let same = string.utf8.withContiguousStorageIfAvailable { decoded in
                decoded.count == utf8.count && memcmp(decoded.baseAddress!, utf8.baseAddress!, utf8.count) == 0
            }
            return same == true ? string : nil
        }

        private mutating func hex4() -> UInt32? {
            guard position + 4 <= bytes.count else { return nil }
            var value: UInt32 = 0
            for _ in 0..<4 {
                let byte = bytes[position]
                let digit: UInt32
                switch byte {
                case 0x30...0x39: digit = UInt32(byte - 0x30)
                case 0x41...0x46: digit = UInt32(byte - 0x41 + 10)
                case 0x61...0x66: digit = UInt32(byte - 0x61 + 10)
                default: return nil
                }
                value = value << 4 | digit
                position += 1
            }
            return value
        }
    }
}
