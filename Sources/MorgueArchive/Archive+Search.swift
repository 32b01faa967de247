import GRDB
import MorgueExtraction

extension Archive {
    /// How many matching stories bm25 ranks at most: when more match, the newest this many (by the
    /// order they were stored) are ranked and the rest left out. Ranking costs 1 to 2 µs a
    /// story, so a word found in every story of a large archive would otherwise cost its whole size.
    public static let rankingWindow = 1_000

    /// Stories matching `query`, best match first (bm25, titles weighing ten times body words: see
    /// `SearchRank`), or
    /// newest first when no words are searched for. When more than `rankingWindow` stories match the
    /// words and filters, only the `rankingWindow` most recently stored of them are ranked.
    public func searchArticles(_ query: ArticleQuery) throws -> [ArticleHit] {
        guard let text = query.text else { return try newestArticles(query) }
        let pattern = try Self.pattern(for: text, raw: query.isRawFTS5, columns: ["title", "body"])
        let outletIDs = try query.outlet.map(outletIDs(matching:))
        let filters = Self.storyFilters(query, outletIDs: outletIDs)
        return try pool.read { db in
            let window = query.limit < Self.rankingWindow ? Self.rankingWindow : nil
            var plan = try SearchPlan.choose(for: pattern, filters: filters, window: window, in: db)
            var ranked = try Self.rankedMatches(pattern, plan: plan, window: window, limit: query.limit, in: db)
            if plan.lowestID > 0, let window, ranked.windowed < window {
                plan = try plan.unbounded(in: db)
                ranked = try Self.rankedMatches(pattern, plan: plan, window: window, limit: query.limit, in: db)
            }
            return try Self.hits(ranked.best, pattern: pattern, outletIDs: outletIDs, filtered: !filters.isEmpty, in: db)
        }
    }

    /// The ids of every story matching `query`'s words and filters, unranked: what a user event's
    /// query holds.
    func matchingArticleIDs(_ query: ArticleQuery) throws -> [Int64] {
        guard let text = query.text else { return try newestArticles(query).map(\.id) }
        let pattern = try Self.pattern(for: text, raw: query.isRawFTS5, columns: ["title", "body"])
        let filters = Self.storyFilters(query, outletIDs: try query.outlet.map(outletIDs(matching:)))
        return try pool.read { db in
            let plan = try SearchPlan.walk(filters, in: db)
            return try Int64.fetchAll(db.cachedStatement(sql: "SELECT rowid FROM article_fts WHERE article_fts MATCH ? \(plan.sql) ORDER BY rowid"),
                                      arguments: [pattern] + plan.arguments)
        }
    }

    /// The filters of `query`, each the set of story ids it lets through from a lowest id on, read
    /// from an index alone (dates, outlets, actors, places): the stories' own rows are never read to
    /// filter. (`+id` keeps SQLite reading the dates' index rather than every story from that id.)
    private static func storyFilters(_ query: ArticleQuery, outletIDs: [Int64]?) -> [StoryFilter] {
        var filters: [StoryFilter] = []
        if query.since != nil || query.until != nil {
            let since = query.since?.description ?? "0000-00-00", until = query.until?.description ?? "9999-99-99"
            filters.append(StoryFilter(ids: "SELECT id FROM article WHERE published_date BETWEEN ? AND ? AND +id >= ?") {
                [since, until, $0]
            })
        }
        if let ids = outletIDs {
            let list = SQLBuilder.list(ids.count)
            filters.append(StoryFilter(ids: """
                SELECT id FROM article WHERE outlet_id IN \(list) AND id >= ?
                UNION ALL SELECT article_id FROM article_outlet WHERE outlet_id IN \(list) AND role = 'cited' AND article_id >= ?
                """) { StatementArguments(ids) + [$0] + StatementArguments(ids) + [$0] })
        }
        if let actor = query.actor {
            let keys = actorKeys(actor)
            filters.append(StoryFilter(ids: """
                SELECT article_id FROM article_actor WHERE actor_id IN
                    (SELECT actor_id FROM actor_alias WHERE alias_key IN \(SQLBuilder.list(keys.count))) AND article_id >= ?
                """) { StatementArguments(keys) + [$0] })
        }
        if let location = query.location {
            filters.append(StoryFilter(ids: """
                SELECT al.article_id FROM article_location al WHERE al.location_id IN
                    (SELECT id FROM location WHERE name = ? COLLATE NOCASE OR country_code = ? COLLATE NOCASE)
                    AND al.article_id >= ?
                """) { [location, location, $0] })
        }
        return filters
    }

