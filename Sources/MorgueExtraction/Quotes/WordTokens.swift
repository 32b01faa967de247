/// One word or mark of a story body, with its place in the text.
struct WordToken: Sendable {
    /// What sort of token this is.
    enum Kind: Sendable, Equatable {
        /// Letters and digits, with inner apostrophes, hyphens and abbreviation periods ("don’t", "U.S.", "Sen.").
        case word
        /// A double quotation mark (straight, curly, or two apostrophes).
        case quoteMark
        /// A blank line or line break: the end of a paragraph.
        case paragraphBreak
        /// Any other mark: comma, period, colon, parenthesis, dash…
        case punctuation
    }

    var start: Int
    var end: Int
    var text: String
    var kind: Kind
    /// Whether the word starts with a capital letter ("Esper", "U.S.").
    let isCapitalized: Bool
    /// The word in lower case, for table look-ups.
    let lowered: String
    /// The common word lists that hold `lowered` (`NewsTitles.titleWords.contains(token)` reads it).
    let lists: WordLists

    init(start: Int, end: Int, text: String, kind: Kind) {
        self.start = start
        self.end = end
        self.text = text
        self.kind = kind
        if kind == .word, let first = text.unicodeScalars.first {
            isCapitalized = WordTokenizer.isUppercase(first)
            lowered = text.utf8.allSatisfy({ $0 < 0x41 || $0 > 0x5A }) ? text : text.lowercased()
        } else {
            isCapitalized = false
            lowered = text
        }
        lists = WordLists.vocabulary.lists(holding: lowered)
    }

    /// A token whose derived properties the tokenizer has worked out (as the other initialiser would).
    fileprivate init(start: Int, end: Int, text: String, kind: Kind, isCapitalized: Bool, lowered: String,
                     lists: WordLists) {
        self.start = start
        self.end = end
        self.text = text
        self.kind = kind
        self.isCapitalized = isCapitalized
        self.lowered = lowered
        self.lists = lists
    }

    var span: TextSpan { TextSpan(start: start, end: end) }
}

/// Splits a story into `WordToken`s in one pass over its scalars.
enum WordTokenizer {
    /// Abbreviations whose period belongs to the word ("Sen. Warren", "Mr. Lou"), not to the sentence.
    static let abbreviations: WordSet = [
        "mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "rev", "lt", "col", "sgt", "st", "jr", "sr",
        "capt", "cmdr", "adm", "maj", "prof", "pres", "supt", "det", "insp", "atty", "messrs", "hon", "no", "vs",
        "inc", "co", "corp", "ltd", "jan", "feb", "aug", "sept", "sep", "oct", "nov", "dec", "lt. gen", "mt", "ft",
    ]

    static func tokens(of text: ScalarText) -> [WordToken] {
        text.scalars.withUnsafeBufferPointer { tokens(of: $0) }
    }

    private static func tokens(of s: UnsafeBufferPointer<Unicode.Scalar>) -> [WordToken] {
        let n = s.count
        let vocabulary = WordLists.vocabulary
        var tokens: [WordToken] = []
        tokens.reserveCapacity(n / 5)
        var i = 0
        func word(_ a: Int, _ b: Int) -> String { ScalarText.string(UnsafeBufferPointer(rebasing: s[a..<b])) }
        while i < n {
            let c = s[i]
            if c == "\n" {
                let start = i
                while i < n, s[i] == "\n" || s[i] == "\r" { i += 1 }
                tokens.append(markToken(start, i, "\n", .paragraphBreak, vocabulary))
                continue
            }
            if isWhitespace(c) { i += 1; continue }
            if c == "\"" || c == "“" || c == "”" || c == "„" {
                tokens.append(markToken(i, i + 1, c, .quoteMark, vocabulary))
                i += 1
                continue
            }
            if c == "'", i + 1 < n, s[i + 1] == "'" {
                tokens.append(markToken(i, i + 2, "''", .quoteMark, vocabulary))
                i += 2
                continue
            }
            if isWordScalar(c) || (c == "@" && i + 1 < n && isWordScalar(s[i + 1])) {
                let start = i
                var segment = 1
                i += 1
                while i < n {
                    let d = s[i]
                    if isWordScalar(d) { i += 1; segment += 1; continue }
                    // A period joins "U.S." and "a.m." but not two words typed without a space ("said.Trump").
                    if d == ".", segment > 2 { break }
                    segment = 0
                    // Inner apostrophes, hyphens and periods keep a word whole: don’t, Al-Najbaa, U.S.
                    if (d == "'" || d == "’" || d == "-" || d == "." || d == "&"), i + 1 < n, isWordScalar(s[i + 1]),
                       !(d == "'" && i + 2 < n && s[i + 1] == "'") {
                        i += 2
                        continue
                    }
                    break
                }
                // A trailing period stays with an abbreviation, an initial or a dotted acronym ("U.S.").
                if i < n, s[i] == "." {
                    let body = word(start, i)
                    let lower = body.lowercased()
                    let isInitial = body.unicodeScalars.count == 1 && isUppercase(body.unicodeScalars.first!)
                    if abbreviations.contains(lower) || isInitial || body.utf8.contains(UInt8(ascii: ".")) {
                        i += 1
                    }
                }
                tokens.append(wordToken(s, start, i, vocabulary))
                continue
            }
            tokens.append(markToken(i, i + 1, c, .punctuation, vocabulary))
            i += 1
        }
        return tokens
    }

