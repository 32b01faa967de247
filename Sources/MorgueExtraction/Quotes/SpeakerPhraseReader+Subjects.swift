/// Reading the subject that opens a clause: a name with its titles ("Clinton spokeswoman Jennifer Palmieri
/// criticized…"), a role and the name after it ("Norway's fisheries minister, Lars Berg,
/// dismissed…"), or a role alone ("The Republican candidate appeared…").
extension SpeakerPhraseReader {
    /// The named subject that opens a clause at `first` ("Clinton spokeswoman Jennifer Palmieri criticized…"):
    /// titles and capitalised words, ending where the first ordinary lower-case word begins.
    func subject(startingAt first: Int, upperBound: Int) -> SpeakerPhrase? {
        if let named = roleThenName(startingAt: first, upperBound: upperBound) { return named }
        // "In Concord, he…" and "At a rally in Birmingham, Alabama," name places, not the subject.
        guard first < upperBound, !Self.prepositions.contains(tokens[first]),
              !Self.quantifiers.contains(tokens[first]) else { return nil }
        // One word of a list of names ("Georgia, Virginia, Arkansas, Alabama and Tennessee") is no subject.
        if first >= 2, tokens[first - 1].text == ",", tokens[first - 2].isCapitalized, first + 2 < upperBound,
           tokens[first].isCapitalized, tokens[first + 1].text == "," || tokens[first + 1].lowered == "and",
           tokens[first + 2].isCapitalized {
            return nil
        }
        if first >= 2, tokens[first - 1].text == ",", tokens[first - 2].isCapitalized, first + 1 < upperBound,
           tokens[first + 1].text == ",", tokens[first].isCapitalized {
            var index = first - 2
            while index > 0, tokens[index - 1].isCapitalized { index -= 1 }
            if index > 0, Self.prepositions.contains(tokens[index - 1]) { return nil }
        }
        // At a sentence start, capitalised ordinary words ("Does Rubio…", "Workers there…") are not names.
        // A run of two capitalised words ("Hillary Clinton") is read as a name wherever it stands.
        if opensSentence(first), first + 1 >= upperBound || !tokens[first + 1].isCapitalized,
           tokens[first].isCapitalized, !properNouns.contains(tokens[first].lowered),
           !NewsTitles.titleWords.contains(tokens[first]), !NewsTitles.honorifics.contains(tokens[first]),
           !isRoleNounBeforeName(first + 1, upperBound: upperBound) {
            return nil
        }
        var last = first - 1
        while last + 1 < upperBound, last + 1 - first < 8 {
            let next = tokens[last + 1]
            guard next.kind == .word else { break }
            let word = next.lowered
            if next.isCapitalized || NewsTitles.titleWords.contains(word) || NewsTitles.nameParticles.contains(word)
                || (last + 1 == first && NewsTitles.determiners.contains(word)) {
                last += 1
                continue
            }
            // "Jazz legend Phyllis Shaw", "Tennis star Ana Silva": a common noun between a
            // capitalised modifier and a person's name belongs to the role.
            if last >= first, tokens[last].isCapitalized, isRoleNounBeforeName(last + 1, upperBound: upperBound),
               !(first..<last).contains(where: {
                   tokens[$0 + 1].isCapitalized && FirstNames.gender(of: tokens[$0].lowered) != .unknown }) {
                last += 1
                continue
            }
            break
        }
        // "Trump then appears": "then" after the name belongs to the predicate, not to a title ("then-Gov.").
        while last > first, tokens[last].lowered == "then" {
            last -= 1
        }
        guard last >= first, tokens[last].isCapitalized else { return nil }
        // "The Ohio Board of Health was brief": an organisation's name runs on through "of".
        if last + 2 < upperBound, tokens[last + 1].lowered == "of", ActorKindRules.organizationWords.contains(tokens[last].lowered),
           tokens[last + 2].kind == .word, tokens[last + 2].isCapitalized {
            last += 2
            while last + 1 < upperBound, last - first < 10, tokens[last + 1].kind == .word, tokens[last + 1].isCapitalized {
                last += 1
            }
        }
        if last + 1 < upperBound {
            let next = tokens[last + 1]
            // A subject is followed by its verb or an aside, not by a possessive or a title's "of" — but
            // "Senator Tom Reed of Ohio is running…" is a titled person and a place.
            guard (next.kind == .word && !["of", "and", "or"].contains(next.lowered)) || next.text == ","
                || next.text == "(" || next.text == "–" || next.text == "—"
                || next.text == "-" || next.lowered == "of" && isTitledPersonOfPlace(first, last, upperBound: upperBound)
            else { return nil }
        }
        guard let phrase = build(from: first, through: last), let name = phrase.name else { return nil }
        // "Europe's leaders…" is not Europe speaking; "WASHINGTON —" is a dateline.
        if name.hasSuffix("’s") || name.hasSuffix("'s") { return nil }
        if !name.utf8.contains(UInt8(ascii: " ")), name.utf8.count > 3,
           name.utf8.allSatisfy({ $0 < 0x61 || $0 > 0x7A }) { return nil }
        return phrase
    }

