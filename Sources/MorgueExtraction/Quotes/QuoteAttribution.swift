/// Who a quote's words belong to, as the attribution next to it says.
struct QuoteAttribution: Sendable {
    var speaker: SpeakerPhrase
    /// The reporting verb or phrase as written ("said", "tweeted", "according to").
    var cue: String
    var cueSpan: TextSpan
}

/// Finds the attribution of a quote in the sentence around it: "“…,” Esper added", "“…,” said Esper",
/// "Esper said: “…”", "according to Esper, “…”", "Trump later tweeted, “…”".
struct QuoteAttributionReader {
    let tokens: [WordToken]
    let phrases: SpeakerPhraseReader

    init(phrases: SpeakerPhraseReader) {
        self.tokens = phrases.tokens
        self.phrases = phrases
    }

    /// Whether a token ends the stretch of text an attribution can be read from.
    private func isBoundary(_ index: Int) -> Bool {
        let token = tokens[index]
        switch token.kind {
        case .paragraphBreak, .quoteMark: return true
        case .punctuation:
            if token.text == ".", index > 0, SpeakerPhraseReader.isPartyAndState(tokens[index - 1]) { return false }
            // "Erie, Pa., said": the state's period, with a comma after it, goes on with the sentence.
            if token.text == ".", index > 0, index + 1 < tokens.count, tokens[index + 1].text == ",",
               SpeakerPhraseReader.keepsPeriod(tokens[index - 1]) {
                return false
            }
            return token.text == "." || token.text == "?" || token.text == "!"
        case .word: return false
        }
    }

    /// The attribution that follows the closing mark: "” Esper added." / "” said Esper." / "”, he said."
    func attributionAfter(close: Int, quoteEnding: Unicode.Scalar) -> QuoteAttribution? {
        let exclaims = quoteEnding == "?" || quoteEnding == "!"
        var start = close + 1
        while start < tokens.count, tokens[start].kind == .punctuation, [",", "—", "–", "-"].contains(tokens[start].text) {
            start += 1
        }
        var end = start
        while end < tokens.count, end - start < 40, !isBoundary(end) { end += 1 }
        // A quote closed by a period ends its sentence; what follows is a new sentence, unless it is only an
        // attribution: "“…working again.” Reed said."
        if quoteEnding == "." { return shortAttribution(from: start, before: end) }
        // After "?" or "!" a new sentence may start: the verb must come soon, or after nothing but a name
        // ("“…vote for me!” US Senator Tom Reed said").
        let reach = exclaims && !(start..<min(start + 8, end)).contains(where: { isVerbAfterName($0, from: start) }) ? 3 : 12
        var verb = start
        while verb < end, verb - start <= reach {
            let token = tokens[verb]
            let word = token.lowered
            // "“…,” State Senator Ann Kim said": a capitalised title is no verb, even where "Said Kim" would be.
            if token.kind == .word, !token.isCapitalized || verb == start && !NewsTitles.titleWords.contains(token),
               SpeechVerbs.verbs.contains(word) {
                let weak = SpeechVerbs.weak.contains(word)
                if let found = attribution(verb: verb, lowerBound: start, upperBound: end, adjacentBefore: true),
                   !weak || found.speaker.mention.start <= tokens[start].start || verb == start {
                    return found
                }
                // A strong verb with no speaker next to it may follow a long aside: read it below.
                if !weak { break }
            }
            if token.lowered == "according", verb + 1 < end, tokens[verb + 1].lowered == "to",
               let speaker = phrases.phrase(startingAt: verb + 2, upperBound: end) {
                return QuoteAttribution(speaker: speaker, cue: "according to",
                                        cueSpan: TextSpan(start: token.start, end: tokens[verb + 1].end))
            }
            verb += 1
        }
        // "“…,” Trump, the 2016 GOP front-runner and polling leader in South Carolina, said.": a name and a
        // long aside before the verb.
        // "“…,” the economist Jared Bernstein, a former adviser in the Obama White House, wrote.": after an article.
        if start < end, tokens[start].isCapitalized || tokens[start].lowered == "the",
           let speaker = phrases.subject(startingAt: start, upperBound: end), speaker.name != nil {
            var index = start
            while index < end, tokens[index].start < speaker.mention.end { index += 1 }
            if index < end, tokens[index].text == "," {
                for candidate in (index + 1)..<end where tokens[candidate].kind == .word && !tokens[candidate].isCapitalized
                    && SpeechVerbs.verbs.contains(tokens[candidate])
                    && !SpeechVerbs.weak.contains(tokens[candidate])
                    && tokens[candidate - 1].text == "," {
                    return QuoteAttribution(speaker: speaker, cue: tokens[candidate].text, cueSpan: tokens[candidate].span)
                }
            }
        }
        return nil
    }

