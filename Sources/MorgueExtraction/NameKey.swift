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
        let simplified = name.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
        var words: [String] = []
        var current = ""
        for scalar in simplified.unicodeScalars {
            if CharacterSet.alphanumerics.contains(scalar) {
                current.unicodeScalars.append(scalar)
            } else if scalar == "'" || scalar == "’" || scalar == "." || scalar == "@" {
                continue  // O'Brien → obrien, J. → j, @handle → handle
            } else if !current.isEmpty {
                words.append(current)
                current = ""
            }
        }
        if !current.isEmpty { words.append(current) }
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

    /// The last word of a person's folded name ("donald trump" → "trump"), by which news refers to
    /// people after the first mention.
    public static func surname(ofFolded key: String) -> String? {
        guard let space = key.lastIndex(of: " ") else { return nil }
        return String(key[key.index(after: space)...])
    }

    /// Articles, honorifics and the titles news puts before names.
    static let leadingWords: Set<String> = [
        "the", "mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "rev", "reverend",
        "president", "vice", "prime", "minister", "secretary", "senator", "sen", "rep", "representative",
        "governor", "gov", "mayor", "judge", "justice", "chancellor", "king", "queen", "prince", "princess",
        "pope", "general", "gen", "admiral", "adm", "colonel", "col", "captain", "capt", "sergeant", "sgt",
        "lieutenant", "lt", "commissioner", "chief", "director", "ambassador", "speaker", "leader",
        "former", "acting", "of", "deputy", "attorney", "state", "defense", "foreign", "house", "senate",
        "congressman", "congresswoman", "councilman", "councilwoman", "sheriff", "officer", "detective",
        "professor", "prof", "coach", "chairman", "chairwoman", "chair", "ceo", "spokesman", "spokeswoman",
    ]

    static let suffixes: Set<String> = ["jr", "sr", "ii", "iii", "iv"]
}