    /// Whether a capitalised word is a participle or "Given" opening a sentence ("Asserting Kim had…",
    /// "Given Reed's record…"), not a name's first word ("Sterling Brown" is a name).
    static func isOpeningParticiple(_ token: WordToken) -> Bool {
        let word = token.lowered
        return (word == "given" || word.hasSuffix("ing") && word.count > 5) && FirstNames.gender(of: word) == .unknown
    }

    /// Whether the word at `index` is a common noun followed by a person's name that opens with a known first
    /// name ("legend" in "Jazz legend Phyllis Shaw").
    private func isRoleNounBeforeName(_ index: Int, upperBound: Int) -> Bool {
        // Only nouns that describe a person: "Trump met Bernie Sanders" has a verb there.
        guard index + 2 < upperBound, tokens[index].kind == .word, !tokens[index].isCapitalized,
              tokens[index + 1].kind == .word, tokens[index + 1].isCapitalized,
              tokens[index + 2].kind == .word, tokens[index + 2].isCapitalized,
              NewsTitles.roleHeads.contains(tokens[index]) || NewsTitles.titleWords.contains(tokens[index])
                || Self.describingNouns.contains(tokens[index].lowered) else { return false }
        return FirstNames.gender(of: tokens[index + 1].lowered) != .unknown
    }

    /// Nouns that describe a person before the name, beside titles and role heads ("Jazz legend",
    /// "Tennis star", "campaign speechwriter").
    private static let describingNouns: Set<String> = [
        "great", "icon", "legend", "star", "developer", "speechwriter", "magnate", "mogul", "tycoon", "commentator",
        "comedian", "actor", "actress", "singer", "rapper", "musician", "player", "champion", "pundit", "blogger",
        "filmmaker", "novelist", "poet", "artist", "physician", "surgeon", "neurosurgeon", "farmer", "rancher",
        "student", "teacher", "retiree", "native", "resident", "immigrant", "entrepreneur", "philanthropist",
        "businessman", "businesswoman", "billionaire", "broadcaster", "personality", "hopeful", "contender",
        "stalwart", "loyalist", "insider", "ally", "confidant", "backer", "lobbyist", "attorney", "lawyer",
        "front-runner", "frontrunner",
    ]

    /// A role set before the name it stands for, between commas: "Norway's fisheries minister, Lars
    /// Berg, dismissed…", "The lawyer, Thomas Coan, argued…". The name speaks; the role is its role.
    private func roleThenName(startingAt first: Int, upperBound: Int) -> SpeakerPhrase? {
        guard first + 3 < upperBound, tokens[first].kind == .word,
              NewsTitles.determiners.contains(tokens[first]) || Self.isPossessive(tokens[first]) else { return nil }
        var comma = first + 1
        while comma < upperBound, comma - first <= 5, tokens[comma].kind == .word, !tokens[comma].isCapitalized
            || NewsTitles.titleWords.contains(tokens[comma]) {
            comma += 1
        }
        guard comma < upperBound, comma > first + 1, tokens[comma].text == ",",
              NewsTitles.roleHeads.contains(tokens[comma - 1]) || NewsTitles.titleWords.contains(tokens[comma - 1])
        else { return nil }
        var nameEnd = comma + 1
        while nameEnd < upperBound, nameEnd - comma <= 4, tokens[nameEnd].kind == .word, tokens[nameEnd].isCapitalized {
            nameEnd += 1
        }
        guard nameEnd - comma >= 3, nameEnd < upperBound, tokens[nameEnd].text == ",",
              var phrase = build(from: comma + 1, through: nameEnd - 1), phrase.name != nil, phrase.role == nil
        else { return nil }
        phrase.role = (first..<comma).map { tokens[$0].text }.joined(separator: " ")
        return phrase
    }