    /// The best `limit` matches with their bm25 rank, best first (the most recently stored first
    /// among equals), and how many were ranked. With a `window`, only that many most recently
    /// stored matches are ranked: FTS5 walks its index newest first, ranking as it goes, and stops
    /// there. Each story's length comes from FTS5's `article_fts_docsize` through the join on its
    /// primary key (see `SearchRank`).
    static func rankedMatches(_ pattern: FTS5Pattern, plan: SearchPlan, window: Int?, limit: Int,
                              in db: Database) throws -> (best: [(Int64, Double)], windowed: Int) {
        let rows = try Row.fetchAll(db.cachedStatement(sql: """
            SELECT rowid, rank, count(*) OVER () FROM (
                SELECT article_fts.rowid, morgue_bm25(article_fts, 10.0, 1.0, sizes.sz) AS rank FROM article_fts
                LEFT JOIN article_fts_docsize sizes ON sizes.id = article_fts.rowid
                WHERE article_fts MATCH ? \(plan.sql) ORDER BY article_fts.rowid DESC LIMIT ?)
            ORDER BY rank, rowid DESC LIMIT ?
            """), arguments: [pattern] + plan.arguments + [window ?? -1, limit])
        return (rows.map { ($0[0], $0[1]) }, rows.first?[2] ?? 0)
    }

    /// Stories of a filtered search spanning at most this many ids get their snippets from one walk
    /// of the words' list over that span (some 40 ns a story it holds); stories further apart are
    /// looked up one by one (some 35 µs each, a search of every index segment for every word).
    static let snippetWalkSpan: Int64 = 20_000

    /// The ranked stories with their snippets, in rank order. Snippets are made for these stories
    /// only: in one pass of FTS5 over the range of ids they span, unless a filter scattered them
    /// across the archive (`snippetWalkSpan`) and the pass would read all of a common word's list:
    /// then each story is looked up. (Without filters, far-apart stories are those of rare words,
    /// whose lists are short.)
    private static func hits(_ ranked: [(Int64, Double)], pattern: FTS5Pattern, outletIDs: [Int64]?,
                             filtered: Bool, in db: Database) throws -> [ArticleHit] {
        guard let first = ranked.first?.0 else { return [] }
        let ids = ranked.map(\.0)
        let list = SQLBuilder.list(ids.count)
        let (low, high) = ids.reduce((first, first)) { (min($0.0, $1), max($0.1, $1)) }
        let walks = !filtered || high - low < snippetWalkSpan
        let stories = walks ? "rowid BETWEEN ? AND ? AND +rowid IN \(list)" : "rowid IN \(list)"
        let storyArguments = StatementArguments(walks ? [low, high] : []) + StatementArguments(ids)
        var snippets: [Int64: String] = [:]
        for row in try Row.fetchAll(db.cachedStatement(sql: """
            SELECT rowid, morgue_snippet(article_fts, 1, '**', '**', '…', 24) FROM article_fts
            WHERE article_fts MATCH ? AND \(stories)
            """), arguments: [pattern] + storyArguments) {
            snippets[row[0]] = row[1]
        }
        var outletMatch = "NULL"
        var arguments: StatementArguments = []
        if let outletIDs {
            outletMatch = "CASE WHEN a.outlet_id IN \(SQLBuilder.list(outletIDs.count)) THEN 'publisher' ELSE 'cited' END"
            arguments += StatementArguments(outletIDs)
        }
        var rows: [Int64: Row] = [:]
        for row in try Row.fetchAll(db.cachedStatement(sql: """
            SELECT a.id, a.title, o.name AS outlet, a.published_date, a.url, a.source_path, \(outletMatch) AS outlet_match
            FROM article a LEFT JOIN outlet o ON o.id = a.outlet_id WHERE a.id IN \(list)
            """), arguments: arguments + StatementArguments(ids)) {
            rows[row["id"]] = row
        }
        return ranked.compactMap { id, rank in
            guard let row = rows[id] else { return nil }
            return ArticleHit(id: id, title: row["title"], outlet: row["outlet"], published: row["published_date"],
                              url: row["url"], sourcePath: row["source_path"], snippet: oneLine(snippets[id] ?? ""),
                              rank: rank, outletMatch: row["outlet_match"])
        }
    }

