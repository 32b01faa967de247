/// Finds the people and organisations a story names and merges the names each goes by.
///
/// "Donald J. Trump", "President Donald Trump", "Trump" and "@realDonaldTrump" become one actor named
/// "Donald J. Trump" (the fullest name) with role "President"; quotes credited to any of these names
/// are credited to that actor's name.
struct ActorFinder: Sendable {
    /// Place names ("South Carolina"), which are no actors.
    let places: PlaceNames

    /// A finder that tells place names from people's by `places` (none by default).
    init(places: PlaceNames = .none) {
        self.places = places
    }

    func actors(in text: ScalarText, quotes: [Quote]) -> (actors: [Actor], quotes: [Quote]) {
        actors(tokens: WordTokenizer.tokens(of: text), quotes: quotes)
    }

    /// The same, reading tokens the caller has already made (the extractor shares them with `QuoteFinder`).
    func actors(tokens: [WordToken], quotes: [Quote]) -> (actors: [Actor], quotes: [Quote]) {
        var cast = ActorCast()
        let mentions = NameMentionScanner.mentions(in: tokens)
        for mention in mentions where mention.words.count >= 2 {
            let words = Self.withoutGroupNoun(mention.words)
            guard words.count >= 2, !places.isPlace(words: words) else { continue }
            cast.add(words: words, role: mention.role, span: mention.span, handle: nil)
        }
        for quote in quotes {
            guard let speaker = quote.speaker, isName(speaker), !places.isPlace(speaker) else { continue }
            let words = speaker.split(separator: " ").map(String.init)
            cast.add(words: words, role: quote.speakerRole, span: quote.speakerSpan, handle: quote.speakerHandle)
        }
        cast.indexMentions()
        // Lone surnames ("Esper") join the actor whose full name ends with them.
        for mention in mentions where mention.words.count == 1 {
            cast.addSurname(mention.words[0], span: mention.span)
        }
        // People by surname, to tell the members of one family apart by the pronoun a quote uses.
        var people: [String: [Int]] = [:]
        for (index, actor) in cast.actors.enumerated() where actor.kind == .person {
            if let key = ActorCast.surname(of: actor.name.split(separator: " ").map(String.init)) {
                people[key, default: []].append(index)
            }
        }
        var credited = quotes
        for index in credited.indices {
            guard let speaker = credited[index].speaker, isName(speaker),
                  var actor = cast.actor(named: speaker, near: credited[index].speakerSpan?.start ?? credited[index].span.start)
            else { continue }
            // "she said" credited to "Fiorina" is Carly Fiorina, not her husband Frank named just before.
            if let pronoun = credited[index].speakerMention?.lowercased(), pronoun == "he" || pronoun == "she",
               !PronounGender.of(name: actor.name, role: actor.role).fits(pronoun),
               let key = ActorCast.surname(of: actor.name.split(separator: " ").map(String.init)),
               let fitting = people[key]?.map({ cast.actors[$0] }).first(where: {
                   PronounGender.of(name: $0.name, role: $0.role) != .unknown
                       && PronounGender.of(name: $0.name, role: $0.role).fits(pronoun) }) {
                actor = fitting
            }
            credited[index].speaker = actor.name
            if credited[index].speakerRole == nil { credited[index].speakerRole = actor.role }
        }
        return (cast.actors, credited)
    }

    /// A name run without the plural noun that opens a list of people: "Democrats Hillary Clinton, Bernie
    /// Sanders…", "Senators Rubio and Cruz", "Professors Foner and Alba" name people, not "Senators Rubio".
    static func withoutGroupNoun(_ words: [String]) -> [String] {
        guard let first = words.first?.lowercased(), first.hasSuffix("s"),
              NewsTitles.roleHeads.contains(first) || NewsTitles.titleWords.contains(String(first.dropLast()))
        else { return words }
        return Array(words.dropFirst())
    }

    /// Whether a speaker string is a name rather than a role or pronoun ("State Department spokesperson").
    private func isName(_ speaker: String) -> Bool {
        guard let last = speaker.split(separator: " ").last?.unicodeScalars.first else { return false }
        return last.properties.isUppercase || last == "@"
    }
}
