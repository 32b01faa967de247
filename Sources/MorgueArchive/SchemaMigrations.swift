import GRDB

/// The archive's schema, as the numbered files in `Migrations/` define it, carried inside the binary
/// (see `Scripts/embed-migrations`).
public enum SchemaMigrations {
    /// The identifiers of the migrations this binary knows, in order ("0001_archive", …).
    public static var identifiers: [String] { embedded.map(\.identifier) }

    /// The SQL of each migration, by identifier, exactly as in `Migrations/IDENTIFIER.sql`.
    public static var sqlByIdentifier: [String: String] {
        Dictionary(uniqueKeysWithValues: embedded.map { ($0.identifier, $0.sql) })
    }

    /// A migrator that applies each migration in its own transaction and records it in the database.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        for (identifier, sql) in embedded {
            migrator.registerMigration(identifier) { db in try db.execute(sql: sql) }
        }
        return migrator
    }
}