    /// Whether the token at `verb` is a reporting verb that follows nothing but capitalised words from `start`.
    private func isVerbAfterName(_ verb: Int, from start: Int) -> Bool {
        guard verb > start, tokens[verb].kind == .word, !tokens[verb].isCapitalized,
              SpeechVerbs.verbs.contains(tokens[verb]), !SpeechVerbs.weak.contains(tokens[verb]) else { return false }
        return (start..<verb).allSatisfy { tokens[$0].kind == .word && tokens[$0].isCapitalized }
    }

    /// Whether the token at `verb` is a reporting verb right after "the" and a role noun ("the newspaper
    /// admitted", "the official said").
    private func isVerbAfterDefiniteRole(_ verb: Int, from start: Int) -> Bool {
        guard verb >= start + 2, verb - start <= 4, tokens[start].lowered == "the", tokens[verb].kind == .word,
              !tokens[verb].isCapitalized, SpeechVerbs.verbs.contains(tokens[verb]) else { return false }
        let head = tokens[verb - 1]
        return head.kind == .word && (NewsTitles.roleHeads.contains(head) || NewsTitles.titleWords.contains(head)
            || Self.writtenSources.contains(head.lowered))
    }

    /// Things that speak for whoever wrote them ("the newspaper admitted", "the note says").
    private static let writtenSources: Set<String> = ["newspaper", "note", "document", "editorial", "paper", "magazine"]

    /// An attribution that is a whole sentence of its own after a quote closed by a period: "Trump said.",
    /// "said Trump.", "he said." (a sentence that opens with a lower-case word goes on from the quote).
    private func shortAttribution(from start: Int, before end: Int) -> QuoteAttribution? {
        guard start < end, end - start <= 6 else { return nil }
        let closes = end == tokens.count || tokens[end].kind == .paragraphBreak || tokens[end].text == "."
        guard closes else { return nil }
        for verb in start..<end where isVerbAfterName(verb, from: start) || isVerbAfterDefiniteRole(verb, from: start)
            || verb == start && SpeechVerbs.verbs.contains(tokens[verb]) && !SpeechVerbs.weak.contains(tokens[verb])
            || verb == start + 1 && NewsTitles.pronouns.contains(tokens[start]) && !tokens[start].isCapitalized
                && SpeechVerbs.verbs.contains(tokens[verb]) {
            if let found = attribution(verb: verb, lowerBound: start, upperBound: end, adjacentBefore: true),
               found.speaker.name != nil || found.speaker.pronoun != nil || found.speaker.role != nil {
                return found
            }
        }
        return nil
    }

