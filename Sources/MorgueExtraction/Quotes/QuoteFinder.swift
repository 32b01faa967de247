/// Finds direct quotes and their speakers.
///
/// Quotes are the words inside double quotation marks that someone is credited with; scare quotes and
/// titles ("comprehensive immigration reform", “Saturday Night Live”) are left out. The speaker is read
/// from the attribution next to the quote, carried over from the quote before it when the story runs
/// on, and a pronoun or a definite role ("the senator") is resolved to the nearest named speaker before
/// it. A quotation interrupted by its attribution sentence ("“A,” he said. “B.”") is one quote whose
/// span runs from A to B and whose text is A and B.
///
///     QuoteFinder().quotes(in: ScalarText("“We are ready,” Esper said."), excluding: [])
///     // [Quote(text: "We are ready,", speaker: "Esper", cue: "said", …)]
struct QuoteFinder: Sendable {
    /// Unattributed quotes shorter than this many words are taken for scare quotes or titles.
    static let minimumUnattributedWords = 6

    /// Place names, which are never speakers.
    let places: PlaceNames

    /// A finder that tells place names from people's by `places` (none by default).
    init(places: PlaceNames = .none) {
        self.places = places
    }

    func quotes(in text: ScalarText, excluding: [TextSpan]) -> [Quote] {
        quotes(in: text, tokens: WordTokenizer.tokens(of: text), excluding: excluding)
    }

