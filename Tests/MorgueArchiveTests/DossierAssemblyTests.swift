import Foundation
import MorgueArchive
import MorgueExtraction
import Testing

/// The dossier of the embassy event, from stories whose facts the test sets: what a reporter checks.
@Suite struct DossierAssemblyTests {
    let builder: EventStoryBuilder
    let ids: [Int64]
    let dossier: Dossier

    init() throws {
        builder = try EventStoryBuilder()
        ids = try builder.store([EventStoryBuilder.liveBlog, EventStoryBuilder.wireStory, EventStoryBuilder.floodStory])
        try builder.archive.updateEvents()
        let event = try #require(try builder.archive.events().first)
        dossier = try builder.archive.dossier(for: String(event.id))
    }

    @Test func headerIsGeneratedFromTheData() {
        #expect(dossier.dossierVersion == 1)
        #expect(dossier.event.name == "Baghdad: Donald J. Trump, Mark Esper (2019-12-31 to 2020-01-01)")
        #expect(dossier.event.firstDate == "2019-12-31")
        #expect(dossier.event.lastDate == "2020-01-01")
        let counts = dossier.counts
        let figures: [Int] = [counts.stories, counts.outlets, counts.quotes, counts.people, counts.organizations, counts.places]
        #expect(figures
            == [2, 4, 3, 2, 1, 2])
    }

    @Test func sameQuoteInTwoStoriesIsOneQuoteWithTwoCarriers() throws {
        let trump = try #require(dossier.speakers.first)
        #expect(trump.name == "Donald J. Trump")
        #expect(trump.role == "President")
        #expect(trump.quoteCount == 1)
        #expect(trump.timesCarried == 2)
        let quote = try #require(trump.quotes.first)
        #expect(quote.text == "Iran killed an American contractor, wounding many. We strongly responded, and always will.")
        #expect(quote.kind == "embedded_post")
        #expect(quote.firstSeen == "2019-12-31")
        #expect(quote.carriedBy.map(\.provenance.articleID) == [ids[0], ids[1]])
        #expect(quote.carriedBy.map(\.outlet) == [nil, "Example News"])
        let esper = try #require(dossier.speakers.first { $0.name == "Mark Esper" })
        #expect(esper.role == "Defense Secretary")
        #expect(esper.quotes.map(\.text) == ["We are sending additional forces to support our personnel at the Embassy."])
    }

    @Test func everyQuoteCarrierPointsAtItsWords() throws {
        var bodies: [Int64: [Unicode.Scalar]] = [:]
        try builder.archive.exportArticles { bodies[$0.id] = Array($0.body.unicodeScalars) }
        let carriers = dossier.speakers.flatMap(\.quotes).flatMap(\.carriedBy)
        #expect(carriers.count == 4)
        for carrier in carriers {
            let body = try #require(bodies[carrier.provenance.articleID])
            let words = String(String.UnicodeScalarView(body[carrier.provenance.start..<carrier.provenance.end]))
            #expect(words == carrier.text)
        }
        let reuters = try #require(dossier.sources.first { $0.name == "Reuters" })
        let credit = try #require(reuters.creditedWith.first)
        #expect(credit.claim == "the ambassador and staff have been evacuated")
        let body = try #require(bodies[credit.provenance.articleID])
        #expect(String(String.UnicodeScalarView(body[credit.provenance.start..<credit.provenance.end])) == credit.claim)
    }

    @Test func timelineRunsOldestFirst() {
        #expect(dossier.timeline.map(\.kind) == ["story", "post", "statement", "story"])
        #expect(dossier.timeline.map(\.date) == ["2019-12-31", "2019-12-31", "2019-12-31", "2020-01-01"])
        #expect(dossier.timeline.first?.text == "Live: militants storm US embassy in Baghdad")
        #expect(dossier.timeline.last?.text == "Iraq Protestors Break into U.S. Embassy")
        #expect(dossier.timeline[1].by == "Donald J. Trump")
    }

    @Test func sourcesPeopleAndPlacesAreCounted() throws {
        #expect(Set(dossier.sources.filter(\.isOutlet).map(\.name)) == ["Reuters", "New York Times", "Associated Press", "Example News"])
        #expect(dossier.sources.first { $0.name == "Example News" }?.published == [ids[1]])
        #expect(dossier.people.map(\.name) == ["Donald J. Trump", "Mark Esper"])
        #expect(dossier.people.first?.stories == 2)
        #expect(dossier.people.first?.quotes == 2)
        #expect(dossier.organizations.map(\.name) == ["State Department"])
        #expect(dossier.places.map(\.name) == ["Baghdad", "Iraq"])
        #expect(dossier.places.first?.stories == 2)
        #expect(dossier.stories.map(\.title) == ["Live: militants storm US embassy in Baghdad", "Iraq Protestors Break into U.S. Embassy"])
        #expect(dossier.stories.map(\.url) == ["https://example.com/live", "https://example.com/wire"])
        #expect(!dossier.stories.contains { $0.title == "Flood warning for the river" })
    }

    @Test func noBreachIsMarkedAgainstTheBreakIn() throws {
        #expect(dossier.disagreements.count == 1)
        let disagreement = try #require(dossier.disagreements.first)
        #expect(disagreement.subject == "breach")
        #expect(disagreement.denial.text == "U.S. personnel are secure and there has been no breach.")
        #expect(disagreement.denial.by == "State Department spokesperson")
        #expect(Set(disagreement.assertions.map(\.text))
            == ["protesters actually broke into the compound", "Iraq Protestors Break into U.S. Embassy"])
        let title = try #require(disagreement.assertions.first { $0.kind == "title" })
        #expect(title.provenance == Provenance(articleID: ids[1], field: "title", start: 0, end: 39))
    }
}
