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
    /// Whether the archive was opened for reading only (the file or its folder is not writable).
    public let isReadOnly: Bool
    /// A `DatabasePool` (WAL: readers never wait for the writer), or a read-only queue.
    let pool: any DatabaseWriter
    /// What the writer has learnt of the archive's outlets, places and actors, kept from one of its
    /// transactions to the next (checked at the start of each: see `WriterLookups`).
    let writerLookups = WriterLookups()

    /// How long a command waits for another process's write to finish before giving up.
    public static let busyTimeout: TimeInterval = 30

    /// Opens (creating it if needed) the archive at `path` and brings its schema up to date.
    /// A file written by a newer Morgue is refused untouched. An archive the user may not write
    /// (a read-only file or folder, a copy on a read-only share) is opened for searching only.
    public init(path: String) throws {
        self.path = path
        isReadOnly = Self.isReadOnlyFile(path)
        var configuration = Configuration()
        configuration.readonly = isReadOnly
        configuration.busyMode = .timeout(Archive.busyTimeout)
        configuration.foreignKeysEnabled = true
        let isWritable = !isReadOnly
        configuration.prepareDatabase { db in
            SearchRank.register(in: db)
            if isWritable {
                try db.execute(sql: "PRAGMA synchronous = NORMAL")
                // The writer's pages (indexes with random keys, full-text segments being merged) stay
                // in memory across a batch's transaction instead of being read again; readers keep a
                // search's doclists. SQLite's default is 2 MB.
                try db.execute(sql: "PRAGMA cache_size = \(db.configuration.readonly ? -16_384 : -32_768)")
                // SQLite copies each page a statement changes to a statement journal, so that a failing
                // INSERT can be undone alone; in memory rather than in a temporary file for the writer,
                // whose every INSERT of a batch has one (triggers, foreign keys). Readers keep files.
                if !db.configuration.readonly { try db.execute(sql: "PRAGMA temp_store = MEMORY") }
            }
        }
        do {
            pool = isReadOnly ? try DatabaseQueue(path: Self.immutableURI(path), configuration: configuration)
                              : try DatabasePool(path: path, configuration: configuration)
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
            if isReadOnly {
                let pending = SchemaMigrations.identifiers.filter { !applied.contains($0) }
                guard pending.isEmpty else {
                    throw ArchiveError.cannotOpen(path: path, reason: "it is read-only and needs upgrading to this "
                        + "version's schema (\(pending.joined(separator: ", "))); open it once where it is writable")
                }
            } else {
                try migrator.migrate(pool)
            }
        } catch let error as DatabaseError {
            throw ArchiveError.cannotOpen(path: path, reason: error.message ?? "\(error)")
        }
    }

    /// Whether `path` is an existing file this process may not write, or lies in a folder it may not
    /// write (SQLite needs to create its journal files beside the archive).
    private static func isReadOnlyFile(_ path: String) -> Bool {
        let manager = FileManager.default
        guard manager.fileExists(atPath: path) else { return false }
        let folder = (path as NSString).deletingLastPathComponent
        return !manager.isWritableFile(atPath: path) || !manager.isWritableFile(atPath: folder.isEmpty ? "." : folder)
    }

    /// A URI that opens the file as immutable: SQLite cannot open a WAL archive read-only in a folder
    /// where it may not create the `-shm` file, unless told that nobody writes it meanwhile.
    private static func immutableURI(_ path: String) -> String {
        var allowed = CharacterSet.urlPathAllowed
        allowed.remove(charactersIn: "?#%")
        let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
        return "file:" + (absolute.addingPercentEncoding(withAllowedCharacters: allowed) ?? absolute) + "?immutable=1"
    }

    /// Copies the archive to `destination`, consistently even while an ingest writes to it
    /// (SQLite's online backup). The copy is a complete archive that Morgue and sqlite3 can open.
    public func backup(to destination: String) throws {
        guard !FileManager.default.fileExists(atPath: destination) else {
            throw ArchiveError.cannotOpen(path: destination, reason: "a file is already there; choose a new name")
        }
        let copy = try DatabaseQueue(path: destination)
        try pool.backup(to: copy)
        try copy.close()
    }

    /// The migrations applied to this file, in order.
    public func appliedMigrations() throws -> [String] {
        try pool.read { db in
            try SchemaMigrations.identifiers.filter(try SchemaMigrations.migrator.appliedIdentifiers(db).contains)
        }
    }
}
