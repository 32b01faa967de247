import Foundation
import Testing

@Suite struct AliasCommandTests {
    @Test func aliasMergesActorsAndTheirQuotes() throws {
        let morgue = try MorgueRunner()
        let path = try morgue.write("s.jsonl", """
            {"url": "https://example.com/1", "title": "Bridge", "text": "“The bridge is safe,” Robert Moses said on Monday."}
            {"url": "https://example.com/2", "title": "Traffic", "text": "“Traffic will flow again,” Bob Moses said on Tuesday."}

            """)
        #expect(try morgue.run(["ingest", path]).status == 0)
        #expect(try morgue.run(["quotes", "--by", "Robert Moses", "--format", "json"]).jsonArray().count == 1)

        let added = try morgue.run(["alias", "add", "Robert Moses", "Bob Moses", "@rmoses", "--format", "json"])
        #expect(added.status == 0, "\(added.stderr)")
        let actor = try #require(try added.jsonArray().first)
        #expect(actor["name"] as? String == "Robert Moses")
        #expect((actor["aliases"] as? [String])?.contains("@rmoses") == true)
        #expect(actor["quotes"] as? Int == 2)

        let quotes = try morgue.run(["quotes", "--by", "@rmoses", "--format", "json"]).jsonArray()
        #expect(Set(quotes.compactMap { $0["speaker"] as? String }) == ["Robert Moses"])
        #expect(quotes.count == 2)
        let actors = try morgue.run(["actors", "Moses", "--format", "json"]).jsonArray()
        #expect(actors.count == 1)
    }
}
