import Foundation
import GRDB
import Testing

/// `morgue reextract` and what `morgue verify` says about stories extracted by older rules, through the
/// binary on a real archive. The archive is altered as an older Morgue would have left it: no rules
/// version recorded, and fewer quotes found.
@Suite struct ReextractCommandTests {
    let morgue: MorgueRunner

    init() throws {
        morgue = try MorgueRunner()
        let path = try morgue.write("stories.jsonl", """
            {"url": "https://example.com/1", "title": "Harbour reopens", "text": "“It is open,” Mayor Ana Silva said on Tuesday.\\n\\n“Ships can dock again,” she added."}
            {"url": "https://example.com/2", "title": "Ferry resumes", "text": "“The ferry runs at nine,” the operator, Harbour Lines, said in Lisbon."}

            """)
        let ingest = try morgue.run(["ingest", path])
        #expect(ingest.status == 0, "\(ingest.stderr)")
    }

    /// Story 1 as a Morgue from before rules versions left it: one quote short, nothing recorded.
    private func ageFirstStory() throws {
        try DatabaseQueue(path: morgue.database).write { db in
            try db.execute(sql: "UPDATE article SET extracted_by = NULL, facts_stored = NULL WHERE id = 1")
            try db.execute(sql: "DELETE FROM quote WHERE id = (SELECT max(id) FROM quote WHERE article_id = 1)")
        }
    }

    private func quoteTexts() throws -> [String] {
        try morgue.run(["quotes", "--format", "json"]).jsonArray().compactMap { $0["text"] as? String }.sorted()
    }

    @Test func olderStoriesAreANoteAndReextractRefreshesThem() throws {
        let before = try quoteTexts()
        #expect(before.count == 3)
        try ageFirstStory()
        #expect(try quoteTexts().count == 2)

        let verify = try morgue.run(["verify"])
        #expect(verify.status == 0, "\(verify.stdout)")
        #expect(verify.stdout.contains("note 1 story was extracted by older extraction rules"))
        #expect(verify.stdout.contains("`morgue reextract` brings it up to date"))
        #expect(verify.stdout.contains("ok   every story extracted by these rules stored whole (equal to a fresh extraction) (1 examined)"))

        let reextract = try morgue.run(["reextract"])
        #expect(reextract.status == 0, "\(reextract.stderr)")
        #expect(reextract.stdout.hasPrefix("1 story extracted again by extraction rules version "))
        #expect(reextract.stdout.hasSuffix(": 2 quotes found\n"))
        #expect(try quoteTexts() == before)

        let after = try morgue.run(["verify"])
        #expect(after.status == 0, "\(after.stdout)")
        #expect(!after.stdout.contains("older extraction rules"))
        #expect(after.stdout.contains("ok   every story holds the facts stored with it (nothing lost since) (2 examined)"))

        #expect(try morgue.run(["reextract"]).stdout.hasSuffix("; nothing to do\n"))
        let all = try morgue.run(["reextract", "--all"])
        #expect(all.stdout.hasPrefix("2 stories extracted again by extraction rules version "))
        #expect(all.stdout.hasSuffix(": 3 quotes found\n"))
        #expect(try quoteTexts() == before)
    }

    @Test func aLostFactIsFoundWhateverRulesExtractedIt() throws {
        try DatabaseQueue(path: morgue.database).write { db in
            try db.execute(sql: "UPDATE article SET extracted_by = 999 WHERE id = 2")
            try db.execute(sql: "DELETE FROM quote WHERE article_id = 2")
        }
        let verify = try morgue.run(["verify", "--quick"])
        #expect(verify.status == 1)
        #expect(verify.stdout.contains("FAIL every story holds the facts stored with it (nothing lost since) (2 examined)"))
        #expect(verify.stdout.contains("story 2 (https://example.com/2): 1 quotes stored with it, 0 now"))
    }

    @Test func reextractWaitsForNoIngestButSaysWhenOneIsWriting() throws {
        let lock = morgue.database + ".ingest-lock"
        let descriptor = open(lock, O_RDWR | O_CREAT, 0o644)
        defer { close(descriptor) }
        #expect(flock(descriptor, LOCK_EX | LOCK_NB) == 0)
        let busy = try morgue.run(["reextract"])
        #expect(busy.status == 75)
        #expect(busy.stderr.contains("another morgue ingest is writing"))
    }
}
