import Foundation

/// Folds a person's or organisation's name into a key for matching names across stories:
/// lower case, no diacritics, no punctuation, no leading titles, no middle initials, no leading `@`.
///
///     NameKey.fold("President Donald J. Trump")  // "donald trump"
///     NameKey.fold("@realDonaldTrump")           // "realdonaldtrump"
///     NameKey.fold("the Associated Press")       // "associated press"
public enum NameKey {
    /// Folds `name`. Titles are dropped only from people's names ("General Motors" keeps its "general").
    public static func fold(_ name: String, isPerson: Bool = true) -> String {
        var words = asciiWords(name) ?? unicodeWords(name)
        while words.count > 1, words[0] == "the" || (isPerson && leadingWords.contains(words[0])) {
            words.removeFirst()
        }
        guard isPerson else { return words.joined(separator: " ") }
        if words.count > 2 {
            words = [words[0]] + words[1..<(words.count - 1)].filter { $0.count > 1 } + [words[words.count - 1]]
        }
        if words.count > 1, suffixes.contains(words[words.count - 1]) { words.removeLast() }
        return words.joined(separator: " ")
    }

    /// The folded words of a name, split at anything but letters and digits; `'`, `’`, `.` and `@`
    /// vanish (O'Brien → obrien, J. → j, @handle → handle).
    private static func unicodeWords(_ name: String) -> [String] {
        let simplified = name.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
        var words: [String] = []
        var current = ""
        for scalar in simplified.unicodeScalars {
            if CharacterSet.alphanumerics.contains(scalar) {
                current.unicodeScalars.append(scalar)
            } else if scalar == "'" || scalar == "’" || scalar == "." || scalar == "@" {
                continue
            } else if !current.isEmpty {
                words.append(current)
                current = ""
            }
        }
        if !current.isEmpty { words.append(current) }
        return words
    }

    /// The same for an ASCII name (most are), from its bytes: folding ASCII only lowercases it, and its
    /// letters and digits are its only alphanumerics. `nil` when the name is not ASCII.
    private static func asciiWords(_ name: String) -> [String]? {
        var name = name
        return name.withUTF8 { bytes -> [String]? in
            var words: [String] = []
            var current: [UInt8] = []
            for byte in bytes {
                switch byte {
                case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): current.append(byte)
                case UInt8(ascii: "A")...UInt8(ascii: "Z"): current.append(byte + 32)
                case UInt8(ascii: "'"), UInt8(ascii: "."), UInt8(ascii: "@"): continue
                case 0x80...: return nil
                default:
                    if !current.isEmpty {
                        words.append(String(decoding: current, as: UTF8.self))
                        current.removeAll(keepingCapacity: true)
                    }
                }
            }
            if !current.isEmpty { words.append(String(decoding: current, as: UTF8.self)) }
            return words
        }
    }

    /// The last word of a person's folded name ("donald trump" → "trump"), by which news refers to
    /// people after the first mention.
    public static func surname(ofFolded key: String) -> String? {
        guard let space = key.lastIndex(of: " ") else { return nil }
        return String(key[key.index(after: space)...])
    }

    /// Articles, honorifics and the titles news puts before names.
    static let leadingWords: WordSet = [
        "the", "mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "rev", "reverend",
        "president", "vice", "prime", "minister", "secretary", "senator", "sen", "rep", "representative",
        "governor", "gov", "mayor", "judge", "justice", "chancellor", "king", "queen", "prince", "princess",
        "pope", "general", "gen", "admiral", "adm", "colonel", "col", "captain", "capt", "sergeant", "sgt",
        "lieutenant", "lt", "commissioner", "chief", "director", "ambassador", "speaker", "leader",
        "former", "acting", "of", "deputy", "attorney", "state", "defense", "foreign", "house", "senate",
        "congressman", "congresswoman", "councilman", "councilwoman", "sheriff", "officer", "detective",
        "professor", "prof", "coach", "chairman", "chairwoman", "chair", "ceo", "spokesman", "spokeswoman",
    ]

    static let suffixes: WordSet = ["jr", "sr", "ii", "iii", "iv"]
}
