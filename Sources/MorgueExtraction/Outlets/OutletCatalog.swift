import Foundation

/// The curated table of news outlets and the names newsrooms write for them: "the AP", "NYT",
/// "WaPo", "@Reuters".
///
///     OutletCatalog.standard.canonicalName(for: "the NY Times")  // "New York Times"
///     OutletCatalog.standard.canonicalName(for: "@BBCBreaking")  // "BBC"
public struct OutletCatalog: Sendable {
    /// One outlet of the catalog.
    public struct Outlet: Sendable, Hashable {
        /// The canonical name ("Associated Press").
        public var name: String
        /// Other names as written ("AP", "the AP", "A.P.").
        public var aliases: [String]
        /// Names that are everyday words too ("Time", "The Hill"): recognised in a story only where it
        /// cites them ("according to Time", "The Hill reported").
        public var citedOnlyAliases: [String]
        /// Social handles, with `@`.
        public var handles: [String]

        /// An outlet with its names; see `OutletTable` for the curated ones.
        public init(name: String, aliases: [String] = [], citedOnlyAliases: [String] = [], handles: [String] = []) {
            self.name = name
            self.aliases = aliases
            self.citedOnlyAliases = citedOnlyAliases
            self.handles = handles
        }
    }

    /// Some three hundred well-known outlets: wires, US, European, Middle Eastern and Asian press.
    public static let standard = OutletCatalog(outlets: OutletTable.lines.map(Outlet.init(line:)))

    /// The outlets, in catalog order.
    public let outlets: [Outlet]
    /// Normalised name → (canonical name, cited only).
    private let names: [String: Entry]

    /// What a key stands for.
    private struct Entry {
        var name: String
        /// An everyday word too: counts only where the story cites it.
        var citedOnly: Bool
        /// Written with its article ("The Hill"): a bare "Hill" is someone else.
        var needsArticle: Bool
    }
    /// Lowercased handle without `@` → canonical name.
    private let handles: [String: String]
    /// The first words of every name, to pass over other words without a lookup.
    private let firstWords: WordFilter
    /// Every key's first words short of the whole key ("new", "new york" for "new york times").
    private let prefixes: Set<String>

    /// Whether a cited name the catalog lacks counts when it ends like an outlet ("Podunk Gazette").
    private let learnsNames: Bool

    /// A catalog of `outlets`; with `learnsNames`, a capitalised name ending in "News", "Times",
    /// "Gazette"… that the story cites as a source counts too.
    public init(outlets: [Outlet], learnsNames: Bool = true) {
        self.learnsNames = learnsNames
        var names: [String: Entry] = [:]
        var handles: [String: String] = [:]
        var prefixes: Set<String> = []
        for outlet in outlets {
            let canonical = outlet.citedOnlyAliases.contains(outlet.name) ? [] : [(outlet.name, false)]
            for (alias, citedOnly) in canonical + outlet.aliases.map({ ($0, false) })
                + outlet.citedOnlyAliases.map({ ($0, true) }) {
                let key = Self.key(alias)
                guard !key.isEmpty else { continue }
                if names[key] == nil || names[key]?.citedOnly == true && !citedOnly {
                    names[key] = Entry(name: outlet.name, citedOnly: citedOnly,
                                       needsArticle: citedOnly && alias.hasPrefix("The "))
                }
                let keyWords = key.split(separator: " ")
                for n in 1..<keyWords.count { prefixes.insert(keyWords[0..<n].joined(separator: " ")) }
                // Handles often run a name together: @arabnews, @RudawEnglish.
                handles[key.replacingOccurrences(of: " ", with: ""), default: outlet.name] = outlet.name
            }
            for handle in outlet.handles {
                handles[String(handle.drop { $0 == "@" }).lowercased()] = outlet.name
            }
        }
        self.outlets = outlets
        self.names = names
        self.handles = handles
        self.prefixes = prefixes
        self.firstWords = WordFilter(
            firstWordsOf: outlets.flatMap { [$0.name] + $0.aliases + $0.citedOnlyAliases }
                .flatMap { [$0, $0.hasPrefix("The ") ? String($0.dropFirst(4)) : $0] },
            folding: .key)
    }

