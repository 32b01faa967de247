import Foundation

/// One word of a story, as the entity finders see it: a run of letters, digits and inner
/// apostrophes, with dotted abbreviations kept whole ("U.S.", "D.C."). Hyphens split words
/// ("Iran-backed" is two), and a link glued to a word ends it ("#Erbilhttps://t.co/…" gives "Erbil").
struct Word: Sendable, Hashable {
    /// Offset of the first scalar (after any `#` or `@`).
    var start: Int
    /// Offset one past the last scalar.
    var end: Int
    /// Written as a hashtag: `#Baghdad`.
    var isHashtag: Bool
    /// Written as a social handle: `@Reuters`.
    var isHandle: Bool
    /// First word of a sentence or paragraph, where a capital says nothing about names.
    var startsSentence: Bool
    /// Separated from the previous word by one space or hyphen only, so the two can form one name.
    var joinsPrevious: Bool
    /// `WordFilter`'s hashes of the word as written and as an outlet key, worked out while the word is
    /// scanned so that each filter a finder asks costs a bit test.
    var exactHash: UInt64 = 0
    var keyHash: UInt64 = 0

    var span: TextSpan { TextSpan(start: start, end: end) }
}

extension ScalarText {
    /// Every word of the text, in order, in one pass. Links are skipped.
    func words() -> [Word] {
        scalars.withUnsafeBufferPointer { Self.words(in: $0) }
    }

    /// The words of `text`, up to `limit` of them.
    static func words(in text: UnsafeBufferPointer<Unicode.Scalar>, limit: Int = .max) -> [Word] {
        var words: [Word] = []
        words.reserveCapacity(min(text.count / 5, limit))
        let count = text.count
        var i = 0
        var sentenceStart = true
        var lastEnd = -2
        var lastStart = -2
        var possessive = false
        while i < count {
            let c = text[i]
            if !Self.isWordScalar(c) {
                switch c {
                case "!", "?", "\n", ":", ";", "•": sentenceStart = true
                case ".":
                    // "Donald J. Trump": an initial's period does not end the sentence.
                    let initial = i == lastEnd && i - 1 == lastStart && Self.isUppercase(text[i - 1])
                    if !initial { sentenceStart = true }
                default: break
                }
                i += 1
                continue
            }
            if c == "h", Self.startsLink(text, at: i) {
                while i < count, !Self.isSpace(text[i]) { i += 1 }
                continue
            }
            let start = i
            var end = i
            while end < count {
                let s = text[end]
                if Self.isWordScalar(s) {
                    if s == "h", end > start, Self.startsLink(text, at: end) { break }
                    end += 1
                } else if s == "'" || s == "’", end + 1 < count, Self.isLetter(text[end + 1]) {
                    // A possessive ends the word ("Iraq’s" gives "Iraq"); "O'Brien" stays whole.
                    if text[end + 1] == "s", end + 2 == count || !Self.isWordScalar(text[end + 2]) {
                        possessive = true
                        break
                    }
                    end += 2
                } else if s == ".", Self.isDotted(text, from: start, to: end) {
                    if end + 2 < count, Self.isUppercase(text[end + 1]), text[end + 2] == "." {
                        end += 1
                    } else {
                        if end - start >= 3 { end += 1 }
                        break
                    }
                } else {
                    break
                }
            }
            let marker: Unicode.Scalar = start > 0 ? text[start - 1] : " "
            let joins = start == lastEnd + 1 && (marker == " " || marker == "-")
            let (exactHash, keyHash) = WordFilter.hashes(UnsafeBufferPointer(rebasing: text[start..<end]))
            words.append(Word(start: start, end: end, isHashtag: marker == "#", isHandle: marker == "@",
                              startsSentence: sentenceStart, joinsPrevious: joins && !words.isEmpty,
                              exactHash: exactHash, keyHash: keyHash))
            if words.count == limit { break }
            sentenceStart = false
            lastEnd = end
            lastStart = start
            i = possessive ? end + 2 : end
            possessive = false
        }
        return words
    }

    /// Whether the scalars so far alternate capital and period: "U", "U.S".
    private static func isDotted(_ text: UnsafeBufferPointer<Unicode.Scalar>, from start: Int, to end: Int) -> Bool {
        guard (end - start) % 2 == 1 else { return false }
        var k = start
        while k < end {
            guard isUppercase(text[k]), k + 1 == end || text[k + 1] == "." else { return false }
            k += 2
        }
        return true
    }

    private static func startsLink(_ text: UnsafeBufferPointer<Unicode.Scalar>, at offset: Int) -> Bool {
        guard offset + 7 <= text.count, text[offset] == "h", text[offset + 1] == "t",
              text[offset + 2] == "t", text[offset + 3] == "p" else { return false }
        let rest = text[offset + 4] == "s" ? offset + 5 : offset + 4
        return rest + 3 <= text.count && text[rest] == ":" && text[rest + 1] == "/" && text[rest + 2] == "/"
    }

    /// Whether `https://` or `http://` begins at `offset`.
    func startsLink(at offset: Int) -> Bool {
        guard offset + 7 <= count, scalars[offset] == "h", scalars[offset + 1] == "t",
              scalars[offset + 2] == "t", scalars[offset + 3] == "p" else { return false }
        let rest = scalars[offset + 4] == "s" ? offset + 5 : offset + 4
        return rest + 3 <= count && scalars[rest] == ":" && scalars[rest + 1] == "/" && scalars[rest + 2] == "/"
    }

    static func isWordScalar(_ c: Unicode.Scalar) -> Bool {
        if c.value < 128 {
            return (c >= "a" && c <= "z") || (c >= "A" && c <= "Z") || (c >= "0" && c <= "9")
        }
        // Spaces and the punctuation block (quotes, dashes, ellipses) are common and never letters.
        if c.value == 0xA0 || (0x2000...0x206F).contains(c.value) { return false }
        return c.properties.isAlphabetic
    }

    static func isLetter(_ c: Unicode.Scalar) -> Bool {
        c.value < 128 ? (c >= "a" && c <= "z") || (c >= "A" && c <= "Z") : c.properties.isAlphabetic
    }

    static func isUppercase(_ c: Unicode.Scalar) -> Bool {
        c.value < 128 ? c >= "A" && c <= "Z" : c.properties.isUppercase
    }

    static func isSpace(_ c: Unicode.Scalar) -> Bool {
        c == " " || c == "\n" || c == "\t" || c == "\r" || (c.value >= 128 && c.properties.isWhitespace)
    }

    /// Whether the word begins with a capital letter.
    func isCapitalised(_ word: Word) -> Bool { Self.isUppercase(scalars[word.start]) }

    /// The word's text.
    func slice(_ word: Word) -> String { slice(from: word.start, to: word.end) }

    /// The text of a span.
    func slice(_ span: TextSpan) -> String { string(from: span.start, to: span.end) }

    /// The text between two offsets.
    func slice(from start: Int, to end: Int) -> String { string(from: start, to: end) }

    /// The word lowercased without its dots, as outlet keys are written: "A.P." gives "ap".
    func key(_ word: Word) -> String {
        for k in word.start..<word.end where scalars[k].value >= 128 {
            return slice(word).lowercased().replacingOccurrences(of: ".", with: "")
        }
        return String(unsafeUninitializedCapacity: word.end - word.start) { buffer in
            var n = 0
            for k in word.start..<word.end where scalars[k] != "." {
                let value = scalars[k].value
                buffer[n] = UInt8(truncatingIfNeeded: value >= 65 && value <= 90 ? value + 32 : value)
                n += 1
            }
            return n
        }
    }
}