    /// A token for a mark of one scalar; ASCII marks take their text and lists from a table.
    private static func markToken(_ a: Int, _ b: Int, _ mark: Unicode.Scalar, _ kind: WordToken.Kind,
                                  _ vocabulary: WordListVocabulary) -> WordToken {
        let (text, lists): (String, WordLists)
        switch mark.value {
        case 0..<0x80: (text, lists) = asciiMarks[Int(mark.value)]
        case 0x2000..<0x2070: (text, lists) = punctuationMarks[Int(mark.value - 0x2000)]
        default: return markToken(a, b, String(mark), kind, vocabulary)
        }
        return WordToken(start: a, end: b, text: text, kind: kind, isCapitalized: false, lowered: text, lists: lists)
    }

    /// A token for a mark: its text is its lowered form.
    private static func markToken(_ a: Int, _ b: Int, _ text: String, _ kind: WordToken.Kind,
                                  _ vocabulary: WordListVocabulary) -> WordToken {
        WordToken(start: a, end: b, text: text, kind: kind, isCapitalized: false, lowered: text,
                  lists: vocabulary.lists(holding: text))
    }

    /// Every ASCII scalar as a string, with the lists that hold it.
    private static let asciiMarks = marks(0..<0x80)
    /// The same for the General Punctuation block: curly quotes, dashes, ellipses.
    private static let punctuationMarks = marks(0x2000..<0x2070)

    private static func marks(_ values: Range<UInt32>) -> [(String, WordLists)] {
        values.map { value in
            let text = String(Unicode.Scalar(value)!)
            return (text, WordLists.vocabulary.lists(holding: text))
        }
    }

    /// The word token for scalars `a..<b`, lowered without `String.lowercased()` when it is ASCII.
    private static func wordToken(_ s: UnsafeBufferPointer<Unicode.Scalar>, _ a: Int, _ b: Int,
                                  _ vocabulary: WordListVocabulary) -> WordToken {
        let scalars = UnsafeBufferPointer(rebasing: s[a..<b])
        let text = ScalarText.string(scalars)
        var ascii = true, upper = false
        for scalar in scalars {
            if scalar.value >= 0x80 { ascii = false }
            if scalar.value >= 0x41 && scalar.value <= 0x5A { upper = true }
        }
        let lowered: String
        if !upper {
            lowered = text
        } else if ascii {
            lowered = String(unsafeUninitializedCapacity: scalars.count) { buffer in
                for k in 0..<scalars.count {
                    let value = scalars[k].value
                    buffer[k] = UInt8(truncatingIfNeeded: value >= 0x41 && value <= 0x5A ? value + 32 : value)
                }
                return scalars.count
            }
        } else {
            lowered = text.lowercased()
        }
        let lists = ascii ? vocabulary.lists(holdingLowercased: scalars, lowered: lowered)
            : vocabulary.lists(holding: lowered)
        return WordToken(start: a, end: b, text: text, kind: .word, isCapitalized: isUppercase(s[a]),
                         lowered: lowered, lists: lists)
    }

    // ASCII first: the Unicode property tables are slow, and news copy is nearly all ASCII.
    @inline(__always)
    static func isWordScalar(_ c: Unicode.Scalar) -> Bool {
        if c.value < 0x80 {
            return (c.value >= 0x61 && c.value <= 0x7A) || (c.value >= 0x41 && c.value <= 0x5A)
                || (c.value >= 0x30 && c.value <= 0x39)
        }
        return c.properties.isAlphabetic || c.properties.numericType != nil
    }

    @inline(__always)
    static func isUppercase(_ c: Unicode.Scalar) -> Bool {
        if c.value < 0x80 { return c.value >= 0x41 && c.value <= 0x5A }
        return c.properties.isUppercase
    }

    @inline(__always)
    static func isWhitespace(_ c: Unicode.Scalar) -> Bool {
        if c.value < 0x80 { return c == " " || c == "\t" || c == "\n" || c == "\r" || c.value == 0x0B || c.value == 0x0C }
        return c.properties.isWhitespace
    }
}
