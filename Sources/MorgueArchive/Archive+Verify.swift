import GRDB
import MorgueExtraction

extension Archive {
    /// Problems listed per check before the rest are only counted.
    public static let problemLimit = 20

    /// Checks that the archive holds what it says it holds, as a user would after a crash:
    /// SQLite's own integrity and foreign-key checks, both full-text indexes against their tables
    /// (every story and every quote indexed exactly once), that every story still holds the facts
    /// recorded with it when it was stored, and, unless `reextract` is false, that every story
    /// extracted by the current rules was stored whole: its stored quotes, attributions, dates and its
    /// counts of actor, outlet and place mentions equal what `extractor` finds in its text again.
    ///
    /// The extractor is deterministic, so a story stored half (or whose facts were lost) differs.
    /// Stories extracted by older rules are not compared with a fresh extraction but counted in a
    /// note: they are out of date, not damaged (`reextract(…)` refreshes them).
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
        let facts = try storedFactsChecks(reextract: reextract, extractor: extractor)
        checks += facts.checks
        var notes: [String] = []
        if facts.otherRules > 0 {
            notes.append("\(facts.otherRules) stor\(facts.otherRules == 1 ? "y was" : "ies were") extracted by older "
                + "extraction rules than this Morgue's (version \(Extractor.rulesVersion)) and not compared with a "
                + "fresh extraction; `morgue reextract` brings \(facts.otherRules == 1 ? "it" : "them") up to date.")
        }
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

    /// Two checks in one pass over the stories, a page at a time: every story still holds the facts
    /// stored with it (recounted against `article.facts_stored`, whatever rules extracted them), and,
    /// when `reextract` is true, a story extracted by the current rules holds exactly what a fresh
    /// extraction of its text finds (on every core). Stories extracted by other rules are counted.
    private func storedFactsChecks(reextract: Bool, extractor: Extractor) throws
        -> (checks: [ArchiveVerification.Check], otherRules: Int)
    {
        var lost: [String] = []
        var differing: [String] = []
        var lastID: Int64 = 0
        var tallied = 0, reextracted = 0, otherRules = 0
        while true {
            let page = try pool.read { db in
                try Row.fetchAll(db, sql: """
                    SELECT a.id, a.url, a.body, a.published_date, a.extracted_by, a.facts_stored, o.name AS outlet
                    FROM article a LEFT JOIN outlet o ON o.id = a.outlet_id WHERE a.id > ? ORDER BY a.id LIMIT 256
                    """, arguments: [lastID]).map { row in
                    (id: row["id"] as Int64, url: row["url"] as String?,
                     current: (row["extracted_by"] as Int?) == Extractor.rulesVersion,
                     factsStored: row["facts_stored"] as String?,
                     draft: ArticleDraft(outlet: row["outlet"], published: (row["published_date"] as String?).flatMap(DateParser.parse),
                                         body: row["body"]),
                     stored: try FactTally(storedFor: row["id"], in: db))
                }
            }
            guard let last = page.last else { break }
            func name(_ article: (id: Int64, url: String?)) -> String {
                "story \(article.id)\(article.url.map { " (\($0))" } ?? "")"
            }
            for article in page {
                guard let factsStored = article.factsStored else { continue }
                tallied += 1
                let differences = article.stored.differences(fromStored: factsStored)
                if !differences.isEmpty {
                    lost.append("\(name((article.id, article.url))): " + differences.joined(separator: "; "))
                }
            }
            otherRules += page.filter { !$0.current }.count
            if reextract {
                let current = page.filter(\.current)
                let found = Self.parallelMap(current.map(\.draft)) { FactTally(extractor.extract($0)) }
                for (article, expected) in zip(current, found) where article.stored != expected {
                    differing.append("\(name((article.id, article.url))): "
                        + article.stored.differences(from: expected).joined(separator: "; "))
                }
                reextracted += current.count
            }
            lastID = last.id
        }
        var checks: [ArchiveVerification.Check] = [
            .init(name: "every story holds the facts stored with it (nothing lost since)",
                  examined: tallied, problems: Self.limited(lost)),
        ]
        if reextract {
            checks.append(.init(name: "every story extracted by these rules stored whole (equal to a fresh extraction)",
                                examined: reextracted, problems: Self.limited(differing)))
        }
        return (checks, otherRules)
    }

    private static func limited(_ problems: [String]) -> [String] {
        guard problems.count > problemLimit else { return problems }
        return Array(problems.prefix(problemLimit)) + ["… and \(problems.count - problemLimit) more"]
    }
}
