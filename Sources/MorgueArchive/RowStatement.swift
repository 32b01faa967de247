import GRDB
import GRDBSQLite

/// A prepared INSERT or UPDATE the writer runs once a row (a story, a quote, a date, a link), its
/// values bound straight into SQLite with GRDB's `StatementBinding` rather than first gathered into
/// `StatementArguments`: at some twenty rows a story, building those arrays of `DatabaseValue` was a
/// sixth of the writer's time.
///
///     try statements.insertDateMention.execute { row in
///         row.add(articleID); row.add(mention.span.start); row.add(mention.text)
///     }
struct RowStatement {
    let statement: Statement

    init(_ statement: Statement) {
        self.statement = statement
    }

    /// One row's values, bound in the order of the statement's `?` placeholders.
    struct Values {
        fileprivate let sqliteStatement: SQLiteStatement
        fileprivate var count: CInt = 0
        fileprivate var failure: CInt = SQLITE_OK

        /// Binds the next placeholder to `value`, or to NULL when it is nil.
        mutating func add(_ value: (some StatementBinding)?) {
            count += 1
            let code = value?.bind(to: sqliteStatement, at: count) ?? sqlite3_bind_null(sqliteStatement, count)
            if code != SQLITE_OK && failure == SQLITE_OK { failure = code }
        }
    }

    /// Binds one row's values with `bind`, then runs the statement.
    func execute(_ bind: (inout Values) -> Void) throws {
        let sqliteStatement = statement.sqliteStatement
        sqlite3_reset(sqliteStatement)
        var values = Values(sqliteStatement: sqliteStatement)
        bind(&values)
        guard values.failure == SQLITE_OK else {
            // SQLITE_TOOBIG: a text longer than SQLite takes (a billion bytes by default).
            throw DatabaseError(resultCode: ResultCode(rawValue: values.failure),
                                message: "SQLite refused a value: " + String(cString: sqlite3_errstr(values.failure)),
                                sql: statement.sql)
        }
        let expected = sqlite3_bind_parameter_count(sqliteStatement)
        guard values.count == expected else {
            throw DatabaseError(resultCode: .SQLITE_MISUSE,
                                message: "\(values.count) values bound to a statement that takes \(expected)",
                                sql: statement.sql)
        }
        let code = sqlite3_step(sqliteStatement)
        guard code == SQLITE_DONE else {
            let message = String(cString: sqlite3_errmsg(sqlite3_db_handle(sqliteStatement)))
            sqlite3_reset(sqliteStatement)
            throw DatabaseError(resultCode: ResultCode(rawValue: code), message: message, sql: statement.sql)
        }
        sqlite3_reset(sqliteStatement)
    }
}
