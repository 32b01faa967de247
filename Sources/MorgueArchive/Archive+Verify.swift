import Dispatch
import GRDB
import MorgueExtraction

extension Archive {
    /// Problems listed per check before the rest are only counted.
    public static let problemLimit = 20

    /// Checks that the archive holds what it says it holds, as a user would after a crash:
    /// SQLite's own integrity and foreign-key checks, both full-text indexes against their tables
    /// (every story and every quote indexed exactly once), and, unless `reextract` is false, that
    /// every story was stored whole: its stored quotes, attributions, dates and its counts of actor,
    /// outlet and place mentions equal what `extractor` finds in its stored text again.
    ///
    /// The extractor is deterministic, so a story stored half (or whose facts were lost) differs.
    /// Stories stored by an older version of the extractor differ too; re-ingest them to refresh.
    public func verify(reextract: Bool = true, extractor: Extractor = Extractor()) throws -> ArchiveVerification {
        var checks: [ArchiveVerification.Check] = []
        let (articles, quotes, unfinished) = try pool.read { db in
            (try Int.fetchOne(db, sql: "SELECT count(*) FROM article") ?? 0,
             try Int.fetchOne(db, sql: "SELECT count(*) FROM quote") ?? 0,
             try Int64.fetchAll(db, sql: "SELECT id FROM ingest_run WHERE status = 'running' ORDER BY id"))
        }
        checks.append(try pool.read { db in
            let rows = try String.fetchAll(db, sql: "PRAGMA integrity_check")
            return .init(name: "SQLite integrity check", examined: nil, problems: rows == ["ok"] ? [] : rows)
        })
        checks.append(try pool.read { db in
            let rows = try Row.fetchAll(db, sql: "PRAGMA foreign_key_check")
            let problems = rows.map { row -> String in
                let table: String = row[0]
                let rowid: Int64? = row[1]
                let parent: String = row[2]
                return "\(table) row \(rowid.map(String.init) ?? "?") points to a missing \(parent)"
            }
            return .init(name: "links between tables (foreign keys)", examined: nil, problems: problems)
        })
        checks.append(try indexCheck(table: "article", index: "article_fts", things: "story", count: articles))
        checks.append(try indexCheck(table: "quote", index: "quote_fts", things: "quote", count: quotes))
        if reextract {
            checks.append(try wholeStoriesCheck(extractor: extractor, count: articles))
        }
        var notes: [String] = []
        if !unfinished.isEmpty {
            notes.append("\(unfinished.count) ingest run\(unfinished.count == 1 ? "" : "s") never finished "
                + "(interrupted, or still running): run \(unfinished.map(String.init).joined(separator: ", ")). "
                + "Each batch of stories is stored whole; ingest the same files again to complete it.")
        }
        return ArchiveVerification(checks: checks, notes: notes, articleCount: articles, quoteCount: quotes)
    }

    /// Every row of `table` has exactly one document in its external-content FTS5 index, the index
    /// has none for missing rows, and FTS5's own integrity check agrees with the table's text.
    private func indexCheck(table: String, index: String, things: String, count: Int) throws -> ArchiveVerification.Check {
        var problems = try pool.read { db in
            let missing = try Int64.fetchAll(db, sql: """
                SELECT id FROM \(table) WHERE id NOT IN (SELECT id FROM \(index)_docsize) ORDER BY id
                """)
            let orphans = try Int64.fetchAll(db, sql: """
                SELECT id FROM \(index)_docsize WHERE id NOT IN (SELECT id FROM \(table)) ORDER BY id
                """)
            return missing.map { "\(things) \($0) is not in the search index" }
                + orphans.map { "the search index holds \(things) \($0), which the archive does not" }
        }
        // FTS5's integrity check is an INSERT command: run it in a transaction that is rolled back,
        // and not at all on an archive opened read-only.
        if !isReadOnly {
            do {
                try pool.writeWithoutTransaction { db in
                    try db.inTransaction {
                        try db.execute(sql: "INSERT INTO \(index)(\(index)) VALUES ('integrity-check')")
                        return .rollback
                    }
                }
            } catch let error as DatabaseError {
                problems.append("SQLite's check of \(index) failed: \(error.message ?? "\(error)")")
            }
        }
        return .init(name: "every \(things) in the search index (\(index))", examined: count,
                     problems: Self.limited(problems))
    }

    /// Re-extracts every stored story, a page at a time on every core, and compares its stored facts.
    private func wholeStoriesCheck(extractor: Extractor, count: Int) throws -> ArchiveVerification.Check {
        var problems: [String] = []
        var lastID: Int64 = 0
        var examined = 0
        while true {
            let page = try pool.read { db in
                try Row.fetchAll(db, sql: """
                    SELECT a.id, a.url, a.body, a.published_date, o.name AS outlet FROM article a
                    LEFT JOIN outlet o ON o.id = a.outlet_id WHERE a.id > ? ORDER BY a.id LIMIT 256
                    """, arguments: [lastID]).map { row in
                    (id: row["id"] as Int64, url: row["url"] as String?,
                     draft: ArticleDraft(outlet: row["outlet"], published: (row["published_date"] as String?).flatMap(DateParser.parse),
                                         body: row["body"]),
                     stored: try FactTally(storedFor: row["id"], in: db))
                }
            }
            guard let last = page.last else { break }
            let found = Self.parallelMap(page.map(\.draft)) { FactTally(extractor.extract($0)) }
            for (article, expected) in zip(page, found) where article.stored != expected {
                problems.append("story \(article.id)\(article.url.map { " (\($0))" } ?? ""): "
                    + article.stored.differences(from: expected).joined(separator: "; "))
            }
            examined += page.count
            lastID = last.id
        }
        return .init(name: "every story stored whole (facts equal a fresh extraction of its text)",
                     examined: examined, problems: Self.limited(problems))
    }

    private static func limited(_ problems: [String]) -> [String] {
        guard problems.count > problemLimit else { return problems }
        return Array(problems.prefix(problemLimit)) + ["… and \(problems.count - problemLimit) more"]
    }

    private static func parallelMap<Input: Sendable, Output: Sendable>(
        _ items: [Input], _ transform: @Sendable (Input) -> Output
    ) -> [Output] {
        var results = [Output?](repeating: nil, count: items.count)
        results.withUnsafeMutableBufferPointer { buffer in
            nonisolated(unsafe) let slots = buffer
            DispatchQueue.concurrentPerform(iterations: items.count) { slots[$0] = transform(items[$0]) }
        }
        return results.map { $0! }
    }
}
