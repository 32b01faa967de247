import Testing
@testable import MorgueExtraction

/// Alias merging: one actor per person, named by the fullest name the story gives.
struct ActorFinderTests {
    @Test func aliasesMergeUnderTheFullestName() {
        let body = "President Donald J. Trump spoke. Donald Trump left. Later Trump returned."
        let result = ActorFinder().actors(in: ScalarText(body), quotes: [])
        let trump = result.actors.first { $0.name == "Donald J. Trump" }
        #expect(trump?.role == "President")
        #expect(trump?.aliases.contains("Donald Trump") == true)
        #expect(trump?.aliases.contains("Trump") == true)
        #expect(trump?.mentions.count == 3)
    }

    @Test func handleFromAnEmbeddedPostJoinsTheActor() {
        let body = "Donald J. Trump wrote again."
        let post = Quote(text: "So notified!", span: TextSpan(start: 0, end: 1), kind: .embeddedPost,
                         speaker: "Donald J. Trump", speakerHandle: "@realDonaldTrump")
        let result = ActorFinder().actors(in: ScalarText(body), quotes: [post])
        #expect(result.actors.first?.handle == "@realDonaldTrump")
        #expect(result.actors.first?.aliases.contains("@realDonaldTrump") == true)
    }

    @Test func anAttributionCueOpeningASentenceIsNotPartOfAName() {
        let body = "The line stays shut. Per El País, repairs take weeks. Via Reuters, the army said more."
        let names = ActorFinder().actors(in: ScalarText(body), quotes: []).actors.map(\.name)
        #expect(!names.contains { $0.hasPrefix("Per ") || $0.hasPrefix("Via ") }, "\(names)")
        #expect(names.contains("El País"), "\(names)")
    }

    @Test func theOwnerBeforeAPossessiveIsNotPartOfAName() {
        let body = "The panel met on Sunday. Later, CNN’s Jake Tapper asked about Bush’s Facebook page."
        let names = ActorFinder().actors(in: ScalarText(body), quotes: []).actors.map(\.name)
        #expect(names.contains("Jake Tapper"), "\(names)")
        #expect(!names.contains("CNN’s Jake Tapper"), "\(names)")
        #expect(!names.contains("Facebook"), "\(names)")
    }

    @Test(arguments: ["Democrats Hillary Clinton and Bernie Sanders spoke.", "Senators Hillary Clinton and Bernie Sanders spoke."])
    func pluralNounOpeningAListIsNotPartOfTheName(_ body: String) {
        let result = ActorFinder().actors(in: ScalarText(body), quotes: [])
        #expect(result.actors.filter { $0.kind == .person }.map(\.name) == ["Hillary Clinton", "Bernie Sanders"])
    }

    @Test func pronounTellsTheMembersOfAFamilyApart() {
        let body = "Carly Fiorina ran the company. Her husband, Frank Fiorina, stood by. “We had to move,” she said."
        let start = body.unicodeScalars.distance(from: body.unicodeScalars.startIndex,
                                                 to: body.unicodeScalars.firstIndex(of: "W")!)
        let quote = Quote(text: "We had to move,", span: TextSpan(start: start, end: start + 15), speaker: "Fiorina",
                          speakerMention: "she")
        let result = ActorFinder().actors(in: ScalarText(body), quotes: [quote])
        #expect(result.quotes.first?.speaker == "Carly Fiorina")
    }

    @Test func sameSurnameDifferentFirstNamesStayApart() {
        let body = "Hillary Clinton and Bill Clinton arrived. “We are glad,” Clinton said."
        let quote = Quote(text: "We are glad,", span: TextSpan(start: 44, end: 56), speaker: "Clinton",
                          speakerSpan: TextSpan(start: 58, end: 65))
        let result = ActorFinder().actors(in: ScalarText(body), quotes: [quote])
        #expect(result.actors.filter { $0.kind == .person }.map(\.name) == ["Hillary Clinton", "Bill Clinton"])
        #expect(result.quotes.first?.speaker == "Bill Clinton")
    }

    @Test(arguments: [
        ("State Department", ActorKind.organization), ("Mark Esper", .person), ("Reuters", .organization),
        ("FBI", .organization),
    ])
    func kinds(_ name: String, _ kind: ActorKind) {
        #expect(ActorKindRules.kind(of: name.split(separator: " ").map(String.init)) == kind)
    }
}
