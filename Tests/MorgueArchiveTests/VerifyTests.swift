import Foundation
import GRDB
import MorgueArchive
import MorgueExtraction
import Testing

/// `Archive.verify()` passes a sound archive and names the story when the archive lies about it.
@Suite struct VerifyTests {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("verify-\(UUID().uuidString).sqlite").path

    init() throws {
        let archive = try Archive(path: path)
        let extractor = Extractor()
        let drafts = [
            ArticleDraft(title: "Council meets", url: "https://x.y/1", body: "The council met to discuss the harbour budget."),
            ArticleDraft(title: "Ferry resumes", url: "https://x.y/2", body: "The ferry resumed service to the islands."),
        ]
        _ = try archive.store(drafts.enumerated().map { index, draft in
            ExtractedArticle(draft: draft, contentHash: String(repeating: "\(index)", count: 64), extraction: extractor.extract(draft))
        })
    }

    @Test func soundArchivePassesEveryCheck() throws {
        let report = try Archive(path: path).verify()
        #expect(report.isSound, "\(report.checks.flatMap(\.problems))")
        #expect(report.articleCount == 2)
        #expect(report.checks.first { $0.name.hasPrefix("every story holds the facts stored with it") }?.examined == 2)
        #expect(report.checks.first { $0.name.hasPrefix("every story extracted by these rules stored whole") }?.examined == 2)
        #expect(report.notes.isEmpty)
    }

    @Test func storyMissingFromTheSearchIndexIsNamed() throws {
        try DatabaseQueue(path: path).write { db in
            try db.execute(sql: """
                INSERT INTO article_fts(article_fts, rowid, title, body) SELECT 'delete', id, title, body FROM article WHERE id = 2
                """)
        }
        let report = try Archive(path: path).verify()
        #expect(!report.isSound)
        let index = try #require(report.checks.first { $0.name.contains("article_fts") })
        #expect(index.problems.contains("story 2 is not in the search index"))
    }

    @Test func factsTheTextDoesNotHoldAreFound() throws {
        try DatabaseQueue(path: path).write { db in
            try db.execute(sql: """
                INSERT INTO quote (article_id, start, "end", text, text_key, kind) VALUES (1, 4, 11, 'council', 'council', 'direct')
                """)
        }
        let report = try Archive(path: path).verify()
        #expect(!report.isSound)
        let whole = try #require(report.checks.first { $0.name.hasPrefix("every story extracted by these rules stored whole") })
        #expect(whole.problems == ["story 1 (https://x.y/1): 1 quotes stored, 0 found in its text"])
        // Without extracting again, the tally stored with the story still shows the quote it never had.
        let quick = try Archive(path: path).verify(reextract: false)
        let kept = try #require(quick.checks.first { $0.name.hasPrefix("every story holds the facts stored with it") })
        #expect(kept.problems == ["story 1 (https://x.y/1): 0 quotes stored with it, 1 now"])
    }

    @Test func storiesFromOlderRulesAreANoteUntilExtractedAgain() throws {
        // As a Morgue from before rules versions left story 2, with a quote today's rules do not find.
        try DatabaseQueue(path: path).write { db in
            try db.execute(sql: "UPDATE article SET extracted_by = NULL, facts_stored = NULL WHERE id = 2")
            try db.execute(sql: """
                INSERT INTO quote (article_id, start, "end", text, text_key, kind) VALUES (2, 4, 9, 'ferry', 'ferry', 'direct')
                """)
        }
        let archive = try Archive(path: path)
        let report = try archive.verify()
        #expect(report.isSound, "\(report.checks.flatMap(\.problems))")
        #expect(report.notes == ["1 story was extracted by older extraction rules than this Morgue's (version "
            + "\(Extractor.rulesVersion)) and not compared with a fresh extraction; `morgue reextract` brings it up to date."])
        #expect(try archive.outdatedStoryCount() == 1)

        #expect(try archive.reextract() == ReextractCounts(stories: 1, quotes: 0))
        #expect(try archive.outdatedStoryCount() == 0)
        let refreshed = try archive.verify()
        #expect(refreshed.isSound && refreshed.notes.isEmpty)
        #expect(refreshed.quoteCount == 0)
    }

    @Test func interruptedRunIsANoteNotAProblem() throws {
        let archive = try Archive(path: path)
        let run = try archive.beginRun(inputs: ["stories"])
        let report = try archive.verify()
        #expect(report.isSound)
        #expect(report.notes.count == 1)
        #expect(report.notes.first?.contains("run \(run)") == true)
    }
}
