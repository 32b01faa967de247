/// The named people and bodies a story credits with words, in story order, so that "he said" or
/// "the senator said" can be resolved to the nearest named speaker before it.
struct NamedSourceIndex: Sendable {
    struct Source: Sendable {
        var position: Int
        var name: String
        var role: String?
        /// A role with no name ("the Texas senator"): an antecedent for a pronoun, never for a role.
        var isRoleOnly = false
        var gender: PronounGender = .unknown
        /// Named as the subject of a reporting verb ("Sanders said"), not only as a clause's subject.
        var isSpeaker = false
        /// The story shows this is a person: a speaker, a title, a known first name, or the surname of one.
        var isPerson = false
        /// The name is a place's ("New Hampshire"): never a person, whatever its words look like.
        var isPlace = false
    }

    /// How many sources back a pronoun looks for a person before taking any source that fits.
    private static let pronounReach = 40

    private(set) var sources: [Source] = []
    private let places: PlaceNames

    init(tokens: [WordToken], passages: [QuotedPassage], reader: QuoteAttributionReader, places: PlaceNames = .none) {
        self.places = places
        var inside = [Bool](repeating: false, count: tokens.count)
        for passage in passages {
            for index in passage.open...passage.close { inside[index] = true }
        }
        var sentenceStart = 0
        let subjects = reader.phrases
        if !tokens.isEmpty, !(inside.first ?? false), let subject = subjects.subject(startingAt: 0, upperBound: tokens.count),
           let name = subject.name {
            insert(Source(position: subject.mention.start, name: name, role: subject.role,
                                  gender: PronounGender.of(name: name, role: subject.role)))
        }
        for (index, token) in tokens.enumerated() {
            if token.kind == .paragraphBreak || token.kind == .quoteMark || token.text == "." || token.text == "?"
                || token.text == "!" || token.text == ":" || token.text == "," {
                if token.text != "," { sentenceStart = index + 1 }
                if index + 1 < tokens.count, !inside[index + 1] || token.kind == .quoteMark && inside[index] == false {
                    if let subject = subjects.subject(startingAt: index + 1, upperBound: tokens.count), let name = subject.name {
                        insert(Source(position: subject.mention.start, name: name, role: subject.role,
                                      gender: PronounGender.of(name: name, role: subject.role)))
                    } else if token.text != ",", token.text != ":",
                              let subject = subjects.roleSubject(startingAt: index + 1, upperBound: tokens.count) {
                        // Only at a sentence's start: after a comma a role is an aside ("Lind, a baker").
                        insertRoleSubject(subject)
                    }
                }
                continue
            }
            guard !inside[index], token.kind == .word, !token.isCapitalized else { continue }
            var attribution: QuoteAttribution?
            if SpeechVerbs.verbs.contains(token), !SpeechVerbs.weak.contains(token) {
                var end = index + 1
                while end < tokens.count, end - index < 12, tokens[end].kind == .word { end += 1 }
                attribution = reader.attribution(verb: index, lowerBound: sentenceStart, upperBound: end,
                                                 adjacentBefore: true)
            }
            guard let speaker = attribution?.speaker, speaker.pronoun == nil, !speaker.isImplied else { continue }
            // The clause's subject, already indexed, turns out to be the verb's speaker.
            if let last = sources.indices.last, sources[last].position == speaker.mention.start {
                if speaker.name != nil { sources[last].isSpeaker = true }
                continue
            }
            // "said Smith" names a speaker only right after a quote or a comma, not "reiterated his view".
            if speaker.mention.start > token.start {
                guard index > 0, tokens[index - 1].kind == .quoteMark || tokens[index - 1].text == "," else { continue }
            }
            if let name = speaker.name {
                insert(Source(position: speaker.mention.start, name: name, role: speaker.role,
                              gender: PronounGender.of(name: name, role: speaker.role), isSpeaker: true))
            } else if let role = speaker.role, !speaker.isIndefinite, speaker.mentionText.lowercased().hasPrefix("the "),
                      role.split(separator: " ").count <= 4, Self.isPersonRole(role) {
                // "the businessman replied" after "Trump": the role stands for the person named before it.
                let resolved = resolve(speaker, before: speaker.mention.start)
                if let resolved, resolved != role {
                    let named = earlier(than: speaker.mention.start).last { $0.name == resolved }
                    insert(Source(position: speaker.mention.start, name: resolved, role: named?.role,
                                  gender: named?.gender ?? .unknown, isSpeaker: true))
                } else {
                    insert(Source(position: speaker.mention.start, name: role, role: role, isRoleOnly: true))
                }
            }
        }
        markPeople(tokens: tokens)
    }

