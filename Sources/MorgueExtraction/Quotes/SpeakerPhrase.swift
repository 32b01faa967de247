/// The words that name a speaker at an attribution, split into name, role and pronoun.
///
/// "Defense Secretary Mark Esper" → name "Mark Esper", role "Defense Secretary";
/// "a State Department spokesperson" → role "State Department spokesperson", indefinite;
/// "he" → pronoun "he".
struct SpeakerPhrase: Sendable, Equatable {
    var mention: TextSpan
    var mentionText: String
    var name: String?
    var role: String?
    var pronoun: String?
    /// "a spokesperson", "one official": a role that never refers back to a named person.
    var isIndefinite = false
    /// No words name the speaker: "…, saying, “…”" credits the subject of the sentence.
    var isImplied = false
}

/// Reads speaker phrases backward from a reporting verb ("Esper added") or forward from it
/// ("said Rev. Kyev Tatum, then senior pastor").
struct SpeakerPhraseReader {
    let tokens: [WordToken]
    /// Words the story capitalises in mid-sentence: proper nouns, as opposed to ordinary words that open a
    /// sentence ("Come again?", "Workers there earn…").
    let properNouns: Set<String>

    init(tokens: [WordToken]) {
        self.tokens = tokens
        var proper = Set<String>()
        for index in tokens.indices.dropFirst() where tokens[index].isCapitalized {
            let previous = tokens[index - 1]
            if previous.kind == .word || previous.text == "," || previous.text == "(" {
                proper.insert(tokens[index].lowered)
            }
        }
        properNouns = proper
    }

    /// Whether a word is a party and state as news style abbreviates them after a lawmaker's name
    /// ("McConnell, R-Ky., said"): its period does not end the sentence.
    static func isPartyAndState(_ token: WordToken) -> Bool {
        let bytes = Array(token.text.utf8)
        guard token.kind == .word, bytes.count >= 3, bytes[1] == UInt8(ascii: "-") else { return false }
        return bytes[0] == UInt8(ascii: "R") || bytes[0] == UInt8(ascii: "D") || bytes[0] == UInt8(ascii: "I")
    }

    /// Whether the period after a word belongs to it inside a phrase: a party and state ("R-Ky.") or a
    /// state as AP style abbreviates it after a town ("Erie, Pa., said").
    static func keepsPeriod(_ token: WordToken) -> Bool {
        isPartyAndState(token) || token.kind == .word && stateAbbreviations.contains(token.text)
    }

    /// The Associated Press's abbreviations of US states, as printed before their period.
    private static let stateAbbreviations: Set<String> = [
        "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan", "Ky", "La", "Md",
        "Mass", "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nev", "Okla", "Ore", "Pa", "Tenn", "Vt", "Va",
        "Wash", "Wis", "Wyo",
    ]

    /// Whether a word is a possessive ("CNN’s", "Boston's").
    static func isPossessive(_ token: WordToken) -> Bool {
        token.kind == .word && token.text.utf8.last == UInt8(ascii: "s")
            && (token.text.hasSuffix("’s") || token.text.hasSuffix("'s"))
    }

    /// Whether a token opens a sentence, where any word is capitalised.
    func opensSentence(_ index: Int) -> Bool {
        guard index > 0 else { return true }
        let previous = tokens[index - 1]
        return previous.kind == .paragraphBreak || previous.kind == .quoteMark
            || [".", "?", "!", ":", "—", "–", "-"].contains(previous.text)
    }

    /// Words that end a phrase read forward or backward: clauses, prepositions, verbs' helpers.
    static let stopWords = WordSet([
        "that", "which", "who", "whom", "whose", "when", "while", "as", "because", "but", "or", "in", "on", "at",
        "to", "for", "with", "after", "before", "during", "from", "by", "about", "into", "than", "if", "is", "was",
        "are", "were", "be", "been", "has", "had", "have", "would", "will", "could", "should", "can", "may",
        "might", "did", "does", "do", "not", "said", "says", "told", "where", "why", "how", "what", "so",
        "and", "then", "also", "there", "here", "this", "these", "those", "again", "repeatedly", "later",
        "reporters", "earlier", "today", "yesterday", "tonight", "via", "over", "under", "through", "per",
    ], list: .stopWords)

    /// Prepositions that open a phrase of place or time ("In Concord", "in Birmingham, Alabama").
    static let prepositions = WordSet([
        "in", "at", "on", "from", "during", "after", "before", "since", "near", "outside", "inside", "across",
        "throughout", "amid", "toward", "towards", "into", "across", "around", "through", "until", "within",
    ], list: .prepositions)

    /// Words that count people rather than name them ("Two Americans were killed", "Many Democrats…").
    static let quantifiers = WordSet([
        "two", "three", "four", "five", "several", "some", "many", "most", "few", "both", "all", "dozens",
        "hundreds", "thousands", "millions",
    ], list: .quantifiers)