    /// The same, reading tokens the caller has already made (the extractor shares them with `ActorFinder`).
    func quotes(in text: ScalarText, tokens: [WordToken], excluding: [TextSpan]) -> [Quote] {
        let passages = QuoteMarkScanner.passages(in: text, tokens: tokens)
            .filter { passage in !excluding.contains { $0.overlaps(passage.span) } }
        let reader = QuoteAttributionReader(phrases: SpeakerPhraseReader(tokens: tokens))
        let paragraphs = paragraphNumbers(tokens)
        let sources = NamedSourceIndex(tokens: tokens, passages: passages, reader: reader, places: places)

        var quotes: [Quote] = []
        var previous: (paragraph: Int, end: Int, attribution: QuoteAttribution)?
        for passage in passages {
            let paragraph = paragraphs[passage.open]
            let opensParagraph = passage.open == 0 || tokens[passage.open - 1].kind == .paragraphBreak
            let ending = text[passage.span.end - 1]
            var attribution = reader.attributionAfter(close: passage.close, quoteEnding: ending)
                ?? reader.attributionBefore(open: passage.open)
            // "Kim answers Reed with, “Why the delay?” Reed then writes back.": after a question or an
            // exclamation, a quote introduced by a comma or colon belongs to its introduction.
            if ending == "?" || ending == "!", passage.open > 0, [",", ":"].contains(tokens[passage.open - 1].text),
               let introduction = reader.attributionBefore(open: passage.open) {
                attribution = introduction
            }
            // A line of its own under the quote names the speaker: "“…”\n\n- Sanders."
            if attribution == nil, passage.close + 3 < tokens.count, tokens[passage.close + 1].kind == .paragraphBreak,
               ["-", "—", "–"].contains(tokens[passage.close + 2].text),
               let speaker = reader.phrases.phrase(startingAt: passage.close + 3,
                                                                        upperBound: tokens.count),
               speaker.name != nil {
                attribution = QuoteAttribution(speaker: speaker, cue: tokens[passage.close + 2].text,
                                               cueSpan: tokens[passage.close + 2].span)
            }
            // "He told his audience:" ending the paragraph before introduces the quote.
            if attribution == nil, opensParagraph, passage.open >= 2, tokens[passage.open - 2].text == ":" {
                attribution = reader.attributionBefore(open: passage.open - 1)
            }
            // "Reed's “every road fixed by spring” promise": the owner of the words.
            // A word or two after a possessive is a term ("Reed’s “gravy.”"), not a quote.
            if attribution == nil, passage.open > 0, wordCount(passage, tokens: tokens) >= 3,
               let owner = possessiveOwner(before: passage.open, tokens: tokens) {
                attribution = owner
            }
            var carriedOver = false
            // "“A,” Maddow said of a list that named five senators. “B.”": the second part of an interrupted
            // quote keeps its speaker even when the attribution sentence names other people.
            if attribution == nil, let previous, let last = quotes.last,
               isInterrupted(after: last, by: previous.attribution, before: passage, paragraph: paragraph,
                             previousParagraph: previous.paragraph, tokens: tokens) {
                attribution = previous.attribution
                carriedOver = true
            }
            // A quote that runs on from the last one keeps its speaker, unless the story has named another
            // source in between ("Sanders wasn't impressed.\n\n“No Wall Street executive…”").
            if attribution == nil, let previous,
               previous.paragraph == paragraph || (opensParagraph && previous.paragraph >= paragraph - 2),
               sources.nearestPosition(before: passage.span.start).map({ $0 <= previous.end }) ?? true {
                attribution = previous.attribution
                carriedOver = true
            }
            // "“Sam Mendes leaves the musical,” by Times’ Michael Paulson:": the headline of a linked story.
            if isBylinedHeadline(passage, tokens: tokens) { continue }
            let words = wordCount(passage, tokens: tokens)
            let chanted = isChant(passage, tokens: tokens)
            if attribution == nil, chanted, passage.open >= 2 {
                // "Supporters broke into chants of “USA! USA!”": the crowd that chants is the clause's subject.
                var start = passage.open - 2
                while start > 0, passage.open - start < 40, !isSentenceBoundary(tokens[start - 1]) { start -= 1 }
                if let subject = reader.phrases.nearestClauseSubject(from: start, before: passage.open - 2) {
                    attribution = QuoteAttribution(speaker: subject, cue: tokens[passage.open - 2].text,
                                                   cueSpan: tokens[passage.open - 2].span)
                }
            }
            guard attribution != nil || chanted || words >= Self.minimumUnattributedWords else { continue }
            if attribution != nil, words < 3, !endsSentence(passage, text: text), !opensParagraph { continue }
            // "called it “comprehensive reform.”": a name for something, not words someone said.
            if let cue = attribution?.cue.lowercased(), ["call", "calls", "called"].contains(cue), words < 3 { continue }
            if words <= 8, !chanted, isTitleCase(passage, tokens: tokens, minimum: followsPossessive(passage, tokens: tokens) ? 1 : 2),
               !".?!".unicodeScalars.contains(text[passage.span.end - 1]) || followsTitleCue(passage, tokens: tokens) {
                continue
            }
            // "“A,” he said, “b…”": the same attribution introduces the rest of the sentence.
            let sameAttribution = previous.map { attribution?.cueSpan == $0.attribution.cueSpan } ?? false
            if carriedOver || sameAttribution, let previous, let last = quotes.last,
               isInterrupted(after: last, by: previous.attribution, before: passage, paragraph: paragraph,
                             previousParagraph: previous.paragraph, tokens: tokens) {
                // "“A,” Smith said. “B.”": one quotation interrupted by its attribution, as style guides have it.
                let span = TextSpan(start: last.span.start, end: passage.span.end)
                quotes[quotes.count - 1].text = last.text + " " + text.string(passage.span)
                quotes[quotes.count - 1].span = span
                continue
            }
            var quote = Quote(text: text.string(passage.span), span: passage.span)
            if let attribution {
                let speaker = attribution.speaker
                quote.speakerMention = speaker.isImplied ? nil : speaker.mentionText
                quote.speakerSpan = speaker.isImplied ? nil : speaker.mention
                quote.speakerRole = speaker.role
                quote.cue = attribution.cue
                quote.speaker = sources.resolve(speaker, before: speaker.mention.start)
                previous = (paragraphs[passage.close], max(tokens[passage.close].end, attribution.speaker.mention.end),
                            attribution)
            } else {
                // No attribution in reach: the story is still quoting the last person it named as a source.
                quote.speaker = sources.nearest(before: passage.span.start)
            }
            quotes.append(quote)
        }
        return quotes
    }

