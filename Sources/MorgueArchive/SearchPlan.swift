import GRDB

/// One filter of a search (a date range, an outlet, an actor, a place): a query giving the ids of
/// the stories it lets through, read from an index alone.
struct StoryFilter {
    var ids: String
    var arguments: StatementArguments

    init(_ ids: String, _ values: [(any DatabaseValueConvertible)?]) {
        self.ids = ids
        self.arguments = StatementArguments(values)
    }
}

/// How a search with filters meets its matches: the conditions it adds to the full-text query on
/// `article_fts.rowid`, and their arguments.
///
/// Either FTS5 walks the words' list of stories, newest first, and each story is looked for in the
/// filters' sets of ids (cheap when the words are rare, or when the filters let many stories
/// through, since the walk stops once `rankingWindow` stories passed); or, when the words are common
/// and one filter lets only a few stories through, FTS5 looks up those stories one by one (15 to 110
/// µs a story, a search of each index segment) instead of walking a list of tens of thousands.
struct SearchPlan {
    var sql: String
    var arguments: StatementArguments

    /// The most stories a plan looks up one by one, the cost of a walk of some 10,000 stories.
    static let lookupLimit = 100
    /// Words matching at least this many stories are common: walking their list past a filter that
    /// lets few stories through costs more than looking those stories up.
    static let commonMatchCount = 4_000

    /// Walks the words' list; each story is looked for in every filter's set of ids, built once. The
    /// `+` keeps SQLite from driving the full-text search from a set, one FTS5 lookup a story.
    static func walk(_ filters: [StoryFilter]) -> SearchPlan {
        var plan = SearchPlan(sql: "", arguments: [])
        for filter in filters {
            plan.sql += " AND +article_fts.rowid IN (\(filter.ids))"
            plan.arguments += filter.arguments
        }
        return plan
    }

    /// Looks up the stories of one filter, `ids`, and the other filters' sets as in a walk.
    static func lookUp(_ ids: [Int64], filteredBy others: [StoryFilter]) -> SearchPlan {
        var plan = walk(others)
        plan.sql = " AND article_fts.rowid IN (SELECT value FROM json_each(?))" + plan.sql
        plan.arguments = ["[" + ids.map(String.init).joined(separator: ",") + "]"] + plan.arguments
        return plan
    }

    /// The cheaper plan for `pattern` under `filters`, from how many stories each side holds: the
    /// words' matches counted up to `commonMatchCount`, each filter's stories up to `lookupLimit`
    /// (both read from indexes, a fraction of a millisecond).
    static func choose(for pattern: FTS5Pattern, filters: [StoryFilter], in db: Database) throws -> SearchPlan {
        guard !filters.isEmpty else { return walk(filters) }
        let matches = try Int.fetchOne(db.cachedStatement(sql: """
            SELECT count(*) FROM (SELECT rowid FROM article_fts WHERE article_fts MATCH ? LIMIT ?)
            """), arguments: [pattern, commonMatchCount]) ?? 0
        guard matches >= commonMatchCount else { return walk(filters) }
        var fewest: (index: Int, ids: [Int64])?
        for (index, filter) in filters.enumerated() {
            let ids = try Int64.fetchAll(db.cachedStatement(sql: "SELECT * FROM (\(filter.ids)) LIMIT ?"),
                                         arguments: filter.arguments + [lookupLimit + 1])
            if ids.count <= lookupLimit, ids.count < fewest?.ids.count ?? .max { fewest = (index, ids) }
        }
        guard let fewest else { return walk(filters) }
        var others = filters
        others.remove(at: fewest.index)
        return lookUp(fewest.ids, filteredBy: others)
    }
}
