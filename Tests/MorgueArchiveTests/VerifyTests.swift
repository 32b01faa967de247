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
        #expect(report.checks.map(\.name).contains { $0.hasPrefix("every story stored whole") })
        #expect(report.checks.first { $0.name.hasPrefix("every story stored whole") }?.examined == 2)
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
        let whole = try #require(report.checks.first { $0.name.hasPrefix("every story stored whole") })
        #expect(whole.problems.count == 1)
        #expect(whole.problems.first?.hasPrefix("story 1 (https://x.y/1): ") == true)
        #expect(whole.problems.first?.contains("quotes stored") == true)
        #expect(try Archive(path: path).verify(reextract: false).isSound)
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