    /// Whether `first...last` is a title and a name of two words or more, followed by "of" and a place of
    /// one to three capitalised words and then a verb or a comma: "President Vladimir Putin of Russia said".
    private func isTitledPersonOfPlace(_ first: Int, _ last: Int, upperBound: Int) -> Bool {
        guard NewsTitles.titleWords.contains(tokens[first]) || NewsTitles.honorifics.contains(tokens[first]),
              last - first >= 2 else { return false }
        var end = last + 2
        while end < upperBound, end - (last + 2) < 3, tokens[end].kind == .word, tokens[end].isCapitalized { end += 1 }
        guard end > last + 2, end < upperBound else { return false }
        return tokens[end].text == "," || tokens[end].kind == .word && !tokens[end].isCapitalized
            && !["and", "or", "of"].contains(tokens[end].lowered)
    }

    /// A subject that names a role and no one ("The Republican candidate appeared…", "Her campaign sent…",
    /// "Reed’s campaign shrugged off…"): a determiner or a possessive, a few words ending on a role noun,
    /// then a verb.
    func roleSubject(startingAt first: Int, upperBound: Int) -> SpeakerPhrase? {
        guard first < upperBound, tokens[first].kind == .word,
              NewsTitles.determiners.contains(tokens[first]) || Self.isPossessive(tokens[first]) else { return nil }
        var head = first + 1
        while head < upperBound, head - first <= 5, tokens[head].kind == .word, !Self.stopWords.contains(tokens[head]) {
            let isRole = !tokens[head].isCapitalized
                && (NewsTitles.roleHeads.contains(tokens[head]) || NewsTitles.titleWords.contains(tokens[head]))
            // "A reporter for Radio Erie called it": the employer after the role is passed over.
            var verb = head + 1
            if isRole, verb + 1 < upperBound, ["for", "at", "from", "with"].contains(tokens[verb].lowered),
               tokens[verb + 1].isCapitalized || tokens[verb + 1].lowered == "the" {
                verb += 2
                while verb < upperBound, verb - head < 8, tokens[verb].kind == .word, tokens[verb].isCapitalized { verb += 1 }
            }
            if isRole, verb < upperBound, tokens[verb].kind == .word, !tokens[verb].isCapitalized,
               !NewsTitles.roleHeads.contains(tokens[verb]), !NewsTitles.titleWords.contains(tokens[verb]),
               !Self.stopWords.contains(tokens[verb]) || SpeechVerbs.between.contains(tokens[verb]) {
                guard let phrase = build(from: first, through: head), phrase.name == nil, phrase.role != nil else { return nil }
                return phrase
            }
            head += 1
        }
        return nil
    }

    /// The subject of the clause nearest before `end`: clause starts are the sentence start and the words
    /// after a comma or dash ("When the moderators snarked — Cruz called them on it:").
    func nearestClauseSubject(from start: Int, before end: Int) -> SpeakerPhrase? {
        var index = end - 1
        while index >= start {
            // "Or, as Tom Ridge put it:": "as" after a comma opens a clause too.
            let atClauseStart = index == start || [",", "—", "–", "-", "(", ";"].contains(tokens[index - 1].text)
                || (tokens[index - 1].lowered == "as" && (index - 1 == start || tokens[index - 2].text == ","))
            if atClauseStart, tokens[index].kind == .word, let subject = subject(startingAt: index, upperBound: end) {
                return subject
            }
            index -= 1
        }
        return nil
    }
}
