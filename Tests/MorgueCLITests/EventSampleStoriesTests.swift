import Foundation
import Testing

/// The issue's acceptance on the shared sample stories: one event holding both, and its dossier.
///
/// These depend on the extraction engine (quotes, speakers, posts, attributions, places), which other
/// branches complete: on a branch whose extractor returns nothing they fail, as they should.
@Suite struct EventSampleStoriesTests {
    let morgue: MorgueRunner

    init() throws {
        morgue = try MorgueRunner()
        let ingest = try morgue.run(["ingest", MorgueRunner.samples])
        #expect(ingest.status == 0, "\(ingest.stderr)")
    }

    private func theEvent() throws -> [String: Any] {
        let events = try morgue.run(["events", "--format", "json"]).jsonArray()
        #expect(events.count == 1)
        return try #require(events.first)
    }

    private func dossier() throws -> [String: Any] {
        let id = try #require(try theEvent()["id"] as? Int)
        let json = try morgue.run(["dossier", String(id), "--format", "json"])
        return try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
    }

    @Test func oneEventHoldsBothStories() throws {
        let event = try theEvent()
        #expect(event["stories"] as? Int == 2)
        #expect(event["origin"] as? String == "auto")
        #expect((event["name"] as? String)?.hasPrefix("Baghdad") == true, "\(event["name"] ?? "")")
        // Ingesting again changes nothing, and keeps the id.
        #expect(try morgue.run(["ingest", MorgueRunner.samples]).status == 0)
        #expect(try theEvent()["id"] as? Int == event["id"] as? Int)
    }

    @Test func trumpsPostIsOneQuoteCarriedByBothStories() throws {
        let speakers = try #require(try dossier()["speakers"] as? [[String: Any]])
        let trump = try #require(speakers.first { ($0["name"] as? String)?.contains("Trump") == true })
        let quotes = try #require(trump["quotes"] as? [[String: Any]])
        let iran = try #require(quotes.first { ($0["text"] as? String)?.hasPrefix("Iran killed an American contractor") == true })
        let carriers = try #require(iran["carried_by"] as? [[String: Any]])
        let articles = Set(carriers.compactMap { ($0["provenance"] as? [String: Any])?["article_id"] as? Int })
        #expect(articles.count == 2)
        #expect(iran["first_seen"] as? String == "2019-12-31")
        #expect(quotes.filter { ($0["text"] as? String)?.hasPrefix("Iran killed an American contractor") == true }.count == 1)
    }

    @Test func dossierHoldsTheItemsAReporterNeeds() throws {
        let dossier = try dossier()
        let counts = try #require(dossier["counts"] as? [String: Int])
        #expect(counts["stories"] == 2)
        #expect((counts["outlets"] ?? 0) >= 5)  // Reuters, AP, CNN, BBC, New York Times…
        let sources = try #require(dossier["sources"] as? [[String: Any]])
        let reuters = try #require(sources.first { $0["name"] as? String == "Reuters" })
        let credits = try #require(reuters["credited_with"] as? [[String: Any]])
        #expect(credits.contains { ($0["claim"] as? String)?.contains("evacuated") == true })
        let places = try #require(dossier["places"] as? [[String: Any]])
        #expect(places.contains { $0["name"] as? String == "Baghdad" && $0["stories"] as? Int == 2 })
        let people = try #require(dossier["people"] as? [[String: Any]])
        #expect(people.contains { ($0["name"] as? String)?.contains("Esper") == true })
        let timeline = try #require(dossier["timeline"] as? [[String: Any]])
        let dates = timeline.compactMap { $0["date"] as? String }
        #expect(dates == dates.sorted())
        #expect(timeline.contains { $0["kind"] as? String == "post" })
    }

    @Test func noBreachIsMarkedAgainstTheBreakIn() throws {
        let disagreements = try #require(try dossier()["disagreements"] as? [[String: Any]])
        let breach = try #require(disagreements.first {
            (($0["denial"] as? [String: Any])?["text"] as? String)?.contains("there has been no breach") == true
        })
        let assertions = try #require(breach["assertions"] as? [[String: Any]])
        let texts = assertions.compactMap { $0["text"] as? String }
        #expect(texts.contains { $0.contains("broke into the compound") || $0.contains("Break into") }, "\(texts)")
    }

    @Test func markdownAndHTMLCarryTheSameItems() throws {
        let id = try #require(try theEvent()["id"] as? Int)
        let md = try morgue.run(["dossier", String(id)]).stdout
        #expect(md.contains("## Claims that disagree"))
        #expect(md.contains("> Iran killed an American contractor, wounding many."))
        #expect(md.contains("there has been no breach"))
        let html = try morgue.run(["dossier", String(id), "--format", "html"]).stdout
        #expect(html.contains("<blockquote>Iran killed an American contractor, wounding many."))
        #expect(html.contains("Iraq Protestors Break into U.S. Embassy"))
        #expect(!html.lowercased().contains("<script"))
    }
}
