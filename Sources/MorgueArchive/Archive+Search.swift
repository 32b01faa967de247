import GRDB
import MorgueExtraction

extension Archive {
    /// Stories matching `query`, best match first (bm25, titles weighing ten times body words), or
    /// newest first when no words are searched for.
    public func searchArticles(_ query: ArticleQuery) throws -> [ArticleHit] {
        var sql = SQLBuilder()
        let pattern = try query.text.map { try Self.pattern(for: $0, raw: query.isRawFTS5, columns: ["title", "body"]) }
        var select = "a.id, a.title, o.name AS outlet, a.published_date, a.url, a.source_path"
        if pattern != nil {
            select += ", snippet(article_fts, 1, '**', '**', '…', 24) AS snippet, bm25(article_fts, 10.0, 1.0) AS rank"
            sql.from = "article_fts JOIN article a ON a.id = article_fts.rowid LEFT JOIN outlet o ON o.id = a.outlet_id"
            sql.where("article_fts MATCH ?", pattern)
        } else {
            select += ", substr(a.body, 1, 160) AS snippet, NULL AS rank"
            sql.from = "article a LEFT JOIN outlet o ON o.id = a.outlet_id"
        }
        if let outlet = query.outlet {
            let ids = try outletIDs(matching: outlet)
            let list = SQLBuilder.list(ids.count)
            select += ", CASE WHEN a.outlet_id IN \(list) THEN 'publisher' ELSE 'cited' END AS outlet_match"
            sql.selectArguments += StatementArguments(ids)
            sql.where("""
                (a.outlet_id IN \(list) OR a.id IN (SELECT article_id FROM article_outlet WHERE role = 'cited'
                    AND outlet_id IN \(list)))
                """, ids + ids)
        }
        Self.addCommonFilters(to: &sql, since: query.since, until: query.until)
        if let actor = query.actor {
            let keys = Self.actorKeys(actor)
            sql.where("""
                a.id IN (SELECT article_id FROM article_actor WHERE actor_id IN
                    (SELECT actor_id FROM actor_alias WHERE alias_key IN \(SQLBuilder.list(keys.count))))
                """, keys)
        }
        if let location = query.location {
            sql.where("""
                a.id IN (SELECT al.article_id FROM article_location al JOIN location l ON l.id = al.location_id
                    WHERE l.name = ? COLLATE NOCASE OR l.country_code = ? COLLATE NOCASE)
                """, [location, location])
        }
        let order = pattern != nil ? "rank, a.published_date DESC" : "a.published_date DESC, a.id DESC"
        let statement = "SELECT \(select) FROM \(sql.from) \(sql.whereClause) ORDER BY \(order) LIMIT ?"
        let arguments = sql.selectArguments + sql.arguments + [query.limit]
        return try pool.read { db in
            try Row.fetchAll(db, sql: statement, arguments: arguments).map { row in
                ArticleHit(id: row["id"], title: row["title"], outlet: row["outlet"], published: row["published_date"],
                           url: row["url"], sourcePath: row["source_path"],
                           snippet: Self.oneLine(row["snippet"] ?? ""), rank: row["rank"],
                           outletMatch: row["outlet_match"])
            }
        }
    }