    /// Stories passing `query`'s filters (it has no words), newest first.
    private func newestArticles(_ query: ArticleQuery) throws -> [ArticleHit] {
        var sql = SQLBuilder()
        var select = "a.id, a.title, o.name AS outlet, a.published_date, a.url, a.source_path, "
            + "substr(a.body, 1, 160) AS snippet"
        sql.from = "article a LEFT JOIN outlet o ON o.id = a.outlet_id"
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
        let statement = "SELECT \(select) FROM \(sql.from) \(sql.whereClause) ORDER BY a.published_date DESC, a.id DESC LIMIT ?"
        return try pool.read { db in
            try Row.fetchAll(db, sql: statement, arguments: sql.selectArguments + sql.arguments + [query.limit]).map { row in
                ArticleHit(id: row["id"], title: row["title"], outlet: row["outlet"], published: row["published_date"],
                           url: row["url"], sourcePath: row["source_path"],
                           snippet: Self.oneLine(row["snippet"] ?? ""), rank: nil, outletMatch: row["outlet_match"])
            }
        }
    }

    /// Quotes matching `query`, newest story first. The quotes to show are chosen first, from their
    /// ids, stories' dates and offsets alone; only those are then read whole with the stories
    /// carrying the same words (`carried_by`), not every quote of a speaker quoted a thousand times.
    public func quotes(_ query: QuoteQuery) throws -> [QuoteHit] {
        var sql = SQLBuilder()
        sql.from = "quote q JOIN article a ON a.id = q.article_id"
        if let text = query.text {
            let pattern = try Self.pattern(for: text, raw: query.isRawFTS5, columns: ["text"])
            sql.where("q.id IN (SELECT rowid FROM quote_fts WHERE quote_fts MATCH ?)", [pattern])
        }
        if let speaker = query.speaker {
            let keys = Self.actorKeys(speaker)
            sql.where("""
                (q.actor_id IN (SELECT actor_id FROM actor_alias WHERE alias_key IN \(SQLBuilder.list(keys.count)))
                 OR q.speaker IN (SELECT name FROM speaker_name WHERE name LIKE ? ESCAPE '\\')
                 OR q.speaker_handle = ? COLLATE NOCASE)
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
            FROM (SELECT q.id FROM \(sql.from) \(sql.whereClause)
                  ORDER BY a.published_date DESC, a.id DESC, q.start LIMIT ?) chosen
            JOIN quote q ON q.id = chosen.id JOIN article a ON a.id = q.article_id
            LEFT JOIN outlet o ON o.id = a.outlet_id LEFT JOIN actor ac ON ac.id = q.actor_id
            ORDER BY a.published_date DESC, a.id DESC, q.start
            """
        return try pool.read { db in
            try Row.fetchAll(db.cachedStatement(sql: statement), arguments: sql.arguments + [query.limit]).map { row in
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