    /// The attribution that introduces the quote: "Esper said: “…”", "According to Esper, “…”".
    func attributionBefore(open: Int) -> QuoteAttribution? {
        var start = open
        while start > 0, open - start < 40, !isBoundary(start - 1) { start -= 1 }
        guard start < open else { return nil }
        let end = open
        // The verb nearest the quote introduces it: "As for analysts who claim…, Bolton said, “…”".
        var verb = end - 1
        while verb >= start {
            let token = tokens[verb]
            let word = token.lowered
            if token.kind == .word, !token.isCapitalized || verb == start {
                if word == "according", verb + 1 < end, tokens[verb + 1].lowered == "to",
                   let speaker = phrases.phrase(startingAt: verb + 2, upperBound: end) {
                    return QuoteAttribution(speaker: speaker, cue: "according to",
                                            cueSpan: TextSpan(start: token.start, end: tokens[verb + 1].end))
                }
                // "When Reed suggested that the county would sue, Kim fired back:": a verb with its own "that" clause
                // before a comma reports other words.
                let reportsAClause = verb + 1 < end && tokens[verb + 1].lowered == "that"
                    && (verb + 2..<end).contains { tokens[$0].text == "," }
                // "fired back sharply:", "pointed out in June,": a particle widens a weak verb's reach.
                let reach = verb + 1 < end && Self.particles.contains(tokens[verb + 1].lowered) ? 5 : 3
                if SpeechVerbs.verbs.contains(word), !reportsAClause, !SpeechVerbs.weak.contains(word) || end - verb <= reach,
                   let found = attribution(verb: verb, lowerBound: start, upperBound: end, adjacentBefore: false) {
                    if found.speaker.isImplied {
                        // "…, Nefzi said, adding, “…”": the speaker of the verb before the participle.
                        var earlier = verb - 1
                        while earlier >= start {
                            let word = tokens[earlier].lowered
                            if tokens[earlier].kind == .word, !tokens[earlier].isCapitalized,
                               SpeechVerbs.verbs.contains(word), !SpeechVerbs.weak.contains(word), !word.hasSuffix("ing"),
                               let named = attribution(verb: earlier, lowerBound: start, upperBound: verb,
                                                       adjacentBefore: false), !named.speaker.isImplied,
                               named.speaker.mention.start < tokens[earlier].start,
                               named.speaker.name != nil || named.speaker.pronoun != nil || Self.endsOnRoleNoun(named.speaker) {
                                return QuoteAttribution(speaker: named.speaker, cue: found.cue, cueSpan: found.cueSpan)
                            }
                            earlier -= 1
                        }
                        // "Defense Secretary Mark Esper issued a statement saying, “…”": the clause's subject.
                        if let subject = phrases.nearestClauseSubject(from: start, before: verb)
                            ?? phrases.roleSubject(startingAt: start, upperBound: verb) {
                            return QuoteAttribution(speaker: subject, cue: found.cue, cueSpan: found.cueSpan)
                        }
                    }
                    if found.speaker.pronoun == "it", SpeechVerbs.weak.contains(word) { return nil }
                    return found
                }
            }
            verb -= 1
        }
        // "Rep. Trey Gowdy (R-S.C.): “…”" and "Cruz called them on it: “…”": the sentence's subject.
        if end - 1 >= start, tokens[end - 1].text == ":" {
            if let speaker = phrases.phrase(endingAt: end - 2, lowerBound: start), speaker.name != nil,
               objectStart(of: speaker, endingAt: end - 2, lowerBound: start) == nil,
               !isListener(speaker, endingAt: end - 2, lowerBound: start) {
                return QuoteAttribution(speaker: speaker, cue: ":", cueSpan: tokens[end - 1].span)
            }
            // "17-year-old Jared Potts echoed:"
            if end - 2 > start, tokens[end - 2].kind == .word, !tokens[end - 2].isCapitalized,
               let speaker = phrases.phrase(endingAt: end - 3, lowerBound: start), speaker.name != nil {
                return QuoteAttribution(speaker: speaker, cue: tokens[end - 2].text, cueSpan: tokens[end - 2].span)
            }
            if let speaker = phrases.nearestClauseSubject(from: start, before: end - 1) {
                return QuoteAttribution(speaker: speaker, cue: ":", cueSpan: tokens[end - 1].span)
            }
        }
        return nil
    }