    /// The canonical name for an outlet name as written, or `nil` when it is not an outlet. Case,
    /// a leading "the" and punctuation do not matter; a handle is looked up with its `@`.
    public func canonicalName(for name: String) -> String? {
        let trimmed = name.trimmedOfSpace
        if trimmed.hasPrefix("@") { return handles[String(trimmed.dropFirst()).lowercased()] }
        return names[Self.key(trimmed)]?.name
    }

    /// The publisher (from metadata, no span) and every outlet the story cites, in order of appearance.
    func mentions(in text: ScalarText, publisher: String?) -> [OutletMention] {
        mentions(in: text, words: text.words(), publisher: publisher)
    }

    /// The same, given the story's words (`text.words()`), so that finders can share one scan.
    func mentions(in text: ScalarText, words: [Word], publisher: String?) -> [OutletMention] {
        var found: [OutletMention] = []
        if let publisher, !publisher.isEmpty {
            found.append(OutletMention(name: canonicalName(for: publisher) ?? publisher, mention: publisher,
                                       span: nil, role: .publisher))
        }
        return found + cited(in: text, words: words)
    }

    /// Every outlet the story cites, given its words.
    func cited(in text: ScalarText, words: [Word]) -> [OutletMention] {
        var found: [OutletMention] = []
        var i = 0
        while i < words.count {
            if let match = match(at: i, words: words, text: text) {
                found.append(OutletMention(name: match.name, mention: text.slice(match.span), span: match.span,
                                           role: .cited))
                i = match.next
            } else {
                i += 1
            }
        }
        return found
    }

    /// An outlet named at word `i`.
    struct Match {
        var name: String
        /// The name as written, with a leading "the" and a handle's `@`.
        var span: TextSpan
        /// Index of the word after the name.
        var next: Int
    }

    /// The outlet whose name (longest first) or handle starts at word `i`, also a name the catalog
    /// lacks when the story cites it as an outlet ("the Podunk Gazette reported").
    func match(at i: Int, words: [Word], text: ScalarText) -> Match? {
        let word = words[i]
        if word.isHandle {
            guard let name = handles[text.slice(word).lowercased()] else { return nil }
            return Match(name: name, span: TextSpan(start: word.start - 1, end: word.end), next: i + 1)
        }
        guard text.isCapitalised(word) || ("0"..."9").contains(text.scalars[word.start]) else { return nil }
        let start = Self.startWithArticle(i, words: words, text: text)
        // "The New York Times": the article is part of the mention, not of the key.
        var first = i
        if text.scalars[word.start] == "T", text.slice(word) == "The", i + 1 < words.count,
           Self.adjacent(word, words[i + 1], text) {
            first = i + 1
        }
        guard firstWords.mayContain(words[first], in: text) else { return learnt(at: i, words: words, text: text) }
        // Grow the key word by word while it is the start of some name; keep the longest name.
        var key = text.key(words[first])
        var best: Match?
        var last = first
        while true {
            if let entry = names[key], !entry.citedOnly || isCitedAsOutlet(entry, start: start, first: first, last: last,
                                                                           words: words, text: text) {
                best = Match(name: entry.name, span: TextSpan(start: start, end: words[last].end), next: last + 1)
            }
            guard last + 1 < words.count, Self.adjacent(words[last], words[last + 1], text) else { break }
            let longer = key + " " + text.key(words[last + 1])
            guard prefixes.contains(longer) || names[longer] != nil else { break }
            key = longer
            last += 1
        }
        if let best, !Self.isSurname(best, at: i, words: words, text: text) { return best }
        if best != nil { return nil }
        return learnt(at: i, words: words, text: text)
    }

    /// Whether an everyday-word name is cited as an outlet here: "according to The Hill" but not
    /// "Hill said" or "according to the National Rifle Association".
    private func isCitedAsOutlet(_ entry: Entry, start: Int, first: Int, last: Int, words: [Word],
                                 text: ScalarText) -> Bool {
        if entry.needsArticle, start == words[first].start { return false }
        if last + 1 < words.count, words[last + 1].joinsPrevious, text.isCapitalised(words[last + 1]) { return false }
        return OutletCues.isCited(from: start == words[first].start ? first : first - 1, to: last + 1,
                                  words: words, text: text)
    }

