/// The word lists the speaker and name finders consult for nearly every token, as bits.
///
/// A token looks its lowered text up in all of them at once, when the tokenizer makes it
/// (`WordToken.lists`), so that a finder tests a bit instead of looking the same word up again:
/// `NewsTitles.titleWords.contains(token)` reads the token's bit for that list.
struct WordLists: OptionSet, Sendable {
    let rawValue: UInt32

    static let titleWords = WordLists(rawValue: 1 << 0)
    static let honorifics = WordLists(rawValue: 1 << 1)
    static let roleHeads = WordLists(rawValue: 1 << 2)
    static let pronouns = WordLists(rawValue: 1 << 3)
    static let determiners = WordLists(rawValue: 1 << 4)
    static let nameParticles = WordLists(rawValue: 1 << 5)
    static let nameSuffixes = WordLists(rawValue: 1 << 6)
    static let capitalisedFunctionWords = WordLists(rawValue: 1 << 7)
    static let speechVerbs = WordLists(rawValue: 1 << 8)
    static let weakSpeechVerbs = WordLists(rawValue: 1 << 9)
    static let wordsBetweenSpeakerAndVerb = WordLists(rawValue: 1 << 10)
    static let stopWords = WordLists(rawValue: 1 << 11)
    static let prepositions = WordLists(rawValue: 1 << 12)
    static let quantifiers = WordLists(rawValue: 1 << 13)
    static let days = WordLists(rawValue: 1 << 14)

    /// Every list that has a bit. A `WordSet` made with `list:` must be here, or tokens would not
    /// carry its bit (`WordListsTests` checks).
    static let registered: [WordSet] = [
        NewsTitles.titleWords, NewsTitles.honorifics, NewsTitles.roleHeads, NewsTitles.pronouns,
        NewsTitles.determiners, NewsTitles.nameParticles, NewsTitles.suffixes, NewsTitles.capitalisedFunctionWords,
        SpeechVerbs.verbs, SpeechVerbs.weak, SpeechVerbs.between, SpeakerPhraseReader.stopWords,
        SpeakerPhraseReader.prepositions, SpeakerPhraseReader.quantifiers, SpeakerPhraseReader.days,
    ]

    /// The lists of `registered`, word by word.
    static let vocabulary = WordListVocabulary(registered)
}

/// Which registered lists hold a word: one look-up for all of them.
struct WordListVocabulary: Sendable {
    /// Open addressing over packed words, with the lists holding each.
    private let keys: [PackedWord]
    private let values: [WordLists]
    private let mask: Int
    private let lists: [WordSet]
    /// Lists that may hold a word equal to a packed one without being packed themselves (see `WordSet`).
    private let unpackedLists: [WordSet]

    init(_ lists: [WordSet]) {
        var seen: WordLists = []
        for list in lists {
            precondition(list.list.rawValue.nonzeroBitCount == 1 && !seen.contains(list.list),
                         "each registered word list needs a bit of its own")
            seen.insert(list.list)
        }
        var byWord: [String: WordLists] = [:]
        for list in lists {
            for word in list where PackedWord(word) != nil { byWord[word, default: []].insert(list.list) }
        }
        var capacity = 16
        while capacity < byWord.count * 3 { capacity *= 2 }
        var keys = [PackedWord](repeating: .empty, count: capacity)
        var values = [WordLists](repeating: [], count: capacity)
        for (word, holders) in byWord {
            let packed = PackedWord(word)!
            var slot = packed.slot(mask: capacity - 1)
            while keys[slot] != .empty { slot = (slot + 1) & (capacity - 1) }
            keys[slot] = packed
            values[slot] = holders
        }
        self.keys = keys
        self.values = values
        self.mask = capacity - 1
        self.lists = lists
        self.unpackedLists = lists.filter(\.mayEqualPackedWords)
    }

    /// The lists holding `word`, as each list's `contains(_:)` answers.
    func lists(holding word: String) -> WordLists {
        guard let packed = PackedWord(word) else {
            let shape = UnpackedWord(word)
            var holders: WordLists = []
            for list in lists where list.contains(unpacked: word, shape) { holders.insert(list.list) }
            return holders
        }
        return lists(holding: word, packed: packed)
    }

    /// The same for an ASCII word given as scalars, packed lowercased straight from them; `lowered` is
    /// the word lowercased, for the lists that must compare strings.
    func lists(holdingLowercased scalars: UnsafeBufferPointer<Unicode.Scalar>, lowered: String) -> WordLists {
        guard let packed = PackedWord(lowercasing: scalars) else { return lists(holding: lowered) }
        return lists(holding: lowered, packed: packed)
    }

    private func lists(holding word: String, packed: PackedWord) -> WordLists {
        var holders: WordLists = []
        var slot = packed.slot(mask: mask)
        while keys[slot] != .empty {
            if keys[slot] == packed {
                holders = values[slot]
                break
            }
            slot = (slot + 1) & mask
        }
        for list in unpackedLists where list.contains(word) { holders.insert(list.list) }
        return holders
    }
}
