import Foundation
import Testing

/// `morgue event …` and `morgue dossier` through the real binary, on stories written for the test.
/// The event is defined by a search, so these hold whatever the extraction engine finds.
@Suite struct DossierCommandTests {
    let morgue: MorgueRunner

    init() throws {
        morgue = try MorgueRunner()
        let path = try morgue.write("stories.jsonl", """
            {"url": "https://example.com/1", "title": "Protesters storm embassy", "date": "2019-12-31", "outlet": "Reuters", "text": "Protesters stormed the embassy compound in Baghdad on Tuesday."}
            {"url": "https://example.com/2", "title": "Embassy siege: staff evacuated", "date": "2020-01-01", "outlet": "BBC", "text": "Staff were evacuated from the embassy."}
            {"url": "javascript:alert(1)", "title": "<script>alert('x')</script> embassy", "date": "2020-01-02", "text": "<script>document.write('pwned')</script> The embassy statement."}
            {"url": "https://example.com/4", "title": "Flood", "date": "2020-01-01", "text": "The river rose."}

            """)
        #expect(try morgue.run(["ingest", path]).status == 0)
        let created = try morgue.run(["event", "create", "Embassy siege", "--query", "embassy", "--format", "json"])
        #expect(created.status == 0, "\(created.stderr)")
    }

    @Test func createdEventHoldsTheMatchingStories() throws {
        let events = try morgue.run(["events", "--format", "json"]).jsonArray()
        #expect(events.count == 1)
        let event = try #require(events.first)
        #expect(event["id"] as? Int == 1)
        #expect(event["name"] as? String == "Embassy siege")
        #expect(event["origin"] as? String == "user")
        #expect(event["stories"] as? Int == 3)
        #expect(event["first_date"] as? String == "2019-12-31")
        #expect(event["last_date"] as? String == "2020-01-02")
    }

    @Test func correctionsAreKeptAndShown() throws {
        let removed = try morgue.run(["event", "remove", "Embassy siege", "2", "--format", "json"]).jsonArray()
        #expect(removed.first?["stories"] as? Int == 2)
        // A later ingest re-applies the query, but a removed story stays out.
        let more = try morgue.write("more.jsonl", """
            {"url": "https://example.com/5", "title": "Embassy reopens", "date": "2020-01-05", "text": "The embassy reopened."}

            """)
        #expect(try morgue.run(["ingest", more]).status == 0)
        let show = try morgue.run(["event", "show", "1", "--format", "json"])
        let detail = try #require(try JSONSerialization.jsonObject(with: Data(show.stdout.utf8)) as? [String: Any])
        #expect(detail["removed"] as? [Int] == [2])
        let stories = try #require(detail["stories"] as? [[String: Any]])
        #expect(stories.compactMap { $0["article_id"] as? Int } == [1, 3, 5])
        #expect(stories.compactMap { $0["origin"] as? String } == ["query", "query", "query"])
        #expect((detail["query"] as? [String: Any])?["text"] as? String == "embassy")

        #expect(try morgue.run(["event", "add", "1", "2", "4", "--format", "json"]).jsonArray().first?["stories"] as? Int == 5)
        let renamed = try morgue.run(["event", "rename", "embassy siege", "Baghdad embassy siege", "--format", "json"])
        #expect(try renamed.jsonArray().first?["name"] as? String == "Baghdad embassy siege")
        let table = try morgue.run(["event", "show", "Baghdad embassy siege"])
        #expect(table.stdout.hasPrefix("event 1: Baghdad embassy siege\n"))
        #expect(table.stdout.contains("query: \"embassy\""))
        #expect(table.stdout.contains("Flood"))
    }

    @Test func mistakesAreExplained() throws {
        let missing = try morgue.run(["dossier", "7"])
        #expect(missing.status != 0)
        #expect(missing.stderr.contains("there is no event 7"))
        let badStory = try morgue.run(["event", "add", "1", "42"])
        #expect(badStory.stderr.contains("no story with id 42"))
        let taken = try morgue.run(["event", "create", "EMBASSY SIEGE", "--query", "staff"])
        #expect(taken.stderr.contains("event 1 is already called"))
        let digits = try morgue.run(["event", "create", "2020", "--query", "staff"])
        #expect(digits.stderr.contains("\"2020\" cannot name an event"))
    }

    @Test func dossierFormatsHoldTheStories() throws {
        let json = try morgue.run(["dossier", "Embassy siege", "--format", "json"])
        let dossier = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(dossier["dossier_version"] as? Int == 1)
        #expect((dossier["event"] as? [String: Any])?["name"] as? String == "Embassy siege")
        let counts = try #require(dossier["counts"] as? [String: Int])
        #expect(counts["stories"] == 3)
        #expect(counts["outlets"] == 2)
        let stories = try #require(dossier["stories"] as? [[String: Any]])
        #expect(stories.compactMap { $0["title"] as? String }
            == ["Protesters storm embassy", "Embassy siege: staff evacuated", "<script>alert('x')</script> embassy"])
        #expect(stories.first?["url"] as? String == "https://example.com/1")
        let provenance = try #require(stories.first?["provenance"] as? [String: Any])
        #expect(provenance["article_id"] as? Int == 1)
        #expect(provenance["end"] as? Int == 62)
        let timeline = try #require(dossier["timeline"] as? [[String: Any]])
        #expect(timeline.compactMap { $0["date"] as? String } == ["2019-12-31", "2020-01-01", "2020-01-02"])

        let md = try morgue.run(["dossier", "1"]).stdout
        #expect(md.hasPrefix("# Embassy siege\n"))
        // Places depend on the extraction engine (Baghdad is named); stories and outlets do not.
        #expect(md.contains("**3 stories · 2 outlets · 0 quotes · 0 people · 0 organisations · "))
        #expect(md.contains("1. 2019-12-31 · Reuters · [Protesters storm embassy](<https://example.com/1>)"))
        #expect(md.contains("- **Reuters** (outlet): published #1"))
    }

    @Test func scriptInAStoryProducesNoScriptInTheDossier() throws {
        let out = morgue.directory.appendingPathComponent("siege.html")
        let result = try morgue.run(["dossier", "1", "--format", "html", "--out", out.path])
        #expect(result.status == 0)
        #expect(result.stdout.isEmpty)
        let html = try String(contentsOf: out, encoding: .utf8)
        #expect(html.contains("<h1>Embassy siege</h1>"))
        #expect(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; embassy"))
        #expect(!html.lowercased().contains("<script"))
        #expect(!html.contains("href=\"javascript"))
        #expect(html.contains("<code>javascript:alert(1)</code>"))
    }
}