    /// Where a phrase read backward starts, when a preposition stands before it and makes it an object
    /// ("a blunt message to Trump:", "speaking to Fox News said").
    private func objectStart(of phrase: SpeakerPhrase, endingAt last: Int, lowerBound: Int) -> Int? {
        var first = last
        while first > lowerBound, tokens[first - 1].start >= phrase.mention.start { first -= 1 }
        guard first > lowerBound, Self.objectPrepositions.contains(tokens[first - 1].lowered) else { return nil }
        return first
    }

    /// Whether a phrase read backward is the listener of "told" or "asked" ("Priebus told Fox News:").
    private func isListener(_ phrase: SpeakerPhrase, endingAt last: Int, lowerBound: Int) -> Bool {
        var first = last
        while first > lowerBound, tokens[first - 1].start >= phrase.mention.start { first -= 1 }
        return first > lowerBound && Self.listenerVerbs.contains(tokens[first - 1].lowered)
    }

    /// Whether a phrase with no name ends on a noun that names a speaker ("a senior party strategist"), not on
    /// any word a backward reading stopped at ("The spokesman refused").
    private static func endsOnRoleNoun(_ phrase: SpeakerPhrase) -> Bool {
        guard let head = phrase.role?.split(separator: " ").last?.lowercased() else { return false }
        return NewsTitles.roleHeads.contains(head) || NewsTitles.titleWords.contains(head)
    }

    /// Particles that make a phrasal reporting verb ("fired back", "pointed out", "chimed in").
    private static let particles: Set<String> = ["back", "out", "in", "up"]

    private static let listenerVerbs: Set<String> = ["told", "tells", "telling", "tell", "asked", "asks", "asking"]

    /// The speaker of a verb after a phrase that is an object: the phrase before a participle that links
    /// them ("Another source speaking to Fox News said" → "Another source"), else the clause's subject
    /// ("Hillary Clinton took to Twitter to say" → "Hillary Clinton").
    private func subjectBeforeObject(_ phrase: SpeakerPhrase, endingAt last: Int, lowerBound: Int) -> SpeakerPhrase? {
        guard let first = objectStart(of: phrase, endingAt: last, lowerBound: lowerBound), first - 2 >= lowerBound else {
            return nil
        }
        let link = tokens[first - 2]
        if first - 3 >= lowerBound, link.kind == .word, !link.isCapitalized, link.lowered.hasSuffix("ing") {
            return phrases.phrase(endingAt: first - 3, lowerBound: lowerBound)
        }
        return phrases.nearestClauseSubject(from: lowerBound, before: first - 1)
    }

    private static let objectPrepositions: Set<String> = [
        "to", "with", "at", "from", "for", "by", "on", "about", "against", "toward", "towards", "into", "than",
    ]

    /// Words after which a reporting word is a noun, not a verb.
    private static let nounMarkers: Set<String> = [
        "the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this", "these", "those",
    ]

