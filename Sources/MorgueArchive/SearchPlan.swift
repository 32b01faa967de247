import Foundation
import GRDB

/// One filter of a search (a date range, an outlet, an actor, a place): a query giving the ids of
/// the stories it lets through, from a lowest id on, read from an index alone.
struct StoryFilter {
    var ids: String
    /// The query's arguments for stories from a lowest id on.
    var arguments: (_ lowestID: Int64) -> StatementArguments
}

/// How a search with filters meets its matches: the conditions it adds to the full-text query on
/// `article_fts.rowid`, and their arguments.
///
/// Either FTS5 walks the words' list of stories, newest first, and each story is looked for in the
/// filters' sets of ids; or, when the words are common and one filter lets only a few stories
/// through, FTS5 looks up those stories one by one (15 to 110 µs a story, a search of each index
/// segment) instead of walking a list of tens of thousands.
///
/// A walk that stops once `rankingWindow` stories passed needs only the filters' ids it will reach:
/// from how densely the words and the filters hold the newest stories, the plan estimates the
/// lowest id the walk will reach (with half as much again to spare) and reads the filters' ids from
/// there on (`lowestID`): a place in 14,000 stories costs the few hundred of them the walk meets,
/// not a set of 14,000 built at each query. When the estimate falls short, the search walks again
/// from the first story (`unbounded`), so results never depend on it.
struct SearchPlan {
    var sql: String
    var arguments: StatementArguments
    /// The stories looked up one by one, or `nil` when the words' list is walked.
    var lookedUpIDs: [Int64]?
    /// The lowest story id the walk reads (0: all of them).
    var lowestID: Int64 = 0
    private var filters: [StoryFilter] = []

    /// The most stories a plan looks up one by one, the cost of a walk of some 10,000 stories.
    static let lookupLimit = 100
    /// Words matching at least this many stories are common: walking their list past a filter that
    /// lets few stories through costs more than looking those stories up.
    static let commonMatchCount = 4_000

    /// Walks the words' list from the newest story down to `lowestID`; each story is looked for in
    /// the set of the stories every filter lets through from `lowestID` on (`StorySet`), built once.
    static func walk(_ filters: [StoryFilter], from lowestID: Int64 = 0, in db: Database) throws -> SearchPlan {
        var plan = SearchPlan(sql: " AND article_fts.rowid >= ?", arguments: [lowestID], lowestID: lowestID, filters: filters)
        guard !filters.isEmpty else { return plan }
        var sets: [[UInt8]] = []
        for filter in filters {
            let set = try Data.fetchOne(db.cachedStatement(sql: """
                WITH ids(story) AS (\(filter.ids)) SELECT morgue_story_set(story) FROM ids
                """), arguments: filter.arguments(lowestID))
            sets.append([UInt8](set ?? Data()))
        }
        plan.sql += " AND morgue_in_story_set(?, article_fts.rowid)"
        plan.arguments += [Data(StorySet.intersection(sets))]
        return plan
    }

    /// The same walk from the first story.
    func unbounded(in db: Database) throws -> SearchPlan { try Self.walk(filters, in: db) }

    /// Looks up the stories of one filter, `ids`, and the other filters' sets as in a walk.
    static func lookUp(_ ids: [Int64], filteredBy others: [StoryFilter], in db: Database) throws -> SearchPlan {
        var plan = try walk(others, in: db)
        plan.sql = " AND article_fts.rowid IN (SELECT value FROM json_each(?))" + plan.sql
        plan.arguments = ["[" + ids.map(String.init).joined(separator: ",") + "]"] + plan.arguments
        plan.lookedUpIDs = ids
        return plan
    }

    /// The cheaper plan for `pattern` under `filters`, from how many stories each side holds, all
    /// read from indexes in a fraction of a millisecond: the words' newest `commonMatchCount`
    /// matches, each filter's stories up to `lookupLimit`, and among the newest matches' stories,
    /// the filters'. `window`: how many matches the search ranks at most (`nil`: all).
    static func choose(for pattern: FTS5Pattern, filters: [StoryFilter], window: Int?, in db: Database,
                       commonMatchCount: Int = commonMatchCount, lookupLimit: Int = lookupLimit) throws -> SearchPlan {
        guard !filters.isEmpty else { return try walk(filters, in: db) }
        let newest = try Row.fetchOne(db.cachedStatement(sql: """
            SELECT count(*), min(rowid), max(rowid) FROM
                (SELECT rowid FROM article_fts WHERE article_fts MATCH ? ORDER BY rowid DESC LIMIT ?)
            """), arguments: [pattern, commonMatchCount])
        let matches: Int = newest?[0] ?? 0
        let oldest: Int64 = newest?[1] ?? 0
        let latest: Int64 = newest?[2] ?? 0
        // Rare words: the walk reaches their oldest match, and no story before it is needed.
        guard matches >= commonMatchCount else { return try walk(filters, from: oldest, in: db) }
        var fewest: (index: Int, ids: [Int64])?
        for (index, filter) in filters.enumerated() {
            let ids = try Int64.fetchAll(db.cachedStatement(sql: "SELECT * FROM (\(filter.ids)) LIMIT ?"),
                                         arguments: filter.arguments(0) + [lookupLimit + 1])
            if ids.count <= lookupLimit, ids.count < fewest?.ids.count ?? .max { fewest = (index, ids) }
        }
        if let fewest {
            var others = filters
            others.remove(at: fewest.index)
            return try lookUp(fewest.ids, filteredBy: others, in: db)
        }
        guard let window else { return try walk(filters, in: db) }
        // How many of the stories from `oldest` to `latest` pass each filter, and so how far down the
        // walk goes for `window` matches, words and filters taken as independent.
        let span = Double(latest - oldest + 1)
        var density = Double(matches) / span
        for filter in filters {
            let passing = try Int.fetchOne(db.cachedStatement(sql: "SELECT count(*) FROM (\(filter.ids))"),
                                           arguments: filter.arguments(oldest)) ?? 0
            density *= Double(passing) / span
        }
        guard density > 0 else { return try walk(filters, in: db) }
        let reach = 1.5 * Double(window) / density
        return try walk(filters, from: reach >= Double(latest) ? 0 : latest - Int64(reach), in: db)
    }
}