    /// A capitalised name ending in an outlet word ("News", "Times", "Gazette") that the story cites as a
    /// source: "the Podunk Gazette reported", "according to Radio Farda".
    private func learnt(at i: Int, words: [Word], text: ScalarText) -> Match? {
        // Only at the start of a run of capitalised words, and only when the run ends in an outlet word.
        guard learnsNames, i == 0 || !words[i].joinsPrevious || !text.isCapitalised(words[i - 1]) else { return nil }
        var last = i
        while last + 1 < words.count, last - i < 5, Self.adjacent(words[last], words[last + 1], text),
              text.isCapitalised(words[last + 1]) {
            last += 1
        }
        guard last > i, OutletCues.outletEndings.contains(text.slice(words[last])),
              OutletCues.isCited(from: i, to: last + 1, words: words, text: text)
        else { return nil }
        var first = i
        if text.slice(words[first]) == "The" { first += 1 }
        guard first < last else { return nil }
        let name = text.slice(from: words[first].start, to: words[last].end)
        let start = Self.startWithArticle(i, words: words, text: text)
        return Match(name: name, span: TextSpan(start: start, end: words[last].end), next: last + 1)
    }

    /// "Michael Bloomberg", "Steve Forbes": a one-word name after a capitalised first name is a person's.
    private static func isSurname(_ match: Match, at i: Int, words: [Word], text: ScalarText) -> Bool {
        guard match.next == i + 1, i > 0, words[i].joinsPrevious, text.scalars[words[i].start - 1] == " ",
              text.isCapitalised(words[i - 1]) else { return false }
        return !LocationWords.leading.contains(text.slice(words[i - 1]))
            && !OutletCues.before.contains(text.slice(words[i - 1]))
    }

    /// Where the mention starts: a lowercase "the" directly before the name belongs to it ("the AP").
    private static func startWithArticle(_ i: Int, words: [Word], text: ScalarText) -> Int {
        guard i > 0, words[i].joinsPrevious, text.slice(words[i - 1]) == "the" else { return words[i].start }
        return words[i - 1].start
    }

    /// Whether two words can belong to one name: "New York", "France-Presse", "News & World".
    static func adjacent(_ a: Word, _ b: Word, _ text: ScalarText) -> Bool {
        guard b.start - a.end >= 1, b.start - a.end <= 3, !b.isHashtag, !b.isHandle else { return false }
        var sawSpace = false, sawDot = false
        for k in a.end..<b.start {
            switch text.scalars[k] {
            case " ": sawSpace = true
            case "-", "&", "/": break
            case ".": sawDot = true
            default: return false
            }
        }
        return !(sawSpace && sawDot)
    }

    /// A name's key: its words lowercased without dots, joined by spaces, without a leading "the".
    static func key(_ name: String) -> String {
        let text = ScalarText(name)
        let key = text.words().map { text.key($0) }.joined(separator: " ")
        return key.hasPrefix("the ") ? String(key.dropFirst(4)) : key
    }
}

extension OutletCatalog.Outlet {
    /// Reads a line of `OutletTable`: "Name|alias|~cited-only alias|@handle".
    init(line: String) {
        var names: [String] = [], citedOnly: [String] = [], handles: [String] = []
        for field in line.split(separator: "|").map(String.init) {
            if field.hasPrefix("@") { handles.append(field) }
            else if field.hasPrefix("~") { citedOnly.append(String(field.dropFirst())) }
            else { names.append(field) }
        }
        // "The Boston Globe" is filed as "Boston Globe"; "The Hill" keeps its article.
        var canonical = String(line.prefix { $0 != "|" }.drop { $0 == "~" })
        if canonical.hasPrefix("The "), canonical.split(separator: " ").count > 2 {
            canonical = String(canonical.dropFirst(4))
        }
        self.init(name: canonical, aliases: names, citedOnlyAliases: citedOnly, handles: handles)
    }
}

extension OutletCatalog {
    /// An actor whose name or handle is a news outlet's ("Rudaw English", @Reuters) is an
    /// organisation, whatever its name looks like.
    func classify(_ actor: Actor) -> Actor {
        guard actor.kind == .person,
              canonicalName(for: actor.name) != nil || actor.handle.flatMap(canonicalName(for:)) != nil else { return actor }
        var organisation = actor
        organisation.kind = .organization
        return organisation
    }
}