    static let days = WordSet([
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "tonight",
        "yesterday", "january", "february", "march", "april", "may", "june", "july", "august", "september",
        "october", "november", "december", "jan.", "feb.", "aug.", "sept.", "oct.", "nov.", "dec.",
    ], list: .days)

    /// The phrase ending at `last`, read backward no further than `lowerBound`.
    func phrase(endingAt last: Int, lowerBound: Int) -> SpeakerPhrase? {
        var k = last
        // Skip a parenthesis right before the verb: "Rep. Trey Gowdy (R-S.C.) said".
        if k >= lowerBound, tokens[k].text == ")" {
            var j = k - 1
            while j >= lowerBound, j > k - 12, tokens[j].text != "(" { j -= 1 }
            guard j >= lowerBound, tokens[j].text == "(" else { return nil }
            k = j - 1
        }
        var appositive: (Int, Int)?
        // "Smith, the city's mayor, said": skip the appositive back to the comma after the name.
        if k >= lowerBound, tokens[k].text == "," {
            var j = k - 1
            while j >= lowerBound, j > k - 16,
                  tokens[j].kind == .word || tokens[j].text == "’" || tokens[j].text == "'" || tokens[j].text == "&"
                    || (tokens[j].text == "." && j > lowerBound && Self.keepsPeriod(tokens[j - 1])) {
                j -= 1
            }
            guard j > lowerBound, tokens[j].text == "," else { return nil }
            // "…in Aurora, Colorado, in July 2012, said": a phrase of time or place, not an appositive.
            guard j + 1 < k, !Self.prepositions.contains(tokens[j + 1]) else { return nil }
            appositive = (j + 1, k - 1)
            k = j - 1
        }
        guard k >= lowerBound, tokens[k].kind == .word else { return nil }
        let lower = tokens[k].lowered
        if NewsTitles.pronouns.contains(lower) {
            return SpeakerPhrase(mention: tokens[k].span, mentionText: tokens[k].text, pronoun: lower)
        }
        var first = k
        var count = 0
        while first > lowerBound, count < 8 {
            let previous = tokens[first - 1]
            guard previous.kind == .word else { break }
            let word = previous.lowered
            if NewsTitles.determiners.contains(word) { first -= 1; break }
            if word == "of", first - 2 >= lowerBound,
               tokens[first - 2].isCapitalized || NewsTitles.titleWords.contains(tokens[first - 2]) {
                first -= 1
                count += 1
                continue
            }
            if Self.stopWords.contains(word) || SpeechVerbs.verbs.contains(word) && !previous.isCapitalized { break }
            if NewsTitles.pronouns.contains(word) { break }
            first -= 1
            count += 1
        }
        var phrase = build(from: first, through: k)
        // "the presumptive GOP nominee, Donald Trump, tweeted": the name stands in apposition to the role.
        if let appositive, phrase != nil, phrase?.name == nil, phrase?.isIndefinite == false,
           let named = build(from: appositive.0, through: appositive.1), let name = named.name, named.role == nil,
           named.mentionText == name {
            phrase?.name = name
            return phrase
        }
        if let appositive, phrase?.name != nil, phrase?.role == nil,
           !["who", "which", "whose", "whom", "where", "when"].contains(tokens[appositive.0].lowered) {
            let words = tokens[appositive.0...appositive.1].filter { !NewsTitles.determiners.contains($0) }
            if !words.isEmpty, words.count <= 6 { phrase?.role = words.map(\.text).joined(separator: " ") }
        }
        return phrase
    }

    /// The phrase starting at `first`, read forward no further than `upperBound` (exclusive).
    func phrase(startingAt first: Int, upperBound: Int) -> SpeakerPhrase? {
        guard first < upperBound, tokens[first].kind == .word else { return nil }
        let lower = tokens[first].lowered
        if NewsTitles.pronouns.contains(lower) {
            return SpeakerPhrase(mention: tokens[first].span, mentionText: tokens[first].text, pronoun: lower)
        }
        var last = first
        if NewsTitles.determiners.contains(lower) == false,
           Self.stopWords.contains(lower) || Self.days.contains(lower) { return nil }
        while last + 1 < upperBound, last - first < 9 {
            let next = tokens[last + 1]
            guard next.kind == .word else { break }
            let word = next.lowered
            if word == "of", last + 2 < upperBound,
               tokens[last].isCapitalized || NewsTitles.titleWords.contains(tokens[last]) {
                last += 1
                continue
            }
            // "said former secretary of state Hillary Clinton": after a title's "of", "state" is no verb.
            if tokens[last].lowered == "of", last > first, next.isCapitalized || NewsTitles.titleWords.contains(word) {
                last += 1
                continue
            }
            if Self.stopWords.contains(word) { break }
            if Self.days.contains(word), !NewsTitles.determiners.contains(tokens[last]) { break }
            if SpeechVerbs.verbs.contains(word), !next.isCapitalized { break }
            last += 1
        }
        return build(from: first, through: last)
    }

