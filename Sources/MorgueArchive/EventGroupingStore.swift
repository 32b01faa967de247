import Foundation
import GRDB
import MorgueExtraction

extension Archive {
    /// Brings the events up to date with the archive's stories: stories not yet in a found event are
    /// grouped (`EventGrouping`), user events gain the stories matching their query, and found events
    /// that gained stories get their generated name refreshed. Ingest runs it after every run.
    ///
    /// Event ids never change: stories are only added, and a story a user removed from an event is
    /// never put back into it.
    @discardableResult
    public func updateEvents(grouping: EventGrouping = EventGrouping(), now: Date = Date()) throws -> EventUpdate {
        let timestamp = Self.timestamp(now)
        let queries = try pool.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM event WHERE origin = 'user' AND query_text IS NOT NULL ORDER BY id")
                .map { (id: $0["id"] as Int64, query: Self.eventQuery($0)) }
        }
        var matches: [(event: Int64, articles: [Int64])] = []
        for (id, query) in queries {
            if let query { matches.append((id, try matchingArticleIDs(query.articleQuery))) }
        }
        return try pool.write { db in
            var matched = 0
            for (event, articles) in matches {
                for article in articles {
                    try db.cachedStatement(sql: """
                        INSERT OR IGNORE INTO event_article (event_id, article_id, origin, added_at) VALUES (?, ?, 'query', ?)
                        """).execute(arguments: [event, article, timestamp])
                    matched += db.changesCount
                }
            }
            var created: [Int64] = []
            var touched = Set<Int64>()
            var grouped = 0
            // Stories are placed a span of days at a time, oldest first, so that memory holds the stories
            // of a few weeks however large the archive or the run.
            for chunk in try Self.pendingChunks(in: db, limit: Self.groupingChunkSize) {
                let stories = try Self.storiesToGroup(chunk, window: grouping.windowDays, in: db)
                let placements = grouping.place(stories)
                var createdHere: [Int: Int64] = [:]
                for (article, placement) in placements.sorted(by: { ($0.value, $0.key) < ($1.value, $1.key) }) {
                    let eventID: Int64
                    switch placement {
                    case let .existing(id):
                        eventID = id
                    case let .new(number):
                        if let id = createdHere[number] {
                            eventID = id
                        } else {
                            try db.execute(sql: "INSERT INTO event (name, origin, created_at) VALUES ('(unnamed)', 'auto', ?)",
                                           arguments: [timestamp])
                            eventID = db.lastInsertedRowID
                            createdHere[number] = eventID
                            created.append(eventID)
                        }
                    }
                    touched.insert(eventID)
                    try db.cachedStatement(sql: """
                        INSERT INTO event_article (event_id, article_id, origin, added_at) VALUES (?, ?, 'auto', ?)
                        """).execute(arguments: [eventID, article, timestamp])
                }
                grouped += placements.count
            }
            for event in touched.sorted() {
                try db.execute(sql: """
                    UPDATE event SET name = ?, updated_at = ? WHERE id = ? AND is_named_by_user = 0
                    """, arguments: [try Self.generatedName(ofEvent: event, in: db), timestamp, event])
            }
            return EventUpdate(storiesGrouped: grouped, newEvents: created.sorted(),
                               storiesMatchedByQueries: matched)
        }
    }

    /// Stories grouping looks at in one pass: at most this many new ones, with the stories near them.
    static let groupingChunkSize = 2_000

    /// The stories grouping must place (those new since it last ran and in no found event), oldest
    /// first, cut into chunks of about `limit` stories at day boundaries (undated stories last); moves
    /// grouping's bookmark past them and notes the actors and places too common to tell events apart.
    private static func pendingChunks(in db: Database, limit: Int) throws -> [PendingChunk] {
        // Through the dates' index, which holds every story's id and date: a story's own row (its
        // text, kilobytes) is never read by grouping.
        let pending = try Row.fetchAll(db, sql: """
            SELECT a.id, a.published_date FROM article a INDEXED BY article_published_date
            WHERE a.id > coalesce((SELECT last_article_id FROM event_grouping), 0) AND NOT EXISTS (
                SELECT 1 FROM event_article ea JOIN event e ON e.id = ea.event_id
                WHERE ea.article_id = a.id AND e.origin = 'auto' AND ea.is_removed = 0)
            ORDER BY a.published_date IS NULL, a.published_date, a.id
            """).map { (id: $0[0] as Int64, date: $0[1] as String?) }
        try db.execute(sql: """
            INSERT INTO event_grouping (id, last_article_id) VALUES (1, coalesce((SELECT max(id) FROM article), 0))
                ON CONFLICT (id) DO UPDATE SET last_article_id = excluded.last_article_id
            """)
        guard !pending.isEmpty else { return [] }
        // An actor or place named in more than a fifth of a large archive ("Trump", "United States")
        // says little about which event a story reports; nor does an outlet a story cites ("Reuters
        // reported"), any more than in an event's name.
        let total = try Int.fetchOne(db, sql: "SELECT count(*) FROM article") ?? 0
        let common = total >= 20 ? "HAVING count(*) * 5 > \(total)" : "HAVING 0"
        try db.execute(sql: """
            CREATE TEMP TABLE IF NOT EXISTS event_pending (article_id INTEGER PRIMARY KEY, published_date TEXT);
            CREATE TEMP TABLE IF NOT EXISTS event_candidate (article_id INTEGER PRIMARY KEY, published_date TEXT);
            CREATE TEMP TABLE IF NOT EXISTS event_common_actor (actor_id INTEGER PRIMARY KEY);
            CREATE TEMP TABLE IF NOT EXISTS event_common_location (location_id INTEGER PRIMARY KEY);
            DELETE FROM event_common_actor; DELETE FROM event_common_location;
            INSERT INTO event_common_actor SELECT actor_id FROM article_actor GROUP BY actor_id \(common);
            INSERT OR IGNORE INTO event_common_actor SELECT id FROM actor WHERE name IN (SELECT name FROM outlet);
            INSERT INTO event_common_location SELECT location_id FROM article_location GROUP BY location_id \(common);
            """)
        var chunks: [PendingChunk] = []
        for story in pending {
            if let last = chunks.last, last.stories.count < limit || story.date != nil && story.date == last.lastDate,
               (story.date == nil) == (last.lastDate == nil) {
                chunks[chunks.count - 1].stories.append(story)
                chunks[chunks.count - 1].lastDate = story.date
            } else {
                chunks.append(PendingChunk(stories: [story], firstDate: story.date, lastDate: story.date))
            }
        }
        return chunks
    }

    /// New stories grouping places in one pass, and the span of their publication dates (nil: undated).
    struct PendingChunk {
        var stories: [(id: Int64, date: String?)]
        var firstDate: String?
        var lastDate: String?
    }

    /// The stories of `chunk`, with every story sharing a quote, an uncommon actor or an uncommon place
    /// with one of them and published within grouping's window of their dates (or undated).
    private static func storiesToGroup(_ chunk: PendingChunk, window: Int, in db: Database) throws -> [EventStory] {
        try db.execute(sql: "DELETE FROM event_pending; DELETE FROM event_candidate;")
        for story in chunk.stories {
            try db.cachedStatement(sql: "INSERT INTO event_pending (article_id, published_date) VALUES (?, ?)")
                .execute(arguments: [story.id, story.date])
        }
        // What the new stories could share with others: their quotes, uncommon actors and places.
        try db.execute(sql: """
            CREATE TEMP TABLE IF NOT EXISTS event_pending_quote (text_key TEXT PRIMARY KEY);
            CREATE TEMP TABLE IF NOT EXISTS event_pending_actor (actor_id INTEGER PRIMARY KEY);
            CREATE TEMP TABLE IF NOT EXISTS event_pending_location (location_id INTEGER PRIMARY KEY);
            DELETE FROM event_pending_quote; DELETE FROM event_pending_actor; DELETE FROM event_pending_location;
            INSERT OR IGNORE INTO event_pending_quote SELECT q.text_key FROM event_pending p
                JOIN quote q ON q.article_id = p.article_id WHERE q.text_key <> '';
            INSERT OR IGNORE INTO event_pending_actor SELECT aa.actor_id FROM event_pending p
                JOIN article_actor aa ON aa.article_id = p.article_id
                WHERE aa.actor_id NOT IN (SELECT actor_id FROM event_common_actor);
            INSERT OR IGNORE INTO event_pending_location SELECT al.location_id FROM event_pending p
                JOIN article_location al ON al.article_id = p.article_id
                WHERE al.location_id NOT IN (SELECT location_id FROM event_common_location);
            INSERT OR IGNORE INTO event_candidate SELECT article_id, published_date FROM event_pending;
            """)
        // The unary `+` keeps SQLite from probing the story's facts once for every pending fact (a
        // thousand index seeks a story): it reads the story's few facts and looks each one up instead.
        let sharesAFact = """
            EXISTS (SELECT 1 FROM quote q WHERE q.article_id = n.id
                    AND +q.text_key IN (SELECT text_key FROM event_pending_quote))
            OR EXISTS (SELECT 1 FROM article_actor aa WHERE aa.article_id = n.id
                       AND +aa.actor_id IN (SELECT actor_id FROM event_pending_actor))
            OR EXISTS (SELECT 1 FROM article_location al WHERE al.article_id = n.id
                       AND +al.location_id IN (SELECT location_id FROM event_pending_location))
            """
        if let first = chunk.firstDate, let last = chunk.lastDate {
            // Stories further than the window from every new story cannot match them: only the stories
            // published near them (and the undated) are looked at, through the indexes.
            try db.execute(sql: """
                INSERT OR IGNORE INTO event_candidate SELECT n.id, n.published_date FROM (
                    SELECT id, published_date FROM article WHERE published_date BETWEEN date(?, ?) AND date(?, ?)
                    UNION ALL SELECT id, NULL FROM article WHERE published_date IS NULL) n
                WHERE \(sharesAFact)
                """, arguments: [first, "-\(window) days", last, "+\(window) days"])
        } else {
            // Undated new stories may meet stories of any date: every story sharing a fact is looked at.
            try db.execute(sql: """
                INSERT OR IGNORE INTO event_candidate SELECT n.id, (SELECT published_date FROM article WHERE id = n.id) FROM (
                    SELECT article_id AS id FROM quote WHERE text_key IN (SELECT text_key FROM event_pending_quote)
                    UNION SELECT article_id FROM article_actor WHERE actor_id IN (SELECT actor_id FROM event_pending_actor)
                    UNION SELECT article_id FROM article_location
                        WHERE location_id IN (SELECT location_id FROM event_pending_location)) n
                """)
        }
        guard try Int.fetchOne(db, sql: "SELECT count(*) FROM event_pending") ?? 0 > 0 else { return [] }
        // Cursors, not arrays: the candidates' quotes, actors and places can be most of the archive,
        // and only what grouping keeps of them is held.
        var stories: [Int64: EventStory] = [:]
        try Row.fetchCursor(db, sql: """
            SELECT c.article_id AS id, c.published_date, c.article_id IN (SELECT article_id FROM event_pending) AS is_new,
                (SELECT min(ea.event_id) FROM event_article ea JOIN event e ON e.id = ea.event_id
                 WHERE ea.article_id = c.article_id AND e.origin = 'auto' AND ea.is_removed = 0) AS event
            FROM event_candidate c
            """).forEach { row in
            let id: Int64 = row["id"]
            let day = (row["published_date"] as String?).flatMap(DateParser.parse)?.dayNumber
            stories[id] = EventStory(articleID: id, day: day, event: row["event"], isNew: row["is_new"])
        }
        try Row.fetchCursor(db, sql: """
            SELECT q.article_id, q.text_key FROM event_candidate c JOIN quote q ON q.article_id = c.article_id ORDER BY q.id
            """).forEach { row in
            stories[row["article_id"]]?.quoteKeys.append(row["text_key"])
        }
        try Row.fetchCursor(db, sql: """
            SELECT aa.article_id, aa.actor_id FROM event_candidate c JOIN article_actor aa ON aa.article_id = c.article_id
            WHERE aa.actor_id NOT IN (SELECT actor_id FROM event_common_actor)
            """).forEach { row in
            stories[row["article_id"]]?.actors.insert(row["actor_id"])
        }
        try Row.fetchCursor(db, sql: """
            SELECT al.article_id, al.location_id FROM event_candidate c
            JOIN article_location al ON al.article_id = c.article_id
            WHERE al.location_id NOT IN (SELECT location_id FROM event_common_location)
            """).forEach { row in
            stories[row["article_id"]]?.locations.insert(row["location_id"])
        }
        try Row.fetchCursor(db, sql: """
            SELECT ea.article_id, ea.event_id FROM event_candidate c JOIN event_article ea ON ea.article_id = c.article_id
            WHERE ea.is_removed = 1
            """).forEach { row in
            stories[row["article_id"]]?.excludedEvents.insert(row["event_id"])
        }
        return stories.keys.sorted().compactMap { stories[$0] }
    }

    /// A name generated from the event's stories: its main place, its two main actors and its date
    /// span, "Baghdad: Donald J. Trump, Mark Esper (2019-12-31)". The main place is the one most of
    /// its stories name, the most specific (a city before its country) on a tie.
    static func generatedName(ofEvent event: Int64, in db: Database) throws -> String {
        let members = "SELECT article_id FROM event_article WHERE event_id = ? AND is_removed = 0"
        let place = try String.fetchOne(db, sql: """
            SELECT l.name FROM article_location al JOIN location l ON l.id = al.location_id
            WHERE al.article_id IN (\(members))
            GROUP BY l.id
            ORDER BY count(*) DESC, CASE l.kind WHEN 'city' THEN 0 WHEN 'region' THEN 1 ELSE 2 END,
                sum(al.mentions) DESC, l.name LIMIT 1
            """, arguments: [event])
        let actors = try String.fetchAll(db, sql: """
            SELECT ac.name FROM article_actor aa JOIN actor ac ON ac.id = aa.actor_id
            WHERE aa.article_id IN (\(members)) AND ac.name NOT IN (SELECT name FROM outlet)
            GROUP BY ac.id
            ORDER BY count(*) DESC, (SELECT count(*) FROM quote q WHERE q.actor_id = ac.id
                AND q.article_id IN (\(members))) DESC, sum(aa.mentions) DESC, ac.name LIMIT 2
            """, arguments: [event, event])
        let span = try Row.fetchOne(db, sql: """
            SELECT min(d) AS first, max(d) AS last FROM (
                SELECT a.published_date AS d FROM article a WHERE a.id IN (\(members))
                UNION ALL SELECT q.said_on FROM quote q WHERE q.article_id IN (\(members)))
            """, arguments: [event, event])
        var name = [place, actors.isEmpty ? nil : actors.joined(separator: ", ")].compactMap { $0 }
            .joined(separator: ": ")
        if name.isEmpty {
            let title = try String.fetchOne(db, sql: """
                SELECT title FROM article WHERE id IN (\(members)) AND title IS NOT NULL
                ORDER BY published_date, id LIMIT 1
                """, arguments: [event])
            name = title.map { $0.count > 60 ? String($0.prefix(59)) + "…" : $0 } ?? "Event \(event)"
        }
        if let first: String = span?["first"], let last: String = span?["last"] {
            name += first == last ? " (\(first))" : " (\(first) to \(last))"
        }
        return name
    }

    static func eventQuery(_ row: Row) -> EventQuery? {
        guard let text: String = row["query_text"] else { return nil }
        return EventQuery(text: text, since: (row["query_since"] as String?).flatMap(DateParser.parse),
                          until: (row["query_until"] as String?).flatMap(DateParser.parse),
                          location: row["query_location"], actor: row["query_actor"])
    }
}