    /// Quotes matching `query`, newest story first.
    public func quotes(_ query: QuoteQuery) throws -> [QuoteHit] {
        var sql = SQLBuilder()
        sql.from = "quote q JOIN article a ON a.id = q.article_id LEFT JOIN outlet o ON o.id = a.outlet_id "
            + "LEFT JOIN actor ac ON ac.id = q.actor_id"
        if let text = query.text {
            let pattern = try Self.pattern(for: text, raw: query.isRawFTS5, columns: ["text"])
            sql.where("q.id IN (SELECT rowid FROM quote_fts WHERE quote_fts MATCH ?)", [pattern])
        }
        if let speaker = query.speaker {
            let keys = Self.actorKeys(speaker)
            sql.where("""
                (q.actor_id IN (SELECT actor_id FROM actor_alias WHERE alias_key IN \(SQLBuilder.list(keys.count)))
                 OR q.speaker LIKE ? ESCAPE '\\' OR q.speaker_handle = ? COLLATE NOCASE)
                """, keys + ["%" + Self.escapeLike(speaker) + "%", speaker])
        }
        if let outlet = query.outlet {
            let ids = try outletIDs(matching: outlet)
            let list = SQLBuilder.list(ids.count)
            sql.where("""
                (a.outlet_id IN \(list) OR a.id IN (SELECT article_id FROM article_outlet WHERE outlet_id IN \(list)))
                """, ids + ids)
        }
        Self.addCommonFilters(to: &sql, since: query.since, until: query.until)
        let statement = """
            SELECT q.id, q.text, coalesce(ac.name, q.speaker) AS speaker, q.speaker_role, q.speaker_handle, q.cue,
                q.kind, q.said_on, q.article_id, a.title, o.name AS outlet, a.published_date, q.start, q."end",
                q.text_key,
                (SELECT group_concat(article_id) FROM (SELECT DISTINCT q2.article_id FROM quote q2
                    JOIN article a2 ON a2.id = q2.article_id WHERE q2.text_key = q.text_key
                    ORDER BY a2.published_date, a2.id)) AS carried_by
            FROM \(sql.from) \(sql.whereClause)
            ORDER BY a.published_date DESC, a.id DESC, q.start
            LIMIT ?
            """
        return try pool.read { db in
            try Row.fetchAll(db, sql: statement, arguments: sql.arguments + [query.limit]).map { row in
                let carried: String = row["carried_by"] ?? ""
                return QuoteHit(id: row["id"], text: row["text"], speaker: row["speaker"],
                                speakerRole: row["speaker_role"], speakerHandle: row["speaker_handle"], cue: row["cue"],
                                kind: row["kind"], saidOn: row["said_on"], articleID: row["article_id"],
                                articleTitle: row["title"], outlet: row["outlet"], published: row["published_date"],
                                start: row["start"], end: row["end"], quoteKey: row["text_key"],
                                carriedBy: carried.split(separator: ",").compactMap { Int64($0) })
            }
        }
    }

    /// The ids of the outlets `name` may mean: its canonical form through the outlet table, and any
    /// outlet whose name matches as typed.
    func outletIDs(matching name: String) throws -> [Int64] {
        let canonical = OutletCatalog.standard.canonicalName(for: name) ?? name
        let ids = try pool.read { db in
            try Int64.fetchAll(db, sql: "SELECT id FROM outlet WHERE name = ? OR name = ?", arguments: [canonical, name])
        }
        return ids.isEmpty ? [-1] : ids
    }

    /// The alias keys a user's name for an actor may match: as a person's name and as an organisation's.
    static func actorKeys(_ name: String) -> [String] {
        Array(Set([NameKey.fold(name, isPerson: true), NameKey.fold(name, isPerson: false)]).filter { !$0.isEmpty })
            .sorted()
    }

    /// The user's search text as an FTS5 query: words to find (all of them), unless `raw`. A raw
    /// query may filter on the index's `columns` (`title:harbour`).
    static func pattern(for text: String, raw: Bool, columns: [String]) throws -> FTS5Pattern {
        if raw {
            do {
                return try FTS5Pattern(rawPattern: text, allowedColumns: columns)
            } catch let error as DatabaseError {
                throw ArchiveError.invalidSearchSyntax(query: text, reason: error.message ?? "syntax error")
            }
        }
        guard let pattern = FTS5Pattern(matchingAllTokensIn: text) else {
            throw ArchiveError.invalidSearchSyntax(query: text, reason: "it has no words to search for")
        }
        return pattern
    }

    static func addCommonFilters(to sql: inout SQLBuilder, since: NewsDate?, until: NewsDate?) {
        if let since { sql.where("a.published_date >= ?", [since.description]) }
        if let until { sql.where("a.published_date <= ?", [until.description]) }
    }

    static func escapeLike(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "%", with: "\\%")
            .replacingOccurrences(of: "_", with: "\\_")
    }

    static func oneLine(_ text: String) -> String {
        text.split(whereSeparator: \.isNewline).joined(separator: " ")
    }
}
