import Foundation
import Testing

@Suite struct IngestCommandTests {
    let morgue: MorgueRunner

    init() throws { morgue = try MorgueRunner() }

    @Test func badFilesAreNamedAndTheRestIsIngested() throws {
        try morgue.write("batch/good.txt", "Mayor opens bridge\n\n“It is a great day,” Mayor Jane Ortiz said.")
        try morgue.write("batch/stories.jsonl", """
            {"url": "https://example.com/a", "title": "First", "text": "The council met on Monday."}
            {"url": "https://example.com/b", "title": "Broken", "text": "unterminated
            {"url": "https://example.com/c", "title": "Third", "body": "The budget passed."}
            {"url": "https://example.com/d", "title": "Empty", "text": ""}

            """)
        try morgue.write("batch/photo.jpg", Data([0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46, 0x49, 0x46, 0x00, 0x01]
            + [UInt8](repeating: 0, count: 64)))
        let result = try morgue.run(["ingest", morgue.directory.appendingPathComponent("batch").path])
        #expect(result.status == 1)
        #expect(result.stdout.hasPrefix("3 new, 0 updated, 0 unchanged, 3 failed"))
        #expect(result.stderr.contains("stories.jsonl:2: broken JSON"))
        #expect(result.stderr.contains("stories.jsonl:4: the record's story text is empty")
            || result.stderr.contains("stories.jsonl:4: the record has no story text"))
        #expect(result.stderr.contains("photo.jpg: this is a binary file"))
        let titles = Set(try morgue.run(["export"]).ndjson().compactMap { $0["title"] as? String })
        #expect(titles == ["Mayor opens bridge", "First", "Third"])
        let runs = try morgue.run(["runs", "--format", "json"]).jsonArray()
        let errors = try #require(runs.first?["errors"] as? [[String: Any]])
        #expect(errors.count == 3)
        #expect(runs.first?["failed"] as? Int == 3)
        #expect(runs.first?["status"] as? String == "finished")
    }

    @Test func jsonFieldSpellingsAreRead() throws {
        let path = try morgue.write("cms.json", """
            {"articles": [{"headline": "Port reopens", "publisher": {"name": "Associated Press"},
              "authors": [{"name": "Ann Lee"}, {"name": "Bo Chen"}], "datePublished": "2020-01-02T08:30:00Z",
              "link": "https://example.com/port", "articleBody": "The port reopened on Thursday."}]}
            """)
        #expect(try morgue.run(["ingest", path]).status == 0)
        let story = try #require(try morgue.run(["export"]).ndjson().first)
        #expect(story["title"] as? String == "Port reopens")
        #expect(story["outlet"] as? String == "Associated Press")
        #expect(story["byline"] as? String == "Ann Lee, Bo Chen")
        #expect(story["published"] as? String == "2020-01-02")
        #expect(story["published_at"] as? String == "2020-01-02T08:30:00Z")
        #expect(story["url"] as? String == "https://example.com/port")
        #expect((story["source_path"] as? String)?.hasSuffix("cms.json#record=1") == true)
    }

    @Test func changedStoryAtSameURLIsUpdatedWithItsFacts() throws {
        let path = try morgue.write("feed.jsonl",
            #"{"url": "https://example.com/x", "title": "Draft", "date": "December 31, 2019", "text": "“Old words,” Ann Lee said."}"# + "\n")
        #expect(try morgue.run(["ingest", path]).stdout.hasPrefix("1 new"))
        try morgue.write("feed.jsonl",
            #"{"url": "https://example.com/x", "title": "Final", "date": "December 31, 2019", "text": "“New words,” Ann Lee said."}"# + "\n")
        let second = try morgue.run(["ingest", path])
        #expect(second.stdout.hasPrefix("0 new, 1 updated, 0 unchanged"))
        let stories = try morgue.run(["export"]).ndjson()
        #expect(stories.count == 1)
        #expect(stories.first?["title"] as? String == "Final")
        #expect(stories.first?["published"] as? String == "2019-12-31")
        #expect(try morgue.run(["search", "old", "--format", "json"]).jsonArray().isEmpty)
        #expect(try morgue.run(["search", "new", "words", "--format", "json"]).jsonArray().count == 1)
    }

    @Test func missingAndOversizedFilesAreRefused() throws {
        let big = try morgue.write("big.txt", String(repeating: "word ", count: 300_000))
        let result = try morgue.run(["ingest", big, "/no/such/story.txt", "--max-file-size", "1"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("big.txt: the file is 1 MB, over the 1 MB limit"))
        #expect(result.stderr.contains("/no/such/story.txt: no such file or folder"))
    }

    @Test func databaseComesFromEnvironmentWhenNoFlag() throws {
        let path = try morgue.write("s.txt", "A short story about the harbour.")
        let envDB = morgue.directory.appendingPathComponent("env.sqlite").path
        #expect(try morgue.run(["ingest", path], useDatabase: false, environment: ["MORGUE_DB": envDB]).status == 0)
        #expect(FileManager.default.fileExists(atPath: envDB))
        let hits = try morgue.run(["search", "harbour", "--format", "json"], useDatabase: false,
                                  environment: ["MORGUE_DB": envDB]).jsonArray()
        #expect(hits.count == 1)
        #expect(try morgue.run(["search", "harbour"], useDatabase: false).status != 0)
    }
}
