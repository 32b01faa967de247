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

/// The facts of one story in a form both an `Extraction` and the stored rows give, so that the two
/// can be compared: spans and texts where rows keep them one for one, mention totals where rows
/// merge mentions (actors, outlets and places are stored once a story, with a count).
struct FactTally: Hashable {
    struct QuoteKey: Hashable, Comparable {
        var start: Int, end: Int, kind: String, text: String
        static func < (a: Self, b: Self) -> Bool { (a.start, a.end, a.kind, a.text) < (b.start, b.end, b.kind, b.text) }
    }
    struct SpanKey: Hashable, Comparable {
        var start: Int, end: Int, value: String
        static func < (a: Self, b: Self) -> Bool { (a.start, a.end, a.value) < (b.start, b.end, b.value) }
    }

    var quotes: [QuoteKey]
    var attributions: [SpanKey]
    var dates: [SpanKey]
    var actorMentions: Int
    var outletMentions: Int
    var locationMentions: Int

    init(_ extraction: Extraction) {
        quotes = extraction.quotes.map { QuoteKey(start: $0.span.start, end: $0.span.end, kind: $0.kind.rawValue, text: $0.text) }.sorted()
        attributions = extraction.attributions.map { SpanKey(start: $0.sourceSpan.start, end: $0.sourceSpan.end, value: $0.cue) }.sorted()
        dates = extraction.dates.map { SpanKey(start: $0.span.start, end: $0.span.end, value: $0.date.description) }.sorted()
        actorMentions = extraction.actors.reduce(0) { $0 + $1.mentions.count }
        outletMentions = extraction.outlets.filter { $0.span != nil }.count
        locationMentions = extraction.locations.count
    }

    init(storedFor articleID: Int64, in db: Database) throws {
        let arguments: StatementArguments = [articleID]
        quotes = try Row.fetchAll(db.cachedStatement(sql: "SELECT start, \"end\", kind, text FROM quote WHERE article_id = ?"),
                                  arguments: arguments).map { QuoteKey(start: $0[0], end: $0[1], kind: $0[2], text: $0[3]) }.sorted()
        attributions = try Row.fetchAll(db.cachedStatement(sql: "SELECT source_start, source_end, cue FROM attribution WHERE article_id = ?"),
                                        arguments: arguments).map { SpanKey(start: $0[0], end: $0[1], value: $0[2]) }.sorted()
        dates = try Row.fetchAll(db.cachedStatement(sql: "SELECT start, \"end\", date FROM date_mention WHERE article_id = ?"),
                                 arguments: arguments).map { SpanKey(start: $0[0], end: $0[1], value: $0[2]) }.sorted()
        actorMentions = try Int.fetchOne(db.cachedStatement(sql: "SELECT coalesce(sum(mentions), 0) FROM article_actor WHERE article_id = ?"),
                                         arguments: arguments) ?? 0
        outletMentions = try Int.fetchOne(db.cachedStatement(sql: "SELECT coalesce(sum(mentions), 0) FROM article_outlet WHERE article_id = ?"),
                                          arguments: arguments) ?? 0
        locationMentions = try Int.fetchOne(db.cachedStatement(sql: "SELECT coalesce(sum(mentions), 0) FROM article_location WHERE article_id = ?"),
                                            arguments: arguments) ?? 0
    }

    /// What differs, as "3 quotes stored, 4 found in its text".
    func differences(from found: FactTally) -> [String] {
        var lines: [String] = []
        func compare<T: Equatable>(_ stored: [T], _ fresh: [T], _ what: String) {
            if stored == fresh { return }
            lines.append(stored.count == fresh.count ? "its \(what) differ from those found in its text"
                                                     : "\(stored.count) \(what) stored, \(fresh.count) found in its text")
        }
        func compare(_ stored: Int, _ fresh: Int, _ what: String) {
            if stored != fresh { lines.append("\(stored) \(what) stored, \(fresh) found in its text") }
        }
        compare(quotes, found.quotes, "quotes")
        compare(attributions, found.attributions, "attributions")
        compare(dates, found.dates, "dates")
        compare(actorMentions, found.actorMentions, "actor mentions")
        compare(outletMentions, found.outletMentions, "outlet mentions")
        compare(locationMentions, found.locationMentions, "place mentions")
        return lines
    }
}