    /// The owner of the words when a capitalised possessive stands right before the quote marks: "Reed's
    /// “…” promise" credits Reed.
    private func possessiveOwner(before open: Int, tokens: [WordToken]) -> QuoteAttribution? {
        let owner = tokens[open - 1]
        guard owner.kind == .word, owner.isCapitalized, SpeakerPhraseReader.isPossessive(owner) else { return nil }
        let name = String(owner.text.dropLast(2))
        guard !name.isEmpty else { return nil }
        let mention = TextSpan(start: owner.start, end: owner.end - 2)
        let speaker = SpeakerPhrase(mention: mention, mentionText: name, name: name)
        return QuoteAttribution(speaker: speaker, cue: "’s", cueSpan: TextSpan(start: owner.end - 2, end: owner.end))
    }

    /// Whether a quote continues the one before it right after that quote's own attribution sentence, in the
    /// same paragraph: "“A,” Smith said. “B.”" (not "“A.” Smith said. …" nor a quote in a new paragraph).
    private func isInterrupted(after last: Quote, by attribution: QuoteAttribution, before passage: QuotedPassage,
                               paragraph: Int, previousParagraph: Int, tokens: [WordToken]) -> Bool {
        guard previousParagraph == paragraph, !passage.spansParagraphs, passage.open >= 2,
              attribution.cueSpan.start >= last.span.end else { return false }
        // After a full stop the quote goes on in a new sentence; after a comma only a lower-case word continues
        // the same sentence ("“This is a political thing,” he told Bloomberg, “keeping rates at this level.”").
        var before = tokens[passage.open - 1].text
        // "” Cuban said on NBC’s “Meet the Press.” “": the full stop stands inside a title's marks.
        let afterTitle = tokens[passage.open - 1].kind == .quoteMark && [".", "?", "!"].contains(tokens[passage.open - 2].text)
        if afterTitle { before = "." }
        guard before == "." || before == "," && !tokens[passage.open + 1].isCapitalized
                && tokens[passage.open + 1].kind == .word else { return false }
        // Only the attribution sentence stands between the two parts: "” Smith, the mayor, said. “".
        var index = afterTitle ? passage.open - 1 : passage.open - 2
        var words = 0
        while index >= 0, words <= 40 {
            if tokens[index].kind == .quoteMark {
                // A title quoted inside the attribution ("said on NBC’s “Meet the Press.”") is passed over whole.
                var partner = index - 1
                while partner >= 0, index - partner < 16, tokens[partner].kind != .quoteMark { partner -= 1 }
                guard partner >= 0, tokens[partner].kind == .quoteMark, tokens[partner].start >= last.span.end else { break }
                index = partner - 1
                continue
            }
            if tokens[index].kind == .paragraphBreak || [".", "?", "!"].contains(tokens[index].text) { return false }
            if tokens[index].kind == .word { words += 1 }
            index -= 1
        }
        return index >= 0 && tokens[index].start >= last.span.end && words <= 40
            && attribution.speaker.mention.start >= last.span.end
    }

    private func paragraphNumbers(_ tokens: [WordToken]) -> [Int] {
        var numbers = [Int](repeating: 0, count: tokens.count)
        var current = 0
        for (index, token) in tokens.enumerated() {
            if token.kind == .paragraphBreak { current += 1 }
            numbers[index] = current
        }
        return numbers
    }

    private func wordCount(_ passage: QuotedPassage, tokens: [WordToken]) -> Int {
        var count = 0
        for index in (passage.open + 1)..<passage.close where tokens[index].kind == .word { count += 1 }
        return count
    }

