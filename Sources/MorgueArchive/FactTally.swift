import GRDB
import MorgueExtraction

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