    /// Reads the speaker before the verb ("Esper added"), or after it ("said Esper").
    func attribution(verb: Int, lowerBound: Int, upperBound: Int, adjacentBefore: Bool) -> QuoteAttribution? {
        let cueToken = tokens[verb]
        // After an article or a possessive the word is a noun: "Mr. Trump's comments", "the report", "her claims".
        if verb > 0, tokens[verb - 1].kind == .word {
            let previous = tokens[verb - 1].lowered
            if Self.nounMarkers.contains(previous) || previous.hasSuffix("’s") || previous.hasSuffix("'s") { return nil }
            // "a Twitter comment", "an Instagram post": a name between an article and the word makes it a noun.
            if verb > 1, tokens[verb - 1].isCapitalized, ["a", "an"].contains(tokens[verb - 2].lowered) { return nil }
        }
        // A participle ("…, saying", "…, adding") speaks for the subject of its sentence.
        if cueToken.lowered.hasSuffix("ing") {
            // "with Trump reportedly yelling: “…”": the name right before the participle is its subject.
            var before = verb - 1
            while before >= lowerBound, tokens[before].kind == .word, tokens[before].lowered.hasSuffix("ly") { before -= 1 }
            if before >= lowerBound, tokens[before].kind == .word, tokens[before].isCapitalized,
               let speaker = phrases.phrase(endingAt: before, lowerBound: lowerBound), speaker.name != nil,
               objectStart(of: speaker, endingAt: before, lowerBound: lowerBound).map({ tokens[$0 - 1].lowered == "with" })
                   ?? true {
                return QuoteAttribution(speaker: speaker, cue: cueToken.text, cueSpan: cueToken.span)
            }
            let implied = SpeakerPhrase(mention: cueToken.span, mentionText: cueToken.text, isImplied: true)
            return QuoteAttribution(speaker: implied, cue: cueToken.text, cueSpan: cueToken.span)
        }
        // "Kim was asked by host Dan Ortiz, “…”": in the passive the speaker follows "by".
        if verb >= 1, verb + 2 < upperBound, tokens[verb + 1].lowered == "by",
           ["was", "were", "is", "are", "been", "being"].contains(tokens[verb - 1].lowered),
           let speaker = phrases.phrase(startingAt: verb + 2, upperBound: upperBound), speaker.name != nil || speaker.role != nil {
            return QuoteAttribution(speaker: speaker, cue: cueToken.text, cueSpan: cueToken.span)
        }
        // "he supported Obama and said, “…”": a second verb of the same subject.
        if verb - 1 >= lowerBound, ["and", "but", "then"].contains(tokens[verb - 1].lowered) {
            let implied = SpeakerPhrase(mention: cueToken.span, mentionText: cueToken.text, isImplied: true)
            return QuoteAttribution(speaker: implied, cue: cueToken.text, cueSpan: cueToken.span)
        }
        var before = verb - 1
        while before >= lowerBound, tokens[before].kind == .word, !tokens[before].isCapitalized,
              SpeechVerbs.between.contains(tokens[before]) || tokens[before].lowered.hasSuffix("ly") {
            before -= 1
        }
        // "Comptroller Ann Kim, who told the council:": the name the relative clause hangs on.
        if before - 1 >= lowerBound, tokens[before].text == ",", tokens[before + 1].lowered == "who",
           let speaker = phrases.phrase(endingAt: before - 1, lowerBound: lowerBound), speaker.name != nil {
            return QuoteAttribution(speaker: speaker, cue: cueToken.text, cueSpan: cueToken.span)
        }
        if before >= lowerBound, let speaker = phrases.phrase(endingAt: before, lowerBound: lowerBound) {
            if let subject = subjectBeforeObject(speaker, endingAt: before, lowerBound: lowerBound) {
                return QuoteAttribution(speaker: subject, cue: cueToken.text, cueSpan: cueToken.span)
            }
            return QuoteAttribution(speaker: speaker, cue: cueToken.text, cueSpan: cueToken.span)
        }
        // "Mr. Trump was prompted to say," / "Byrne went on to say,": the subject of the verb that governs
        // the infinitive.
        if verb - 1 >= lowerBound, tokens[verb - 1].lowered == "to" {
            var index = verb - 2
            var skipped = 0
            while index >= lowerBound, skipped < 4, tokens[index].kind == .word, !tokens[index].isCapitalized,
                  !["to", "that", "who", "which", "and", "but"].contains(tokens[index].lowered) {
                index -= 1
                skipped += 1
            }
            if skipped > 0, index >= lowerBound, tokens[index].isCapitalized,
               let speaker = phrases.phrase(endingAt: index, lowerBound: lowerBound), speaker.name != nil {
                return QuoteAttribution(speaker: speaker, cue: cueToken.text, cueSpan: cueToken.span)
            }
        }
        // "told" and "asked" after a subject name the listener, not the speaker: "told reporters".
        let lower = cueToken.lowered
        guard lower != "told", lower != "tells" else { return nil }
        if let speaker = phrases.phrase(startingAt: verb + 1, upperBound: upperBound) {
            return QuoteAttribution(speaker: speaker, cue: cueToken.text, cueSpan: cueToken.span)
        }
        return nil
    }
}
