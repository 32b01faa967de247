import GRDB
import GRDBSQLite

/// An auxiliary function of FTS5, like its own `bm25()` and `snippet()`, made available on a connection.
enum FTS5Function {
    /// Registers `function` as `name` with `db`'s FTS5; failing to is a programming error.
    static func register(_ name: String, in db: Database, _ function: fts5_extension_function) {
        let api = FTS5.api(db)
        let code = name.withCString { name in
            api.pointee.xCreateFunction(UnsafeMutablePointer(mutating: api), name, nil, function, nil)
        }
        precondition(code == SQLITE_OK, "cannot register \(name) (SQLite error \(code))")
    }
}