    /// Whether every longer word is capitalised, as in the name of a show, book or film (“Bridge of Spies”).
    /// "star of television’s “Scandal,”", "Fox News Channel’s “Hannity,”": a possessive names a show's owner.
    private func followsPossessive(_ passage: QuotedPassage, tokens: [WordToken]) -> Bool {
        guard passage.open > 0, tokens[passage.open - 1].kind == .word else { return false }
        let previous = tokens[passage.open - 1].lowered
        return previous.hasSuffix("’s") || previous.hasSuffix("'s")
    }

    private func isTitleCase(_ passage: QuotedPassage, tokens: [WordToken], minimum: Int) -> Bool {
        var capitalised = 0
        for index in (passage.open + 1)..<passage.close where tokens[index].kind == .word {
            let token = tokens[index]
            // Numbers stand in titles as they are ("Yuge!: 30 Years of Doonesbury").
            if token.isCapitalized {
                capitalised += 1
            } else if !Self.titleFunctionWords.contains(token.lowered),
                      !token.text.unicodeScalars.allSatisfy({ ("0"..."9").contains($0) }) {
                return false
            }
        }
        return capitalised >= minimum
    }

    /// Whether a title-case passage stands where a show, book or film is named: after a preposition or a
    /// possessive ("on “New Day.”", "ABC’s “This Week.”", "in ''Hail, Caesar!''"), where American style
    /// still puts the sentence's period inside the marks.
    private func followsTitleCue(_ passage: QuotedPassage, tokens: [WordToken]) -> Bool {
        guard passage.open > 0 else { return false }
        var previous = tokens[passage.open - 1]
        // "his 2012 book, ''An American Son.''": the cue may stand before a comma.
        if previous.text == ",", passage.open >= 2 { previous = tokens[passage.open - 2] }
        guard previous.kind == .word else { return false }
        return Self.titleCues.contains(previous.lowered) || previous.lowered.hasSuffix("’s")
            || previous.lowered.hasSuffix("'s")
    }

    private static let titleCues: Set<String> = [
        "on", "in", "of", "at", "from", "about", "with", "to", "the", "called", "titled", "entitled", "dubbed", "named",
        "book", "memoir", "novel", "show", "film", "movie", "documentary", "album", "song", "column", "program",
        "series", "podcast", "newsletter", "magazine", "musical", "play", "essay", "op-ed", "headline", "slogan",
    ]

    /// Whether a byline follows the passage, as under the headlines a roundup links to.
    private func isBylinedHeadline(_ passage: QuotedPassage, tokens: [WordToken]) -> Bool {
        var index = passage.close + 1
        if index < tokens.count, tokens[index].text == "," { index += 1 }
        return index + 1 < tokens.count && tokens[index].lowered == "by" && tokens[index + 1].isCapitalized
    }

    /// Whether the quote is what a crowd chants or shouts: "chants of “Lock her up!”", "cries of “Shame!”".
    private func isChant(_ passage: QuotedPassage, tokens: [WordToken]) -> Bool {
        guard passage.open >= 2, tokens[passage.open - 1].lowered == "of" else { return false }
        return Self.chantNouns.contains(tokens[passage.open - 2].lowered)
    }

    private static let chantNouns: Set<String> = [
        "chant", "chants", "cry", "cries", "shout", "shouts", "chorus", "choruses", "refrain", "chanting", "shouting",
        "cheers", "jeers", "screams", "yells", "calls",
    ]

    private func isSentenceBoundary(_ token: WordToken) -> Bool {
        token.kind == .paragraphBreak || token.kind == .quoteMark || [".", "?", "!"].contains(token.text)
    }

    /// Short words a title leaves in lower case ("Bridge of Spies", "Meet the Press").
    private static let titleFunctionWords: Set<String> = [
        "a", "an", "the", "of", "and", "or", "in", "on", "at", "to", "for", "with", "by", "from", "vs.", "de",
    ]

    /// Whether the quoted words end like a sentence or a clause ("…ready," / "…ready."), not like a title.
    private func endsSentence(_ passage: QuotedPassage, text: ScalarText) -> Bool {
        let last = text[passage.span.end - 1]
        return ".,?!…—-:;".unicodeScalars.contains(last)
    }
}
