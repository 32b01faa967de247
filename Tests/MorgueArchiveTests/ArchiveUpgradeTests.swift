import Foundation
import GRDB
import MorgueArchive
import Testing

@Suite struct ArchiveUpgradeTests {
    /// An archive made by the first schema version is upgraded by the later migrations, every row kept.
    @Test func archiveFromFirstMigrationIsUpgradedWithRowsKept() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("old-\(UUID().uuidString).sqlite").path
        let first = try #require(SchemaMigrations.identifiers.first)
        var migrator = DatabaseMigrator()
        migrator.registerMigration(first) { db in try db.execute(sql: SchemaMigrations.sqlByIdentifier[first]!) }
        let queue = try DatabaseQueue(path: path)
        try migrator.migrate(queue)
        try queue.write { db in
            try db.execute(sql: """
                INSERT INTO outlet (id, name) VALUES (1, 'Reuters');
                INSERT INTO article (id, title, outlet_id, body, content_hash, ingested_at)
                VALUES (1, 'Old story', 1, 'Words from the first schema.', '\(String(repeating: "a", count: 64))', '2020-01-01T00:00:00Z');
                INSERT INTO quote (article_id, start, "end", text, text_key, kind) VALUES (1, 0, 5, 'Words', 'words', 'direct');
                """)
        }
        try queue.close()

        let archive = try Archive(path: path)
        #expect(try archive.appliedMigrations() == SchemaMigrations.identifiers)
        let hits = try archive.searchArticles(ArticleQuery(text: "first schema"))
        #expect(hits.map(\.title) == ["Old story"])
        #expect(hits.first?.outlet == "Reuters")
        #expect(try archive.quotes(QuoteQuery(text: "words")).count == 1)
    }
}