    /// Splits words into determiner, role and name: the name is the run of capitalised words at the end.
    func build(from first: Int, through last: Int) -> SpeakerPhrase? {
        var last = last
        var start = first
        // Sentence openers are not part of the phrase: "But Trump said".
        while start <= last, tokens[start].isCapitalized,
              NewsTitles.capitalisedFunctionWords.contains(tokens[start]) || Self.days.contains(tokens[start])
                || start < last && Self.isOpeningParticiple(tokens[start]) && opensSentence(start) {
            // "Another commenter said", "A spokesman said": an article opening a common noun stays with it, so
            // that the role reads as indefinite or definite wherever the sentence starts.
            if NewsTitles.determiners.contains(tokens[start]), start < last, tokens[start + 1].kind == .word,
               !tokens[start + 1].isCapitalized {
                break
            }
            start += 1
        }
        guard start <= last else { return nil }
        let mention = TextSpan(start: tokens[start].start, end: tokens[last].end)
        let mentionText = (start...last).map { tokens[$0].text }.joined(separator: " ")
        var indefinite = false
        var roleStart = start
        let opener = tokens[start].lowered
        if NewsTitles.determiners.contains(opener) {
            indefinite = ["a", "an", "one", "another", "two", "three", "several", "some", "many", "other",
                          "both", "each", "most", "few", "no"].contains(opener)
            roleStart += 1
        }
        guard roleStart <= last else { return nil }
        // The name: capitalised words (with initials, particles, suffixes) at the end, after any title.
        var nameStart = last + 1
        var j = last
        while j >= roleStart {
            let token = tokens[j]
            let word = token.lowered
            let isNamePart = (token.isCapitalized && !NewsTitles.titleWords.contains(word)
                              && !NewsTitles.capitalisedFunctionWords.contains(word) && !Self.days.contains(word))
                || (NewsTitles.nameParticles.contains(word) && j < last && j > roleStart)
                || (NewsTitles.suffixes.contains(word) && j == last && j > roleStart)
            guard isNamePart else { break }
            nameStart = j
            j -= 1
        }
        // "Gov. Jeb Bush of Florida": the person comes before "of" and the place after it; a single word
        // before "of" with no title ("University of Chicago") is one name.
        // "Ohio Board of Health", "Department of Justice": an organisation's name keeps its "of".
        if nameStart <= last, nameStart - 1 > roleStart, tokens[nameStart - 1].lowered == "of",
           ActorKindRules.organizationWords.contains(tokens[nameStart - 2].lowered) {
            var organizationStart = nameStart - 2
            while organizationStart - 1 >= roleStart, tokens[organizationStart - 1].isCapitalized,
                  !NewsTitles.titleWords.contains(tokens[organizationStart - 1]) {
                organizationStart -= 1
            }
            nameStart = organizationStart
        } else if nameStart <= last, nameStart - 1 > roleStart, tokens[nameStart - 1].lowered == "of" {
            var personStart = nameStart - 1
            while personStart - 1 >= roleStart, tokens[personStart - 1].isCapitalized,
                  !NewsTitles.titleWords.contains(tokens[personStart - 1]) {
                personStart -= 1
            }
            let personWords = nameStart - 1 - personStart
            if personWords >= 2 || (personWords == 1 && personStart > roleStart) {
                nameStart = personStart
                last = nameStart + personWords - 1
            }
        }
        // "CNN’s Jake Tapper", "Boston’s Walsh": the owner before a possessive is part of the role, not the name
        // (but "Bush’s Facebook" is no person).
        if nameStart < last, let owner = (nameStart..<last).last(where: { Self.isPossessive(tokens[$0]) }),
           ActorKindRules.kind(of: tokens[(owner + 1)...last].map(\.text)) == .person {
            nameStart = owner + 1
        }
        var name: String?
        if nameStart <= last {
            let parts = tokens[nameStart...last].map(\.text)
            // A lone possessive or a run of all-capital acronyms is an organisation, still a name.
            name = parts.joined(separator: " ")
        }
        var role: String?
        if roleStart < nameStart {
            let words = tokens[roleStart..<nameStart].map(\.text)
            role = words.joined(separator: " ")
        }
        if name == nil {
            // A role with no name must end on a noun a speaker can be ("spokesperson", "official").
            let head = tokens[last].lowered
            guard NewsTitles.roleHeads.contains(head) || NewsTitles.titleWords.contains(head)
                || (roleStart > start && !Self.stopWords.contains(head) && !SpeechVerbs.verbs.contains(head)) else {
                return nil
            }
        } else {
            indefinite = false
        }
        return SpeakerPhrase(mention: mention, mentionText: mentionText, name: name, role: role, pronoun: nil,
                             isIndefinite: indefinite)
    }
}
