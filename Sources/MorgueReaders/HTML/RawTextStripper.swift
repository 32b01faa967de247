/// Removes the content of `<script>` and `<style>` elements from a page's bytes before libxml2
/// parses it. News pages are two-thirds inline JavaScript and CSS, which libxml2 reads character by
/// character only for the reader to throw away; the elements themselves stay (empty), and JSON-LD
/// scripts keep their content, so the tree is the one libxml2 builds from the whole page.
///
/// The cut follows libxml2's own rule for these elements (in recovery mode their text ends at the
/// first `</script` or `</style`, whatever the case), skips comments as libxml2 does, and leaves
/// a tag alone whenever it cannot be read with certainty (a quote left open, no closing tag): at
/// worst a script is parsed as before, never is text dropped that libxml2 would have kept.
enum RawTextStripper {
    /// `bytes` without the text of its scripts (except JSON-LD) and style sheets, or `bytes`
    /// itself when it has none.
    static func stripped(_ bytes: [UInt8]) -> [UInt8] {
        bytes.withUnsafeBufferPointer { input -> [UInt8] in
            let count = input.count
            var output: [UInt8] = []
            var copiedUpTo = 0
            var cursor = 0
            while let open = nextByte(0x3C, in: input, from: cursor) {  // "<"
                cursor = open + 1
                if matches(input, at: open + 1, "!--") {
                    guard let close = find(input, "-->", from: open + 4, caseInsensitive: false) else { break }
                    cursor = close + 3
                    continue
                }
                guard open + 1 < count, isLetter(input[open + 1]) else { continue }  // text, an end tag, <!DOCTYPE
                let name: [UInt8]
                if matchesName(input, at: open + 1, "script") {
                    name = Self.script
                } else if matchesName(input, at: open + 1, "style") {
                    name = Self.style
                } else {
                    name = []
                }
                // Every start tag is read to its end, so that "<script" inside an attribute value is
                // not taken for a tag; a tag that cannot be read ends the stripping.
                var nameEnd = open + 1 + name.count
                while nameEnd < count, !isSpaceOrTagEnd(input[nameEnd]) { nameEnd += 1 }
                guard let tagEnd = endOfTag(input, from: nameEnd) else { break }
                cursor = tagEnd + 1
                if name.isEmpty || input[tagEnd - 1] == 0x2F { continue }  // not raw text, or "<script/>"
                // JSON-LD is read from the page; its text stays, and is not searched for tags.
                let keep = name == Self.script && find(input[nameEnd..<tagEnd], "ld+json") != nil
                var closing = Self.closingPrefix
                closing.append(contentsOf: name)
                guard let end = find(input, closing, from: tagEnd + 1, caseInsensitive: true) else { break }
                if !keep, end > tagEnd + 1 {
                    if output.isEmpty { output.reserveCapacity(count) }
                    output.append(contentsOf: input[copiedUpTo...tagEnd])
                    copiedUpTo = end
                }
                cursor = end + closing.count
            }
            if copiedUpTo == 0 { return Array(input) }
            output.append(contentsOf: input[copiedUpTo..<count])
            return output
        }
    }

    private static let script = Array("script".utf8)
    private static let style = Array("style".utf8)
    private static let closingPrefix = Array("</".utf8)

    private static func nextByte(_ byte: UInt8, in input: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        var index = start
        while index < input.count {
            if input[index] == byte { return index }
            index += 1
        }
        return nil
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
        (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A
    }

    private static func isSpaceOrTagEnd(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x20, 0x09, 0x0A, 0x0D, 0x0C, 0x3E, 0x2F: return true
        default: return false
        }
    }

    /// True when `name` (lower case) starts at `index`, in any case, and ends there as a tag name does.
    private static func matchesName(_ input: UnsafeBufferPointer<UInt8>, at index: Int, _ name: StaticString) -> Bool {
        let length = name.utf8CodeUnitCount
        guard index + length < input.count else { return false }
        let matched = name.withUTF8Buffer { pattern in
            (0..<length).allSatisfy { input[index + $0] | 0x20 == pattern[$0] }
        }
        guard matched else { return false }
        return isSpaceOrTagEnd(input[index + length])
    }

    private static func matches(_ input: UnsafeBufferPointer<UInt8>, at index: Int, _ text: StaticString) -> Bool {
        let length = text.utf8CodeUnitCount
        guard index + length <= input.count else { return false }
        return text.withUTF8Buffer { pattern in (0..<length).allSatisfy { input[index + $0] == pattern[$0] } }
    }

    /// The index of the `>` that ends a start tag whose attributes begin at `start`, quoted values
    /// skipped; `nil` when a quote stays open or no `>` comes within a reasonable tag's length.
    private static func endOfTag(_ input: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        var index = start
        let limit = min(input.count, start + 16_384)
        var afterEquals = false
        while index < limit {
            let byte = input[index]
            switch byte {
            case 0x3E: return index
            case 0x22 where afterEquals, 0x27 where afterEquals:  // a quoted attribute value
                var close = index + 1
                while close < limit, input[close] != byte { close += 1 }
                guard close < limit else { return nil }
                index = close
                afterEquals = false
            case 0x3D: afterEquals = true
            case 0x20, 0x09, 0x0A, 0x0D, 0x0C: break
            default: afterEquals = false
            }
            index += 1
        }
        return nil
    }

    /// The first index of `pattern` in `input` at or after `start`; letters compared without case
    /// when `caseInsensitive` (the pattern is lower case).
    private static func find(_ input: UnsafeBufferPointer<UInt8>, _ pattern: [UInt8], from start: Int,
                             caseInsensitive: Bool) -> Int? {
        guard let first = pattern.first, pattern.count <= input.count else { return nil }
        var index = start
        let last = input.count - pattern.count
        while index <= last {
            if input[index] == first {
                var offset = 1
                while offset < pattern.count {
                    let byte = input[index + offset]
                    let folded = caseInsensitive && byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
                    if folded != pattern[offset] { break }
                    offset += 1
                }
                if offset == pattern.count { return index }
            }
            index += 1
        }
        return nil
    }

    private static func find(_ input: UnsafeBufferPointer<UInt8>, _ pattern: StaticString, from start: Int,
                             caseInsensitive: Bool) -> Int? {
        find(input, pattern.withUTF8Buffer { Array($0) }, from: start, caseInsensitive: caseInsensitive)
    }

    /// `pattern` within a tag's attributes, without case.
    private static func find(_ slice: Slice<UnsafeBufferPointer<UInt8>>, _ pattern: StaticString) -> Int? {
        let bytes = pattern.withUTF8Buffer { Array($0) }
        guard slice.count >= bytes.count else { return nil }
        var index = slice.startIndex
        while index + bytes.count <= slice.endIndex {
            if (0..<bytes.count).allSatisfy({ slice[index + $0] | 0x20 == bytes[$0] | 0x20 }) { return index }
            index += 1
        }
        return nil
    }
}
