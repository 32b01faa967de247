import Foundation
import Testing

@Suite struct SearchCommandTests {
    let morgue: MorgueRunner

    init() throws {
        morgue = try MorgueRunner()
        let path = try morgue.write("stories.jsonl", """
            {"url": "https://example.com/1", "title": "Flood warning for the river", "date": "2020-03-01", "outlet": "BBC", "text": "Officials issued a flood warning as the river rose."}
            {"url": "https://example.com/2", "title": "Budget vote", "date": "2020-05-10", "outlet": "Reuters", "text": "The council's budget vote was delayed by flooding."}
            {"url": "https://example.com/3", "title": "Quiet day", "date": "2021-01-01", "outlet": "Reuters", "text": "Nothing happened at the river today."}

            """)
        #expect(try morgue.run(["ingest", path]).status == 0)
    }

    @Test func wordsAreRankedStemmedAndSnippeted() throws {
        let hits = try morgue.run(["search", "flood", "--format", "json"]).jsonArray()
        #expect(hits.map { $0["title"] as? String } == ["Flood warning for the river", "Budget vote"])
        #expect((hits.first?["snippet"] as? String)?.contains("**flood**") == true)
    }

    @Test func prefixesFindEveryWordThatStartsSo() throws {
        let hits = try morgue.run(["search", "--fts", "offi*", "--format", "json"]).jsonArray()
        #expect(hits.map { $0["title"] as? String } == ["Flood warning for the river"])
        #expect((hits.first?["snippet"] as? String)?.hasPrefix("**Officials** issued") == true)
        let longer = try morgue.run(["search", "--fts", "flood*", "--format", "json"]).jsonArray()
        #expect(Set(longer.compactMap { $0["title"] as? String }) == ["Flood warning for the river", "Budget vote"])
        #expect((longer.last?["snippet"] as? String)?.contains("by **flooding**.") == true)
    }

    @Test func snippetsShowThePassageAroundTheWords() throws {
        let opening = (1...60).map { "word\($0)" }.joined(separator: " ")
        let path = try morgue.write("long.jsonl", """
            {"url": "https://example.com/long", "title": "Long story", "text": "\(opening) the harbour ferry sank near the pier. \(opening)."}

            """)
        #expect(try morgue.run(["ingest", path]).status == 0)
        let hit = try #require(try morgue.run(["search", "harbour ferry", "--format", "json"]).jsonArray().first)
        let snippet = try #require(hit["snippet"] as? String)
        #expect(snippet.hasPrefix("…word"))
        #expect(snippet.hasSuffix("…"))
        #expect(snippet.contains("the **harbour** **ferry** sank near the pier."))
        #expect(snippet.split(separator: " ").count == 24)
        let phrase = try #require(try morgue.run(["search", "--fts", "\"harbour ferry\"", "--format", "json"]).jsonArray().first)
        #expect((phrase["snippet"] as? String)?.contains("the **harbour ferry** sank") == true)
    }

    @Test func datesAndOutletsFilter() throws {
        let since = try morgue.run(["search", "river", "--since", "2020-06-01", "--format", "json"]).jsonArray()
        #expect(since.map { $0["title"] as? String } == ["Quiet day"])
        let until = try morgue.run(["search", "--outlet", "reuters", "--until", "2020-12-31", "--format", "json"]).jsonArray()
        #expect(until.map { $0["title"] as? String } == ["Budget vote"])
        #expect(until.first?["outlet_match"] as? String == "publisher")
    }

    @Test(arguments: ["\"unbalanced", "flood-warning", "(", "AND", "'", "NEAR(", "*"])
    func strayPunctuationNeverBreaksSearch(text: String) throws {
        let result = try morgue.run(["search", text, "--format", "json"])
        #expect(!result.stderr.contains("fts5: syntax error"))
        #expect(result.status == 0 || result.stderr.contains("has no words to search for"))
    }

    @Test func rawFTSSyntaxErrorsAreExplained() throws {
        let ok = try morgue.run(["search", "--fts", "flood OR quiet", "--format", "json"]).jsonArray()
        #expect(ok.count == 3)
        let bad = try morgue.run(["search", "--fts", "flood AND ("])
        #expect(bad.status != 0)
        #expect(bad.stderr.contains("is not valid FTS5 syntax"))
    }

    @Test func outputFormats() throws {
        let csv = try morgue.run(["search", "river", "--format", "csv"])
        let lines = csv.stdout.split(separator: "\r\n")
        #expect(lines.first == "id,published,outlet,title,outlet_match,snippet,url,source_path")
        #expect(lines.count == 3)
        let ndjson = try morgue.run(["search", "river", "--format", "ndjson"]).ndjson()
        #expect(ndjson.count == 2)
        let table = try morgue.run(["search", "river", "--limit", "1"], environment: ["COLUMNS": "60"])
        let tableLines = table.stdout.split(separator: "\n")
        #expect(tableLines.count == 3)
        #expect(tableLines.allSatisfy { $0.count <= 60 })
    }

    @Test func listingsCountWhatTheArchiveHolds() throws {
        let outlets = try morgue.run(["outlets", "--format", "json"]).jsonArray()
        #expect(outlets.first?["name"] as? String == "Reuters")
        #expect(outlets.first?["published"] as? Int == 2)
        let stats = try morgue.run(["stats", "--format", "json"]).jsonArray()
        #expect(stats.first?["articles"] as? Int == 3)
        #expect(stats.first?["earliest"] as? String == "2020-03-01")
    }

    @Test func readingCommandsNeedAnArchive() throws {
        let result = try morgue.run(["search", "x", "--db", morgue.directory.appendingPathComponent("none.sqlite").path],
                                    useDatabase: false)
        #expect(result.status != 0)
        #expect(result.stderr.contains("no archive at"))
    }
}
