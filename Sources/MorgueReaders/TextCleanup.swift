import Foundation

/// Fast, single-pass text clean-ups the readers share, working on UTF-8 bytes (Foundation's string
/// methods, and appending scalar by scalar, are slow for story-sized texts).
enum TextCleanup {
    /// `\r\n` and lone `\r` become `\n`, NUL bytes are dropped, lines holding only spaces and tabs
    /// become empty, runs of blank lines become one, and the text is trimmed: paragraph breaks are
    /// then always exactly `\n\n`.
    static func normalizedParagraphs(_ text: String) -> String {
        let bytes = Array(text.utf8)
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var blankSinceContent = false
        var index = 0
        while index < bytes.count {
            var end = index
            while end < bytes.count, bytes[end] != 0x0A, bytes[end] != 0x0D { end += 1 }
            let line = bytes[index..<end]
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0B || $0 == 0x0C || $0 == 0x00 }) {
                blankSinceContent = true
            } else {
                if !output.isEmpty { output.append(contentsOf: blankSinceContent ? [0x0A, 0x0A] : [0x0A]) }
                output.append(contentsOf: line.lazy.filter { $0 != 0x00 })
                blankSinceContent = false
            }
            // \r\n is one line end.
            index = end < bytes.count && bytes[end] == 0x0D && end + 1 < bytes.count && bytes[end + 1] == 0x0A ? end + 2 : end + 1
        }
        return trimmed(String(decoding: output, as: UTF8.self))
    }

    /// `text` without leading and trailing white space and line breaks.
    static func trimmed<S: StringProtocol>(_ text: S) -> String where S.UTF8View: BidirectionalCollection {
        let utf8 = text.utf8
        if let first = utf8.first, let last = utf8.last, !isASCIIWhitespace(first), !isASCIIWhitespace(last),
           first < 0x80, last < 0x80 {
            return String(text)
        }
        let scalars = text.unicodeScalars
        guard let start = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let end = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        return String(String.UnicodeScalarView(scalars[start...end]))
    }

    /// `text` without the scalars of `set` at either end: `trimmingCharacters(in:)` without its
    /// detour through `NSString`, which on Linux costs more than the rest of reading a short line.
    static func trimming<S: StringProtocol>(_ text: S, in set: CharacterSet) -> String {
        let scalars = text.unicodeScalars
        var start = scalars.startIndex
        var end = scalars.endIndex
        while start < end, set.contains(scalars[start]) { start = scalars.index(after: start) }
        while end > start, set.contains(scalars[scalars.index(before: end)]) { end = scalars.index(before: end) }
        return String(String.UnicodeScalarView(scalars[start..<end]))
    }

    /// True when `fragment` occurs in `text`, compared byte for byte (as `NSString`'s literal search
    /// compares code units, without its cost).
    static func contains<S: StringProtocol>(_ text: S, _ fragment: String) -> Bool {
        let pattern = Array(fragment.utf8)
        guard let first = pattern.first else { return true }
        let bytes = text.utf8
        var start = bytes.startIndex
        while let found = bytes[start...].firstIndex(of: first) {
            if bytes[found...].starts(with: pattern) { return true }
            start = bytes.index(after: found)
        }
        return false
    }

    private static func isASCIIWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || (0x09...0x0D).contains(byte)
    }
}