    /// Indexes a clause's subject that names only a role. "The senator voted…" stands for the senator named
    /// before it; "A reporter for Radio Erie called it…" is someone new, whom a "he" can refer to.
    private mutating func insertRoleSubject(_ subject: SpeakerPhrase) {
        guard let role = subject.role, Self.isPersonRole(role), !Self.isImpersonal(role),
              role.split(separator: " ").count <= 4 else { return }
        if !subject.isIndefinite {
            guard subject.mentionText.lowercased().hasPrefix("the "),
                  let resolved = resolve(subject, before: subject.mention.start), resolved != role else { return }
            let named = earlier(than: subject.mention.start).last { $0.name == resolved }
            insert(Source(position: subject.mention.start, name: resolved, role: named?.role, gender: named?.gender ?? .unknown))
        } else {
            insert(Source(position: subject.mention.start, name: role, role: role, isRoleOnly: true,
                          gender: PronounGender.of(name: "", role: role)))
        }
    }

    /// Marks the sources that can be the "he" or "she" of a later attribution. A name of several words is a
    /// person's; a single word ("Sanders", "Michigan") is one when the story shows it is a surname: it
    /// belongs to a source that speaks, carries a title or a known first name, or follows a known first name
    /// anywhere in the story ("Barack Obama"). "Michigan was only doing what 40 states do" is no antecedent.
    private mutating func markPeople(tokens: [WordToken]) {
        var surnames = Set<Substring>()
        for source in sources where !source.isRoleOnly
            && (source.isSpeaker || source.gender != .unknown || source.role.map(Self.isPersonRole) == true) {
            if let last = source.name.split(separator: " ").last { surnames.insert(last) }
        }
        // "Trump" after "Donald Trump" is a "he": a surname takes the gender of the first names written before
        // it anywhere in the story, unless they disagree ("Bill Clinton", "Hillary Clinton").
        var genders: [Substring: PronounGender] = [:]
        func vote(_ gender: PronounGender, for surname: Substring) {
            if let known = genders[surname], known != gender { genders[surname] = .unknown } else { genders[surname] = gender }
        }
        for source in sources where !source.isRoleOnly && source.gender != .unknown {
            if let last = source.name.split(separator: " ").last { vote(source.gender, for: last) }
        }
        for index in tokens.indices.dropLast() where tokens[index].isCapitalized && tokens[index + 1].isCapitalized
            && tokens[index].kind == .word && tokens[index + 1].kind == .word {
            // "Secretary Clinton", "Mrs. Clinton": the word after a personal title is a surname.
            if NewsTitles.honorifics.contains(tokens[index])
                || NewsTitles.titleWords.contains(tokens[index]) && Self.personalTitles.contains(tokens[index].lowered) {
                surnames.insert(Substring(tokens[index + 1].text))
                let gender = PronounGender.of(name: tokens[index + 1].text, role: tokens[index].lowered)
                if gender != .unknown { vote(gender, for: Substring(tokens[index + 1].text)) }
                continue
            }
            let gender = FirstNames.gender(of: tokens[index].lowered)
            guard gender != .unknown else { continue }
            surnames.insert(Substring(tokens[index + 1].text))
            vote(gender, for: Substring(tokens[index + 1].text))
            // "Michael W. Mosman": the surname follows the middle initial.
            if index + 2 < tokens.count, Self.isInitial(tokens[index + 1].text),
               tokens[index + 2].kind == .word, tokens[index + 2].isCapitalized {
                surnames.insert(Substring(tokens[index + 2].text))
                vote(gender, for: Substring(tokens[index + 2].text))
            }
        }
        for index in sources.indices where !sources[index].isRoleOnly && sources[index].gender == .unknown {
            if let last = sources[index].name.split(separator: " ").last, let gender = genders[last] {
                sources[index].gender = gender
            }
        }
        var outletNames: [String: Bool] = [:]
        for index in sources.indices where !sources[index].isRoleOnly {
            let words = sources[index].name.split(separator: " ")
            // "United States", "Marist College": words that name an organisation or a place make no person.
            let isOrganization = ActorKindRules.kind(of: words.map(String.init)) == .organization
            if sources[index].isPlace { continue }
            // "The New York Times asked two of his aides": an outlet is no "he" or "she".
            if words.count >= 2 {
                let name = sources[index].name
                let isOutlet = outletNames[name] ?? (OutletCatalog.standard.canonicalName(for: name) != nil)
                outletNames[name] = isOutlet
                if isOutlet { continue }
            }
            if words.count >= 2 && !isOrganization || words.last.map(surnames.contains) == true {
                sources[index].isPerson = true
            }
        }
    }

