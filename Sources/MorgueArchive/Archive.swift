import Foundation
import GRDB

/// The archive: one SQLite file holding every stored story and what was extracted from it.
///
/// `Archive` is the only owner of SQL in Morgue. It opens the file in WAL mode (readers never block
/// the nightly writer), migrates it to the schema this binary carries, and exposes the archive's
/// operations as methods: `store(_:)`, `searchArticles(_:)`, `quotes(_:)`, `export(_:)`…
public final class Archive: Sendable {
    /// Where the archive lives.
    public let path: String
    let pool: DatabasePool

    /// How long a command waits for another process's write to finish before giving up.
    public static let busyTimeout: TimeInterval = 30

    /// Opens (creating it if needed) the archive at `path` and brings its schema up to date.
    /// A file written by a newer Morgue is refused untouched.
    public init(path: String) throws {
        self.path = path
        var configuration = Configuration()
        configuration.busyMode = .timeout(Archive.busyTimeout)
        configuration.foreignKeysEnabled = true
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
        }
        do {
            pool = try DatabasePool(path: path, configuration: configuration)
        } catch let error as DatabaseError {
            throw ArchiveError.cannotOpen(path: path, reason: error.message ?? "\(error)")
        }
        let migrator = SchemaMigrations.migrator
        do {
            let (superseded, applied) = try pool.read { db in
                (try migrator.hasBeenSuperseded(db), try migrator.appliedIdentifiers(db))
            }
            if superseded {
                let unknown = applied.subtracting(SchemaMigrations.identifiers).sorted()
                throw ArchiveError.newerSchema(path: path, unknownMigrations: unknown)
            }
            try migrator.migrate(pool)
        } catch let error as DatabaseError {
            throw ArchiveError.cannotOpen(path: path, reason: error.message ?? "\(error)")
        }
    }

    /// The migrations applied to this file, in order.
    public func appliedMigrations() throws -> [String] {
        try pool.read { db in
            try SchemaMigrations.identifiers.filter(try SchemaMigrations.migrator.appliedIdentifiers(db).contains)
        }
    }
}
