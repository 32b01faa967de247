import Testing
@testable import MorgueExtraction

/// Quote marks, spans and speakers for one construction a line.
struct QuoteFinderTests {
    private func quotes(_ body: String) -> [Quote] {
        QuoteFinder().quotes(in: ScalarText(body), excluding: [])
    }

    struct Case: Sendable, CustomStringConvertible {
        var body: String
        var quote: String
        var speaker: String?
        var cue: String?
        var description: String { body }
    }

    @Test(arguments: [
        Case(body: "“We are ready,” Esper said.", quote: "We are ready,", speaker: "Esper", cue: "said"),
        Case(body: "\"We are ready,\" said Mark Esper.", quote: "We are ready,", speaker: "Mark Esper", cue: "said"),
        Case(body: "''We are ready,'' Mr. Lou told reporters.", quote: "We are ready,", speaker: "Lou", cue: "told"),
        Case(body: "“It is over,” Jane Doe, the city's mayor, said on Monday.", quote: "It is over,",
             speaker: "Jane Doe", cue: "said"),
        Case(body: "Trump later tweeted, “To those many millions of people, this is your time!”",
             quote: "To those many millions of people, this is your time!", speaker: "Trump", cue: "tweeted"),
        Case(body: "The senator said in a statement: “We will not stop here.”", quote: "We will not stop here.",
             speaker: "senator", cue: "said"),
        Case(body: "According to Maria Lopez, “the vote was rigged from the start.”",
             quote: "the vote was rigged from the start.", speaker: "Maria Lopez", cue: "according to"),
        Case(body: "“Nobody saw it coming,” warned Sen. Tom Smith.", quote: "Nobody saw it coming,",
             speaker: "Tom Smith", cue: "warned"),
        Case(body: "“Why now?” asked Ann Lee.", quote: "Why now?", speaker: "Ann Lee", cue: "asked"),
        Case(body: "A State Department spokesperson said “U.S. personnel are secure.”",
             quote: "U.S. personnel are secure.", speaker: "State Department spokesperson", cue: "said"),
    ])
    func attributions(_ example: Case) {
        let found = quotes(example.body)
        #expect(found.count == 1)
        #expect(found.first?.text == example.quote)
        #expect(found.first?.speaker == example.speaker)
        #expect(found.first?.cue == example.cue)
    }

    @Test func spanCountsScalarsInsideTheMarks() {
        let body = "Café owners: “Ça va,” Marie Curie said."
        let quote = quotes(body).first
        let scalars = Array(body.unicodeScalars)
        #expect(quote.map { String(String.UnicodeScalarView(scalars[$0.span.start..<$0.span.end])) } == "Ça va,")
        #expect(quote?.span == TextSpan(start: 14, end: 20))
    }

    @Test func pronounResolvesToTheNamedSpeakerBefore() {
        let body = "“We will win,” Hillary Clinton said.\n\n“It is our time,” she added."
        let found = quotes(body)
        #expect(found.map(\.speaker) == ["Hillary Clinton", "Hillary Clinton"])
        #expect(found.last?.speakerMention == "she")
        #expect(found.last?.cue == "added")
    }

    @Test func quoteRunningOverParagraphsIsOneQuote() {
        let body = "Smith said:\n\n“The first part goes on.\n\n“And the second part ends here.”"
        let found = quotes(body)
        #expect(found.count == 1)
        #expect(found.first?.text == "The first part goes on.\n\n“And the second part ends here.")
        #expect(found.first?.speaker == "Smith")
    }

    @Test func nestedSingleQuotesStayInside() {
        let found = quotes("“They chanted ‘No more war’ all night,” said Ann Lee.")
        #expect(found.first?.text == "They chanted ‘No more war’ all night,")
    }

    @Test func quoteInterruptedByItsAttributionIsOneQuote() {
        let body = "“We are ready,” Esper said. “We have always been ready.”"
        let found = quotes(body)
        #expect(found.map(\.text) == ["We are ready, We have always been ready."])
        #expect(found.first?.span == TextSpan(start: 1, end: 55))
        #expect(found.first?.speaker == "Esper")
    }

    @Test func sentenceInterruptedByItsAttributionIsOneQuote() {
        let found = quotes("“This is a political thing,” he told Bloomberg News, “keeping rates at this level.”")
        #expect(found.map(\.text) == ["This is a political thing, keeping rates at this level."])
    }

    @Test(arguments: [
        "“We are ready,” Esper said, “We have always been ready.”",
        "“We are ready,” Esper said.\n\n“We have always been ready.”",
        "“We are ready,” Esper said on Monday at the base. Then he left. “We have always been ready.”",
    ])
    func quoteAfterANewParagraphOrSentenceStandsAlone(body: String) {
        let found = quotes(body)
        #expect(found.map(\.text) == ["We are ready,", "We have always been ready."])
        #expect(found.map(\.speaker) == ["Esper", "Esper"])
    }

    @Test func scareQuotesAndTitlesAreNotQuotes() {
        #expect(quotes("He appeared on “Saturday Night Live” and called it “comprehensive reform.”").isEmpty)
    }

    @Test(arguments: [
        "Sanders said in an interview aired Monday on “New Day.”",
        "The film opens with a line from ''Hail, Caesar!'' and ends there.",
        "He paid $8 million for it, according to his book ''The Art of the Deal.''",
        "Washington, star of television’s “Scandal,” thanked the president for the new rules.",
        "Clinton spoke about Russia in an interview with “Fox News Sunday.”",
        "He told the story in his 2012 book, ''An American Son.'' His family stayed.",
        "The cartoonist published a collection called ''Yuge!: 30 Years of Doonesbury.''",
        "—“Sam Mendes leaves the musical on its way to Broadway,” by Times’ Michael Paulson: the story goes on.",
        "<tweet author=\"@AnnLee\" tweet-date=\"March 4, 2016\">We will win this race in the end, believe me.</tweet>",
    ])
    func titlesHeadlinesAndMarkupAreNotQuotes(body: String) {
        #expect(quotes(body).isEmpty)
    }

    @Test(arguments: [
        ("Mr. Christie roused the crowd to chants of ''Lock her up!'' and left.", "Lock her up!", "crowd"),
        ("At the rally, Ted Cruz heard cries of “Shame!” from the back.", "Shame!", "Ted Cruz"),
    ])
    func chantsAreQuotes(body: String, quote: String, speaker: String) {
        let found = quotes(body)
        #expect(found.map(\.text) == [quote])
        #expect(found.first?.speaker == speaker)
    }

    @Test func quotesInsideEmbeddedPostsAreSkipped() {
        let body = "“Stay home,” Ann Lee said."
        #expect(QuoteFinder().quotes(in: ScalarText(body), excluding: [TextSpan(start: 0, end: 12)]).isEmpty)
    }
}
