/// Finds the character set a page declares for itself in its first 4 KB, as browsers do:
/// `<meta charset="windows-1252">` or `<meta http-equiv="Content-Type" content="text/html; charset=…">`.
/// An XML declaration's `encoding="…"` counts too.
enum HTMLCharset {
    /// The declared charset, lower-cased ("windows-1252", "shift_jis"), or `nil` when there is none.
    static func declared(in bytes: [UInt8]) -> String? {
        let head = bytes.prefix(4096).map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }
        for marker in [Array("charset=".utf8), Array("encoding=".utf8)] {
            var start = 0
            while let found = firstIndex(of: marker, in: head, from: start) {
                start = found + marker.count
                guard marker.count == 8 || isInsideMetaOrXMLDeclaration(head, at: found) else { continue }
                var index = start
                while index < head.count, head[index] == 0x22 || head[index] == 0x27 || head[index] == 0x20 {
                    index += 1
                }
                var name: [UInt8] = []
                while index < head.count, isNameByte(head[index]) {
                    name.append(head[index])
                    index += 1
                }
                if !name.isEmpty { return String(decoding: name, as: UTF8.self) }
            }
        }
        return nil
    }

    private static func isNameByte(_ byte: UInt8) -> Bool {
        (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39) || byte == 0x2D || byte == 0x5F
            || byte == 0x2E || byte == 0x3A
    }

    private static func isInsideMetaOrXMLDeclaration(_ head: [UInt8], at index: Int) -> Bool {
        let window = head[max(0, index - 64)..<index]
        guard let open = window.lastIndex(of: 0x3C) else { return false }
        return head[open...].starts(with: Array("<?xml".utf8))
    }

    private static func firstIndex(of needle: [UInt8], in haystack: [UInt8], from start: Int) -> Int? {
        guard needle.count <= haystack.count else { return nil }
        var index = start
        while index + needle.count <= haystack.count {
            if haystack[index] == needle[0], haystack[index..<(index + needle.count)].elementsEqual(needle) {
                return index
            }
            index += 1
        }
        return nil
    }
}
