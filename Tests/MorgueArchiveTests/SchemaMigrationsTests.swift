import Foundation
import GRDB
import MorgueArchive
import Testing

@Suite struct SchemaMigrationsTests {
    static var migrationsFolder: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Migrations")
    }

    @Test func binaryCarriesExactlyTheMigrationFiles() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.migrationsFolder.path)
            .filter { $0.hasSuffix(".sql") }.sorted()
        #expect(SchemaMigrations.identifiers == files.map { String($0.dropLast(4)) },
                "run Scripts/embed-migrations")
        for file in files {
            let onDisk = try String(contentsOf: Self.migrationsFolder.appendingPathComponent(file), encoding: .utf8)
            #expect(SchemaMigrations.sqlByIdentifier[String(file.dropLast(4))] == onDisk,
                    "\(file) differs from the copy in the binary: run Scripts/embed-migrations")
        }
    }

    @Test func newerArchiveIsRefusedUntouched() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("newer-\(UUID().uuidString).sqlite").path
        _ = try Archive(path: path)
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('9999_future')") }
        try queue.close()
        #expect {
            _ = try Archive(path: path)
        } throws: { error in
            "\(error)".contains("written by a newer version of Morgue") && "\(error)".contains("9999_future")
        }
    }

    @Test func archiveIsWALWithForeignKeys() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("wal-\(UUID().uuidString).sqlite").path
        _ = try Archive(path: path)
        let queue = try DatabaseQueue(path: path)
        let mode = try queue.read { try String.fetchOne($0, sql: "PRAGMA journal_mode") }
        #expect(mode == "wal")
        let tables = try queue.read {
            try String.fetchAll($0, sql: "SELECT name FROM sqlite_master WHERE type IN ('table', 'view') ORDER BY name")
        }
        for table in ["article", "article_fts", "quote", "quote_fts", "actor", "actor_alias", "attribution",
                      "outlet", "location", "article_location", "ingest_run", "ingest_error", "quote_detail"] {
            #expect(tables.contains(table))
        }
    }
}
