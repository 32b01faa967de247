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

    /// The tally as the archive stores it beside the story (`article.facts_stored`): each count, then a
    /// checksum of every quote, attribution and date with its offsets, so that a fact lost or changed
    /// after storing shows ("quotes=3 attributions=1 … checksum=5f1c…").
    var stored: String {
        var checksum = Checksum()
        for quote in quotes { checksum.add("q\(quote.start):\(quote.end):\(quote.kind):\(quote.text)") }
        for attribution in attributions { checksum.add("a\(attribution.start):\(attribution.end):\(attribution.value)") }
        for date in dates { checksum.add("d\(date.start):\(date.end):\(date.value)") }
        return "quotes=\(quotes.count) attributions=\(attributions.count) dates=\(dates.count) "
            + "actor_mentions=\(actorMentions) outlet_mentions=\(outletMentions) place_mentions=\(locationMentions) "
            + "checksum=\(checksum.hex)"
    }

    /// What differs from the tally stored with the story, as "3 quotes stored, 2 in the archive now".
    func differences(fromStored stored: String) -> [String] {
        let then = Self.fields(of: stored), now = Self.fields(of: self.stored)
        var lines: [String] = []
        for (key, value) in now where key != "checksum" && then[key] != value {
            lines.append("\(then[key] ?? "?") \(key.replacingOccurrences(of: "_", with: " ")) stored with it, \(value) now")
        }
        if lines.isEmpty, then["checksum"] != now["checksum"] { lines.append("its facts changed since it was stored") }
        return lines.sorted()
    }

    private static func fields(of stored: String) -> [String: String] {
        var fields: [String: String] = [:]
        for pair in stored.split(separator: " ") {
            let parts = pair.split(separator: "=", maxSplits: 1)
            if parts.count == 2 { fields[String(parts[0])] = String(parts[1]) }
        }
        return fields
    }

    /// 64-bit FNV-1a over the UTF-8 of each item: enough to notice a lost or altered fact, not a seal.
    private struct Checksum {
        private var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        mutating func add(_ item: String) {
            for byte in item.utf8 + [0] {
                hash ^= UInt64(byte)
                hash &*= 0x0000_0100_0000_01B3
            }
        }
        var hex: String {
            let digits = String(hash, radix: 16)
            return String(repeating: "0", count: 16 - digits.count) + digits
        }
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
