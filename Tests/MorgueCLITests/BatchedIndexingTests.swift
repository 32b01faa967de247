import Foundation
import GRDB
import Testing

/// The writer indexes a batch's stories and quotes for search once at the end of its transaction
/// (migration 0006); rows written by anyone else are still indexed by the triggers.
@Suite struct BatchedIndexingTests {
    let morgue: MorgueRunner

    init() throws { morgue = try MorgueRunner() }

    @Test func storyChangedWithinOneBatchIsIndexedOnceWithItsNewWords() throws {
        // The same URL twice in one file: the second record updates the story the first inserted,
        // in the same transaction, before the writer has indexed it.
        let path = try morgue.write("feed.jsonl", """
            {"url": "https://example.com/x", "title": "Draft", "text": "“Harbour cranes stay idle,” Ann Lee said."}
            {"url": "https://example.com/y", "title": "Ferry", "text": "“The ferry sails at noon,” Bo Chen said."}
            {"url": "https://example.com/x", "title": "Final", "text": "“Harbour tugboats return,” Ann Lee said."}

            """)
        let ingest = try morgue.run(["ingest", path])
        // The run counts each record: two inserted, one of them then updated.
        #expect(ingest.stdout.hasPrefix("2 new, 1 updated, 0 unchanged"), "\(ingest.stdout)\(ingest.stderr)")
        let verify = try morgue.run(["verify"])
        #expect(verify.status == 0, "\(verify.stdout)\(verify.stderr)")
        #expect(verify.stdout.contains("ok   every story in the search index (article_fts) (2 examined)"))
        #expect(try morgue.run(["search", "cranes", "--format", "json"]).jsonArray().isEmpty)
        let found = try morgue.run(["search", "tugboats", "--format", "json"]).jsonArray()
        #expect(found.compactMap { $0["title"] as? String } == ["Final"])
        let quotes = try morgue.run(["quotes", "harbour", "--format", "json"]).jsonArray()
        #expect(quotes.compactMap { $0["text"] as? String } == ["Harbour tugboats return,"])
        #expect(try morgue.run(["quotes", "ferry", "--format", "json"]).jsonArray().count == 1)
    }

    @Test func rowsInsertedOutsideMorgueAreStillIndexedByTheTriggers() throws {
        let path = try morgue.write("a.jsonl", """
            {"url": "https://example.com/1", "title": "Harbour reopens", "text": "“It is open,” the mayor said."}

            """)
        #expect(try morgue.run(["ingest", path]).status == 0)
        let queue = try DatabaseQueue(path: morgue.database)
        try queue.write { db in
            #expect(try Int.fetchOne(db, sql: "SELECT is_deferred FROM full_text_deferral") == 0)
            try db.execute(sql: """
                INSERT INTO article (id, title, body, content_hash, ingested_at)
                VALUES (100, 'Typed in by hand', 'A lighthouse keeper retires.', '\(String(repeating: "b", count: 64))',
                        '2026-01-01T00:00:00Z');
                INSERT INTO quote (article_id, start, "end", text, text_key, kind)
                VALUES (100, 0, 11, 'A lighthouse', 'alighthouse', 'direct');
                """)
        }
        try queue.close()
        let found = try morgue.run(["search", "lighthouse", "--format", "json"]).jsonArray()
        #expect(found.compactMap { $0["title"] as? String } == ["Typed in by hand"])
        #expect(try morgue.run(["quotes", "lighthouse", "--format", "json"]).jsonArray().count == 1)
    }
}