    /// Whether a word is an initial with its period ("W.").
    private static func isInitial(_ word: String) -> Bool {
        let scalars = Array(word.unicodeScalars)
        return scalars.count == 2 && scalars[1] == "." && scalars[0].properties.isUppercase
    }

    /// Whether a role names a person who can be quoted: its last word is a title or a role noun
    /// ("the Texas senator", "campaign spokesman"), not any word after an article ("a rare note").
    private static func isPersonRole(_ role: String) -> Bool {
        guard let head = role.split(separator: " ").last?.lowercased() else { return false }
        return NewsTitles.roleHeads.contains(head) || NewsTitles.titleWords.contains(head) || personRoles.contains(head)
    }

    /// Adds a source where it stands in story order; sources arrive almost in order, so this is usually an append.
    private mutating func insert(_ source: Source) {
        var source = source
        source.isPlace = !source.isRoleOnly && places.isPlace(source.name)
        var index = sources.count
        while index > 0, sources[index - 1].position > source.position { index -= 1 }
        sources.insert(source, at: index)
    }

    /// The sources named before `position`, found by binary search over the sorted index.
    private func earlier(than position: Int) -> ArraySlice<Source> {
        var low = 0, high = sources.count
        while low < high {
            let middle = (low + high) / 2
            if sources[middle].position < position { low = middle + 1 } else { high = middle }
        }
        return sources[..<low]
    }

    /// The name a speaker phrase stands for: the name itself, the nearest named source before a pronoun
    /// (nil when none fits it) or a definite role ("the senator"), or the role itself ("State Department spokesperson").
    func resolve(_ phrase: SpeakerPhrase, before position: Int) -> String? {
        let earlier = earlier(than: position)
        if let name = phrase.name {
            // "Stacy Baker of Columbia, South Carolina says": a place read as the subject speaks for the
            // person named before it.
            guard places.isPlace(name) else { return name }
            return earlier.suffix(Self.pronounReach).last(where: { $0.isPerson && !$0.isPlace })?.name
        }
        if phrase.isImplied { return earlier.last?.name }
        if let pronoun = phrase.pronoun {
            // "he" and "she" refer to a person: skip places and things that open a clause in between.
            if pronoun == "he" || pronoun == "she",
               let person = earlier.suffix(Self.pronounReach).last(where: {
                   $0.gender.fits(pronoun) && ($0.isPerson || $0.isRoleOnly && !Self.isImpersonal($0.name)) }) {
                return person.name
            }
            // No one it can refer to: the speaker stays unknown rather than "he" (or a place).
            let personal = pronoun == "he" || pronoun == "she"
            return earlier.last(where: { $0.gender.fits(pronoun) && !(personal && $0.isPlace) })?.name
        }
        guard let role = phrase.role else { return nil }
        // A bare role refers back ("the senator") to the last person with that title, else to the last person.
        let words = role.split(separator: " ")
        if !phrase.isIndefinite, words.count == 1, let head = words.last?.lowercased() {
            if let match = earlier.last(where: { source in
                guard !source.isRoleOnly, let sourceRole = source.role?.lowercased() else { return false }
                return Self.sameRole(sourceRole, head)
            }) {
                return match.name
            }
            // "the candidate said": a title with no name of its own points back like a pronoun; "the campaign
            // said" names a body, not the last person named.
            if NewsTitles.titleWords.contains(head) && !Self.impersonalHeads.contains(head) || Self.personRoles.contains(head),
               let named = earlier.last(where: { !$0.isRoleOnly }) {
                return named.name
            }
        }
        // "the former president said" after "former President Bill Clinton": a longer definite role points
        // back to a person named with the same title not long before.
        if !phrase.isIndefinite, words.count > 1, words.count <= 4, phrase.mentionText.lowercased().hasPrefix("the "),
           let head = words.last?.lowercased(),
           let match = earlier.suffix(Self.pronounReach).last(where: { source in
               guard !source.isRoleOnly, let sourceRole = source.role?.lowercased() else { return false }
               // "the former president" is not the vice president.
               let vice = role.lowercased().split(separator: " ").contains("vice")
               return Self.sameRole(sourceRole, head) && sourceRole.split(separator: " ").contains("vice") == vice
           }) {
            return match.name
        }
        // "the Republican presidential candidate said", "said the Democratic nominee": a definite role made only
        // of generic titles stands for the person the story is about, the last person named before it (not
        // a vice president for "the former president").
        if !phrase.isIndefinite, phrase.mentionText.lowercased().hasPrefix("the "),
           words.allSatisfy({ Self.genericTitleWords.contains($0.lowercased()) }),
           let head = words.last?.lowercased(), Self.personRoles.contains(head) {
            let vice = words.contains { $0.lowercased() == "vice" }
            if let person = earlier.suffix(Self.pronounReach).last(where: { $0.isPerson && !$0.isRoleOnly && !$0.isPlace }),
               (person.role?.lowercased().split(separator: " ").contains("vice") ?? false) == vice {
                return person.name
            }
        }
        return role
    }

