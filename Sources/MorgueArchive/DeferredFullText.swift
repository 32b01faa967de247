import GRDB

/// The stories and quotes a write transaction inserted, indexed for full-text search by the writer
/// itself in one statement per run of consecutive ids rather than row by row by the insert triggers.
///
/// FTS5 writes the words it holds in memory to a new index segment whenever a statement opens or
/// releases a savepoint on it, which every INSERT after the first in a transaction does: indexed by
/// triggers, each story became a segment of its own, and merging those was most of the writer's
/// work. `begin(in:)` sets `full_text_deferral.is_deferred`, which the insert triggers check
/// (migration 0006); `end()` indexes what is pending and clears it, inside the same transaction, so
/// no other connection ever sees it set and a story is stored whole with its index or not at all.
final class DeferredFullText {
    private let db: Database
    private var articleIDs: [Int64] = []
    private var quoteIDs: [Int64] = []

    private init(db: Database) {
        self.db = db
    }

    /// Turns the insert triggers off for the rest of this transaction, until `end()`.
    static func begin(in db: Database) throws -> DeferredFullText {
        try db.execute(sql: "UPDATE full_text_deferral SET is_deferred = 1 WHERE id = 1")
        return DeferredFullText(db: db)
    }

    /// A story whose row was just inserted.
    func addArticle(_ id: Int64) { articleIDs.append(id) }

    /// A quote whose row was just inserted.
    func addQuote(_ id: Int64) { quoteIDs.append(id) }

    /// Indexes the stories and quotes inserted so far. Must run before a story or quote row is
    /// updated or deleted: the update and delete triggers remove its words from the index, which
    /// FTS5 expects to find there.
    func flush() throws {
        try index(&articleIDs, sql: """
            INSERT INTO article_fts(rowid, title, body) SELECT id, title, body FROM article WHERE id BETWEEN ? AND ?
            """)
        try index(&quoteIDs, sql: """
            INSERT INTO quote_fts(rowid, text) SELECT id, text FROM quote WHERE id BETWEEN ? AND ?
            """)
    }

    /// Indexes what is pending and turns the insert triggers back on; last in the transaction.
    func end() throws {
        try flush()
        try db.execute(sql: "UPDATE full_text_deferral SET is_deferred = 0 WHERE id = 1")
    }

    /// Runs `sql` once for each run of consecutive ids in `ids` (one run when rows are inserted one
    /// after another, as the writer does), then forgets them.
    private func index(_ ids: inout [Int64], sql: String) throws {
        guard var first = ids.first else { return }
        let statement = try db.cachedStatement(sql: sql)
        var last = first
        for id in ids.dropFirst() {
            if id == last + 1 {
                last = id
                continue
            }
            try statement.execute(arguments: [first, last])
            (first, last) = (id, id)
        }
        try statement.execute(arguments: [first, last])
        ids.removeAll(keepingCapacity: true)
    }
}