    /// Words of a role that say nothing of who the person is beyond the story's subject ("the former
    /// Republican presidential candidate").
    private static let genericTitleWords: Set<String> = [
        "former", "republican", "democratic", "gop", "presidential", "candidate", "nominee", "president",
        "presumptive", "likely", "front-runner", "frontrunner", "party's", "party’s", "vice", "contender",
        "hopeful", "businessman", "billionaire", "mogul", "candidate’s", "democrat",
    ]

    /// Where the last named source before a place in the story stands.
    func nearestPosition(before position: Int) -> Int? {
        earlier(than: position).last { !$0.isRoleOnly && !$0.isPlace }?.position
    }

    /// The last named source before a place in the story.
    func nearest(before position: Int) -> String? {
        earlier(than: position).last { !$0.isRoleOnly && !$0.isPlace }?.name
    }

    /// Whether a role names a body or a document ("campaign", "the statement"), not a person.
    private static func isImpersonal(_ role: String) -> Bool {
        role.split(separator: " ").last.map { impersonalHeads.contains($0.lowercased()) } ?? false
    }

    /// Title and role words that name a body, a place in it or a document, not a person ("the campaign
    /// said", "the statement said"): never a "he" or "she", never the last person named.
    private static let impersonalHeads: Set<String> = [
        "campaign", "administration", "department", "party", "committee", "house", "senate", "state", "white",
        "staff", "press", "national", "security", "defense", "foreign", "homeland", "pentagon", "majority",
        "minority", "officials", "u.s.", "us", "statement", "release", "report", "letter", "memo", "filing",
        "email", "e-mail", "tweet", "post", "ad", "website", "group", "company", "agency", "ruling", "opinion",
        "sign", "signs", "banner", "poll", "survey", "study", "book", "article", "editorial", "headline",
        "caption", "newspaper", "note", "document",
    ]

    /// Titles written before a person's surname ("Secretary Clinton", "Senator Sanders"), beside the
    /// abbreviated honorifics.
    private static let personalTitles: Set<String> = [
        "senator", "secretary", "president", "governor", "mayor", "judge", "congressman", "congresswoman",
        "representative", "chancellor", "ambassador", "professor",
    ]

    /// Role nouns that name a person and so can refer back to one ("the Republican", "the candidate").
    private static let personRoles: Set<String> = [
        "republican", "democrat", "candidate", "nominee", "senator", "governor", "president", "congressman",
        "congresswoman", "businessman", "billionaire", "mogul", "frontrunner", "front-runner", "spokesman",
        "spokeswoman", "spokesperson", "lawmaker", "mayor", "secretary", "speaker", "leader", "chairman",
        "official", "aide", "adviser", "advisor", "host", "judge",
    ]

    private static let abbreviations: [String: String] = [
        "sen.": "senator", "rep.": "representative", "gov.": "governor", "gen.": "general", "rev.": "reverend",
        "pres.": "president", "dr.": "doctor", "prof.": "professor",
    ]

    private static func sameRole(_ sourceRole: String, _ head: String) -> Bool {
        for word in sourceRole.split(separator: " ") {
            let word = String(word)
            if word == head || abbreviations[word] == head { return true }
            if head == "congressman" || head == "congresswoman", word == "rep." || word == "representative" { return true }
        }
        return false
    }
}
